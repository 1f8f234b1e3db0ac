import CascadeCore

/// The user's trading this session, for the history overlay (`H`) and `:export`: every fill with its
/// fee and realised PnL, every order placed with its outcome, the totals of realised PnL, funding and
/// fees, and the account's equity once a simulated minute. Recorded on the engine thread; a restart
/// (`:scenario`, `:reset`) starts a new one.
public struct SessionHistory: Sendable, Hashable {
    /// One of the user's fills.
    struct FillRecord: Sendable, Hashable {
        var time: SimTime
        /// The instrument's terms, kept: an option may have expired by the time the fill is shown.
        var instrument: Instrument
        var order: OrderID
        var side: Side
        var quantity: Quantity
        var price: Price
        /// Positive when paid, negative for a rebate.
        var fee: Money
        var realizedPnL: Money
        var isMaker: Bool
        /// The liquidation engine's order closing the user's position, not the user's own.
        var byLiquidation: Bool
    }

    /// One order the user placed (ticket, command line, close key, TP/SL) and what became of it.
    struct OrderRecord: Sendable, Hashable {
        /// How it left the book, or why the exchange refused it.
        enum End: Sendable, Hashable {
            case filled, cancelled, expired
            case rejected(String)
        }

        var time: SimTime
        /// The exchange's id; nil when it was refused before reaching the book.
        var id: OrderID?
        var instrument: Instrument
        var terms: OrderTerms
        var filled = Quantity(lots: 0)
        /// Σ price × lots of its fills, in ticks × lots, for the average price.
        var filledValue: Int128 = 0
        var end: End?

        /// `market`, `limit`, `stop`, with `post-only`, `IOC` and `reduce-only` where they apply.
        var kind: String {
            var words = [terms.stop != nil ? "stop" : terms.limit == nil ? "market" : "limit"]
            if terms.timeInForce == .postOnly { words.append("post-only") }
            if terms.timeInForce == .immediateOrCancel && terms.limit != nil { words.append("IOC") }
            if terms.reduceOnly { words.append("reduce-only") }
            return words.joined(separator: " ")
        }

        /// The average price of its fills; nil before the first.
        var averagePrice: Price? {
            filled.lots > 0 ? Price(ticks: Int64(filledValue / Int128(filled.lots))) : nil
        }

        /// `filled`, `cancelled`, `0.040 filled, rest cancelled`, `rejected: insufficient margin`, `open`.
        var outcome: String {
            let part = "\(instrument.format(filled)) filled, rest"
            switch end {
            case .filled: return "filled"
            case .cancelled: return filled.lots > 0 ? "\(part) cancelled" : "cancelled"
            case .expired: return filled.lots > 0 ? "\(part) expired" : "expired unfilled"
            case .rejected(let reason): return "rejected: \(reason)"
            case nil: return filled.lots > 0 ? "open, \(instrument.format(filled)) filled" : "open"
            }
        }
    }

    /// The account's equity at one moment.
    struct EquitySample: Sendable, Hashable {
        var time: SimTime
        var equity: Money
    }

    /// How many fills and orders it keeps, newest last; the totals count every one.
    static let capacity = 10_000

    private(set) var fills: [FillRecord] = []
    private(set) var orders: [OrderRecord] = []
    /// The account's equity at the end of each simulated minute the session ran.
    private(set) var equity: [EquitySample] = []
    /// Totals over the session, in USDC micro-units: realised PnL, funding paid (negative when
    /// received), fees paid (negative: rebates), simulated deposits.
    private(set) var realizedPnL = Money.zero
    private(set) var funding = Money.zero
    private(set) var fees = Money.zero
    private(set) var deposits = Money.zero

    /// An empty history.
    public init() {}

    mutating func record(_ fill: Fill, of instrument: Instrument, byLiquidation: Bool, at time: SimTime) {
        append(
            FillRecord(
                time: time, instrument: instrument, order: fill.order, side: fill.side, quantity: fill.quantity,
                price: fill.price, fee: fill.fee, realizedPnL: fill.realizedPnL, isMaker: fill.isMaker,
                byLiquidation: byLiquidation), to: &fills)
        realizedPnL += fill.realizedPnL
        fees += fill.fee
        if let index = orders.lastIndex(where: { $0.id == fill.order }) {
            orders[index].filled = Quantity(lots: orders[index].filled.lots + fill.quantity.lots)
            orders[index].filledValue += Int128(fill.price.ticks) * Int128(fill.quantity.lots)
            if orders[index].filled >= orders[index].terms.quantity { orders[index].end = .filled }
        }
    }

    /// The newest record of order `id`; nil when it was never placed here or has aged out.
    /// - Complexity: O(orders kept), at most `capacity`.
    func order(_ id: OrderID) -> OrderRecord? { orders.last { $0.id == id } }

    mutating func placed(_ order: NewOrder, of instrument: Instrument, at time: SimTime) {
        append(OrderRecord(time: time, id: nil, instrument: instrument, terms: order.terms), to: &orders)
    }

    /// The newest order placed reached the book as `id`.
    mutating func accepted(_ id: OrderID) {
        guard let last = orders.indices.last, orders[last].id == nil, orders[last].end == nil else { return }
        orders[last].id = id
    }

    /// The newest order placed was refused for `reason`.
    mutating func rejected(_ reason: String) {
        guard let last = orders.indices.last, orders[last].id == nil, orders[last].end == nil else { return }
        orders[last].end = .rejected(reason)
    }

    /// Order `id` left the book unfilled in part or whole.
    mutating func left(_ id: OrderID, cancelled: Bool) {
        guard let index = orders.lastIndex(where: { $0.id == id }), orders[index].end == nil else { return }
        orders[index].end = cancelled ? .cancelled : .expired
    }

    /// Samples the equity once per simulated minute: nothing when `time` falls in the minute of the
    /// last sample.
    mutating func sample(equity value: Money, at time: SimTime) {
        if let last = equity.last, last.time / .minute == time / .minute { return }
        append(EquitySample(time: time, equity: value), to: &equity)
    }

    mutating func paidFunding(_ amount: Money) { funding += amount }
    mutating func deposited(_ amount: Money) { deposits += amount }

    private func append<Record>(_ record: Record, to records: inout [Record]) {
        records.append(record)
        if records.count > Self.capacity { records.removeFirst(records.count - Self.capacity) }
    }
}

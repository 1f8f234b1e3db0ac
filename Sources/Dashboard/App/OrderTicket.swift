import CascadeCore
import TerminalKit

/// The order ticket `b`/`s` open: side, type, size, price, leverage, reduce-only and margin mode,
/// edited field by field, with a preview computed by the engine's own risk code.
public struct OrderTicket: Sendable, Hashable {
    /// The order type: at market, a limit at `price`, a stop-market triggered when the mark reaches
    /// `price`, or a trailing stop that trails the mark by `callback` once it reaches `price`.
    public enum Kind: String, CaseIterable, Sendable { case market, limit, stop, trailing }
    /// The ticket's fields in Tab order; `fields` leaves out `.price` for market orders.
    public enum Field: Int, CaseIterable, Sendable {
        case side, kind, size, price, callback, timeInForce, leverage, reduceOnly, mode, takeProfit, stopLoss
    }

    /// Buy (long) or sell (short); ←/→ on the Side field flip it.
    public var side: Side
    var kind: Kind = .market
    /// Size as typed: base units (`0.5`), notional (`$5000`) or a share of the available balance
    /// (`25%`); `terms(on:touch:available:)` turns it into lots (`SizeEntry`).
    public var size = TextInput()
    /// Limit or trigger price as typed, in USD; ignored for market orders.
    public var price = TextInput()
    /// A trailing stop's callback as typed (`1%`, or `1` meaning 1%): 0.1% to 10% in steps of 0.1%.
    var callback = TextInput(text: "1%", selected: true)
    /// Leverage the instrument is set to when the order is placed: steps of 1 up to 10x, then of 5.
    public var leverage: Int
    var reduceOnly = false
    /// A limit order's time in force: good till cancelled, post-only (refused if it would take
    /// liquidity) or immediate-or-cancel (what does not trade at once expires).
    var timeInForce = TimeInForce.goodTillCancelled
    /// Take-profit and stop-loss prices as typed, empty for none: set on the position once the
    /// order fills (`Bracket`).
    var takeProfit = TextInput()
    var stopLoss = TextInput()
    /// The times in force a limit ticket offers, in the order ←→ step through them.
    static let timesInForce: [TimeInForce] = [.goodTillCancelled, .postOnly, .immediateOrCancel]
    /// Margin mode the instrument is set to when the order is placed.
    public var mode: MarginMode
    var field: Field = .size
    /// The option the ticket trades (from the Options workspace); nil for the shown perpetual. An
    /// option order has no leverage, margin mode or stop.
    public var option: InstrumentID?
    /// The resting order the ticket amends (`a` on a selected order): only its size and price
    /// change, and Enter sends an amend instead of a new order.
    public var amending: OrderID?

    /// A market ticket on its Size field; `price` prefills the price for limit and stop orders,
    /// selected so that typing replaces it (`b`/`s` give `restingPrice`).
    public init(side: Side, leverage: Int, mode: MarginMode, price: String) {
        self.side = side
        self.leverage = leverage
        self.mode = mode
        self.price = TextInput(text: price, selected: true)
    }

    /// The price a ticket prefills for `side`: the best bid for a buy, the best ask for a sell, so
    /// that a limit order left at it rests instead of crossing; the `fallback` (last or mark) on an
    /// empty side.
    static func restingPrice(_ side: Side, bid: Price?, ask: Price?, fallback: Price?) -> Price? {
        (side == .buy ? bid : ask) ?? fallback
    }

    /// A limit ticket on the resting order `id`, holding its side, open size and price.
    init(
        amending id: OrderID, side: Side, size: String, price: String, option: InstrumentID?, leverage: Int,
        mode: MarginMode
    ) {
        self.init(side: side, leverage: leverage, mode: mode, price: price)
        self.size = TextInput(text: size, selected: true)
        kind = .limit
        amending = id
        self.option = option
    }

    /// Fields that apply to this kind of order (a market order has no price; an amend changes only
    /// size and price).
    public var fields: [Field] {
        if amending != nil { return [.size, .price] }
        return Field.allCases.filter {
            ($0 != .price || kind != .market) && ($0 != .timeInForce || kind == .limit)
                && ($0 != .callback || kind == .trailing)
                && (option == nil || ($0 != .leverage && $0 != .mode))
                && (takesBracket || ($0 != .takeProfit && $0 != .stopLoss))
        }
    }

    /// Whether the order may carry a take-profit and a stop-loss: a perpetual order that may open a
    /// position (not reduce-only, not a trailing stop, not an amend).
    var takesBracket: Bool { option == nil && amending == nil && !reduceOnly && kind != .trailing }

    /// The fields typed as text rather than chosen with ←→.
    var isTyping: Bool { [.size, .price, .callback, .takeProfit, .stopLoss].contains(field) }

    /// Order types this ticket offers: an option takes no stop.
    var kinds: [Kind] { option == nil ? Kind.allCases : [.market, .limit] }

    mutating func moveField(by step: Int) {
        let list = fields
        let position = list.firstIndex(of: field) ?? 0
        field = list[(position + step + list.count) % list.count]
    }

    /// Left/right on a choice field.
    mutating func cycle(by step: Int, maximumLeverage: Int) {
        switch field {
        case .side: side = side.opposite
        case .kind: kind = Self.choice(after: kind, in: kinds, by: step)
        case .leverage: leverage = Self.leverage(after: leverage, up: step > 0, maximum: maximumLeverage)
        case .timeInForce: timeInForce = Self.choice(after: timeInForce, in: Self.timesInForce, by: step)
        case .reduceOnly: reduceOnly.toggle()
        case .mode: mode = mode == .cross ? .isolated : .cross
        case .size, .price, .callback, .takeProfit, .stopLoss: break
        }
    }

    /// The choice `step` places on from `current` in `all`, round the ends.
    private static func choice<Choice: Equatable>(after current: Choice, in all: [Choice], by step: Int) -> Choice {
        all[((all.firstIndex(of: current) ?? 0) + step % all.count + all.count) % all.count]
    }

    /// What the time in force means, as the ticket shows it.
    var timeInForceText: String {
        switch timeInForce {
        case .goodTillCancelled: "GTC: rests until filled"
        case .postOnly: "post-only: maker or refused"
        case .immediateOrCancel: "IOC: the rest expires"
        case .fillOrKill: "FOK: all at once or none"
        }
    }

    /// A warning when a post-only order would cross the book `bid`/`ask` (the exchange refuses it)
    /// or an immediate-or-cancel one would not reach it (it expires untouched); nil otherwise.
    func timeInForceWarning(limit: Price, bid: Price?, ask: Price?) -> String? {
        guard kind == .limit else { return nil }
        let crosses = side == .buy ? ask.map { limit >= $0 } : bid.map { limit <= $0 }
        switch timeInForce {
        case .postOnly where crosses == true: return "crosses the book: post-only is refused"
        case .immediateOrCancel where crosses != true: return "nothing to match: IOC expires unfilled"
        default: return nil
        }
    }

    /// The next leverage up or down: steps of 1 up to 10x, of 5 above, as exchanges' sliders snap.
    static func leverage(after current: Int, up: Bool, maximum: Int) -> Int {
        let step = up ? (current >= 10 ? 5 : 1) : (current > 10 ? -5 : -1)
        return min(max(1, current + step), maximum)
    }

    /// The order's terms as the exchange takes them, or what is wrong with the ticket (the size
    /// first). A size in `$` or `%` (`SizeEntry`) converts at the order's own price (its limit or
    /// trigger), else at `touch`, what a market order would take, with the `available` balance.
    public func terms(on instrument: Instrument, touch: Price?, available: Money) -> Result<OrderTerms, TicketError> {
        let limit = kind == .market ? nil : try? instrument.price(parsing: price.text)
        let quantity: Quantity
        do throws(TicketError) {
            let entry = try SizeEntry(parsing: size.text, on: instrument)
            let sized = entry.quantity(
                on: instrument, at: limit ?? touch, available: available, leverage: option == nil ? leverage : 1,
                text: size.text)
            quantity = try sized.get()
        } catch {
            return .failure(error)
        }
        if case .failure(let error) = bracketPrices(on: instrument, entry: limit ?? touch) { return .failure(error) }
        var terms = OrderTerms.market(side, quantity, reduceOnly: reduceOnly)
        if kind != .market {
            guard let limit else {
                return .failure(TicketError("price must be a positive multiple of \(instrument.tickSize)"))
            }
            switch kind {
            case .limit: terms = .limit(side, quantity, at: limit, timeInForce, reduceOnly: reduceOnly)
            case .trailing:
                let text = callback.text.hasSuffix("%") ? callback.text : callback.text + "%"
                guard let rate = try? Rate(parsing: text), StopCondition.isValidCallback(rate) else {
                    return .failure(TicketError("callback must be 0.1% to 10% in steps of 0.1%"))
                }
                terms = .stop(
                    side, quantity, trigger: .trailing(callback: rate, activation: limit), reduceOnly: reduceOnly)
            default:
                terms = .stop(
                    side, quantity, trigger: StopCondition(triggerPrice: limit, reference: .mark),
                    reduceOnly: reduceOnly)
            }
        }
        return .success(terms)
    }

    /// The terms in `market` for `account`: a market order sizes at the touch it would take.
    /// A take-profit is a resting limit order, so it must lie inside the price band around the mark.
    func terms(in market: InstrumentSnapshot, account: AccountSnapshot) -> Result<OrderTerms, TicketError> {
        let result = terms(on: market.instrument, touch: market.takingPrice(side), available: account.available)
        guard case .success(let terms) = result, let mark = market.mark,
            let entry = terms.limit ?? terms.stop?.triggerPrice ?? market.takingPrice(side),
            case .success(let prices) = bracketPrices(on: market.instrument, entry: entry),
            let takeProfit = prices.takeProfit
        else { return result }
        let band = market.instrument.priceBand(around: mark)
        guard band.contains(takeProfit) else {
            let instrument = market.instrument
            return .failure(
                TicketError(
                    "take-profit \(instrument.format(takeProfit)) lies outside the price band around the mark "
                        + "\(instrument.format(mark)): the exchange takes limits from \(instrument.format(band.lowerBound)) "
                        + "to \(instrument.format(band.upperBound))"))
        }
        return result
    }

    /// The terms of an option ticket against `quote`, for `account`.
    func terms(quote: OptionQuote, account: AccountSnapshot) -> Result<OrderTerms, TicketError> {
        terms(on: quote.instrument, touch: quote.takingPrice(side), available: account.available)
    }

    /// The terms of this ticket in `snapshot`: its option's, or the shown perpetual's; nil for an
    /// option no longer listed.
    func terms(app: AppState, snapshot: MarketSnapshot) -> Result<OrderTerms, TicketError>? {
        guard let option else { return terms(in: app.market(in: snapshot), account: snapshot.account) }
        return snapshot.options?.quote(option).map { terms(quote: $0, account: snapshot.account) }
    }
}

/// A ticket that cannot become an order, and why.
public struct TicketError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What to fix, as the ticket shows it (`size must be a positive multiple of 0.001`).
    public var description: String
    init(_ description: String) { self.description = description }
}

extension OrderTicket {
    /// What a ticket trades: an instrument's id and terms.
    typealias Target = (id: InstrumentID, instrument: Instrument)

    /// Fills the price with `restingPrice` for the ticket's side, selected so typing replaces it.
    mutating func prefillPrice(app: AppState, snapshot: MarketSnapshot) {
        price = TextInput(text: restingPrice(app: app, snapshot: snapshot) ?? "", selected: true)
    }

    /// This ticket's `restingPrice` for its side in `snapshot`, written in its instrument's ticks.
    private func restingPrice(app: AppState, snapshot: MarketSnapshot) -> String? {
        if let option {
            guard let quote = snapshot.options?.quote(option) else { return nil }
            return Self.restingPrice(side, bid: quote.bid, ask: quote.ask, fallback: quote.mark?.price)
                .map(quote.instrument.format)
        }
        let market = app.market(in: snapshot)
        return Self.restingPrice(
            side, bid: market.depth.bids.first?.price, ask: market.depth.asks.first?.price, fallback: market.price
        ).map(market.instrument.format)
    }

    /// The ticket's instrument in `snapshot`: its option when the chain still lists it, else the
    /// shown perpetual; nil for an option no longer listed.
    func target(app: AppState, snapshot: MarketSnapshot) -> Target? {
        guard let option else {
            let market = app.market(in: snapshot)
            return (market.id, market.instrument)
        }
        return snapshot.options?.quote(option).map { ($0.id, $0.instrument) }
    }
}

@testable import CascadeCore

/// An `Exchange` with terse helpers for hand-computed unit tests: every call returns the events it
/// caused. Instruments are the default catalogue (BTC-PERP 0, ETH-PERP 1, BTC-USD-INV 2); wallets are
/// USDC (asset 0) and BTC (asset 1). Prices are ticks, sizes lots.
struct ExchangeDesk {
    var exchange: Exchange

    static let btcPerp = InstrumentID(0)
    static let ethPerp = InstrumentID(1)
    static let inverse = InstrumentID(2)
    static let usdc = AssetID(0)
    static let btc = AssetID(1)

    init(_ configuration: ExchangeConfiguration = ExchangeConfiguration()) {
        exchange = Exchange(configuration: configuration)
    }

    /// An amount of USDC written as a decimal, e.g. `usdc("12.000021")`.
    static func usdc(_ text: String) -> Money { try! Asset.usdc.money(parsing: text) }
    /// An amount of BTC written as a decimal.
    static func btc(_ text: String) -> Money { try! Asset.btc.money(parsing: text) }

    @discardableResult
    mutating func run(_ command: Command) -> [Event] { exchange.apply(command) }

    @discardableResult
    mutating func deposit(_ account: UInt32, usdc whole: Int64) -> [Event] {
        run(.deposit(AccountID(account), .usdc, Money(units: whole * Asset.usdc.unitsPerWhole)))
    }

    @discardableResult
    mutating func limit(
        _ account: UInt32, _ side: Side, lots: Int64, ticks: Int64, in instrument: InstrumentID = btcPerp,
        _ timeInForce: TimeInForce = .goodTillCancelled, reduceOnly: Bool = false, stop: StopCondition? = nil
    ) -> [Event] {
        run(
            .place(
                NewOrder(
                    account: AccountID(account), instrument: instrument, side: side, quantity: Quantity(lots: lots),
                    limit: Price(ticks: ticks), timeInForce: timeInForce, reduceOnly: reduceOnly, stop: stop)))
    }

    @discardableResult
    mutating func market(
        _ account: UInt32, _ side: Side, lots: Int64, in instrument: InstrumentID = btcPerp, reduceOnly: Bool = false,
        stop: StopCondition? = nil
    ) -> [Event] {
        run(
            .place(
                NewOrder(
                    account: AccountID(account), instrument: instrument, side: side, quantity: Quantity(lots: lots),
                    limit: nil, reduceOnly: reduceOnly, stop: stop)))
    }

    /// One fresh oracle quote (source 0, stamped now) at `ticks`.
    @discardableResult
    mutating func oracle(_ ticks: Int64, in instrument: InstrumentID = btcPerp) -> [Event] {
        run(.oracle(instrument, [OracleQuote(source: 0, price: Price(ticks: ticks), time: exchange.now)]))
    }

    func wallet(_ account: UInt32, _ asset: AssetID = usdc) -> Money {
        exchange.account(AccountID(account))?.wallets[asset] ?? .zero
    }

    func position(_ account: UInt32, _ instrument: InstrumentID = btcPerp) -> Position {
        exchange.account(AccountID(account))?.positions[instrument] ?? Position()
    }

    func openOrders(_ account: UInt32) -> [OrderID] { exchange.account(AccountID(account))?.openOrders ?? [] }

    /// Every asset's ledger discrepancy is zero and positions net to zero.
    var balances: Bool { exchange.ledgerBalances }

    static func fills(_ events: [Event]) -> [Fill] {
        events.compactMap { if case .fill(let fill) = $0 { fill } else { nil } }
    }

    /// The id the exchange gave the order placed by these events.
    static func orderID(_ events: [Event]) -> OrderID? {
        for event in events {
            switch event {
            case .book(_, .accepted(let id, _), _), .orderRejected(let id, _, _, _): return id
            default: continue
            }
        }
        return nil
    }

    /// The exchange's refusal among these events, for an order or any other command.
    static func rejection(_ events: [Event]) -> ExchangeRejection? {
        for event in events {
            switch event {
            case .rejected(_, let reason), .orderRejected(_, _, let reason, _): return reason
            default: continue
            }
        }
        return nil
    }

    static func fundingPayments(_ events: [Event]) -> [AccountID: Money] {
        var payments: [AccountID: Money] = [:]
        for case .fundingPaid(let account, _, let amount) in events { payments[account, default: .zero] += amount }
        return payments
    }

    static func settlements(_ events: [Event]) -> [FundingSettlement] {
        events.compactMap { if case .fundingSettled(let settlement) = $0 { settlement } else { nil } }
    }
}

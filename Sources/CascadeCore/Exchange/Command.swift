/// An instrument's place in the exchange's list; commands and events name instruments by it.
public struct InstrumentID: DenseID, CustomStringConvertible {
    public var rawValue: Int
    @inlinable public init(_ rawValue: Int) { self.rawValue = rawValue }
    @inlinable public init(index: Int) { rawValue = index }
    @inlinable public var index: Int { rawValue }
    public var description: String { "instrument \(rawValue)" }
}

/// A new order as a trader sends it to the exchange: the terms, the instrument, the account and
/// the sender's own id for it; the exchange assigns its order id.
public struct NewOrder: Sendable, Hashable {
    public var account: AccountID
    public var instrument: InstrumentID
    /// Echoed in every event about the order.
    public var clientOrderID: ClientOrderID
    public var terms: OrderTerms

    public init(account: AccountID, instrument: InstrumentID, clientOrderID: ClientOrderID, terms: OrderTerms) {
        self.account = account
        self.instrument = instrument
        self.clientOrderID = clientOrderID
        self.terms = terms
    }
}

/// Everything that can change the exchange. Humans and simulated agents send the same commands.
public enum Command: Sendable, Hashable {
    case deposit(AccountID, Asset, Money)
    /// Only free margin can leave.
    case withdraw(AccountID, Asset, Money)
    case place(NewOrder)
    case cancel(AccountID, OrderID)
    /// Every open order of the account, in one instrument or (with `nil`) all of them.
    case cancelAll(AccountID, InstrumentID?)
    case amend(AccountID, OrderID, Price, Quantity)
    case setLeverage(AccountID, InstrumentID, Int)
    /// Only while the account has no position and no open order in the instrument.
    case setMarginMode(AccountID, InstrumentID, MarginMode)
    /// Moves margin into (positive) or out of (negative) an isolated position.
    case adjustIsolatedMargin(AccountID, InstrumentID, Money)
    /// Fresh quotes from the external venues an instrument's index follows.
    case oracle(InstrumentID, [OracleQuote])
    /// Moves the clock forward (at most a day a command); funding samples and payments that fall
    /// due happen on the way, and liquidations whose latency has passed run.
    case advanceTime(to: SimTime)
}

/// An instrument's place in the exchange's list; commands and events name instruments by it.
public struct InstrumentID: DenseID, Codable, CustomStringConvertible {
    /// Offset in `ExchangeConfiguration.instruments`, from 0.
    public var rawValue: Int
    /// The id with this raw value, which is also its position in the dense table.
    @inlinable public init(_ rawValue: Int) { self.rawValue = rawValue }
    /// The id at position `index` of its dense table (0-based, as listed).
    @inlinable public init(index: Int) { rawValue = index }
    /// Position in the dense table this id indexes (`DenseArray`); O(1).
    @inlinable public var index: Int { rawValue }
    /// `"instrument N"`, for logs; the symbol comes from `Exchange.instrument(_:)`.
    public var description: String { "instrument \(rawValue)" }
}

/// A new order as a trader sends it to the exchange: the terms, the instrument, the account and
/// the sender's own id for it; the exchange assigns its order id.
public struct NewOrder: Sendable, Hashable, Codable {
    /// The account placing the order; its free margin must cover the order's initial margin.
    public var account: AccountID
    /// Which listed instrument's book the order goes to.
    public var instrument: InstrumentID
    /// Echoed in every event about the order.
    public var clientOrderID: ClientOrderID
    /// What the order asks for, passed to the book unchanged.
    public var terms: OrderTerms

    /// An order for `Command.place`; the exchange assigns its `OrderID` (see `Exchange.upcomingOrderID`).
    public init(account: AccountID, instrument: InstrumentID, clientOrderID: ClientOrderID, terms: OrderTerms) {
        self.account = account
        self.instrument = instrument
        self.clientOrderID = clientOrderID
        self.terms = terms
    }
}

/// Everything that can change the exchange. Humans and simulated agents send the same commands.
public enum Command: Sendable, Hashable, Codable {
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
    /// Switches the account's cross margin in one settlement asset between standard and portfolio
    /// margin; refused when the account would be left short of initial margin.
    case setCrossMarginModel(AccountID, Asset, CrossMarginModel)
    /// Moves margin into (positive) or out of (negative) an isolated position.
    case adjustIsolatedMargin(AccountID, InstrumentID, Money)
    /// Fresh quotes from the external venues an instrument's index follows.
    case oracle(InstrumentID, [OracleQuote])
    /// Moves the clock forward (at most a day a command); funding samples and payments that fall
    /// due happen on the way, and liquidations whose latency has passed run.
    case advanceTime(to: SimTime)
    /// A command to the lending market (`Exchange.lending`); refused when there is none.
    case lending(LendingCommand)
}

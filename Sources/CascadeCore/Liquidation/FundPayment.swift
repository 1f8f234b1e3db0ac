/// One payment into or out of an insurance fund, with the liquidation it settles: the fund's
/// history is the stream of these.
public struct FundPayment: Sendable, Hashable {
    /// Why the fund's balance moved.
    public enum Reason: String, Sendable, Hashable {
        /// Liquidation fills against the bankruptcy price: a better fill's surplus in, a worse fill's
        /// shortfall out (fee included).
        case fills
        /// What was left of the scope's margin when it was flat: a surplus in, a deficit out.
        case remainder
    }

    /// The fund that paid or was paid.
    public var fund: InsuranceFundID
    /// The account being liquidated, or the fund's engine (the backstop account) for what it took over.
    public var account: AccountID
    /// The instrument whose fills it settles; `nil` for a scope's remainder.
    public var instrument: InstrumentID?
    /// Whether the money settles liquidation fills against bankruptcy, or what was left of the margin.
    public var reason: Reason
    /// Positive: into the fund; negative: paid out of it.
    public var change: Money
    /// The fund's balance after the payment.
    public var balance: Money

    /// A payment as the exchange records it.
    public init(
        fund: InsuranceFundID, account: AccountID, instrument: InstrumentID?, reason: Reason, change: Money,
        balance: Money
    ) {
        self.fund = fund
        self.account = account
        self.instrument = instrument
        self.reason = reason
        self.change = change
        self.balance = balance
    }
}

/// An order as the book receives it: its terms, the id the exchange (or a script) gave it, and
/// the account that owns it (self-trade prevention compares accounts).
public struct OrderRequest: Sendable, Hashable {
    public var id: OrderID
    public var account: AccountID
    public var terms: OrderTerms

    public init(id: OrderID, account: AccountID, terms: OrderTerms) {
        self.id = id
        self.account = account
        self.terms = terms
    }
}

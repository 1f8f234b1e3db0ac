/// An order as the book receives it: its terms, the id the exchange (or a script) gave it, and
/// the account that owns it (self-trade prevention compares accounts).
public struct OrderRequest: Sendable, Hashable {
    /// Assigned by the exchange in sequence, or taken from a `cascade book` script.
    public var id: OrderID
    /// The owner; self-trade prevention and reduce-only checks compare it.
    public var account: AccountID
    /// What the order asks for, as the sender gave it.
    public var terms: OrderTerms

    /// An order ready for `OrderBook.submit`, which refuses an id the book still holds.
    public init(id: OrderID, account: AccountID, terms: OrderTerms) {
        self.id = id
        self.account = account
        self.terms = terms
    }
}

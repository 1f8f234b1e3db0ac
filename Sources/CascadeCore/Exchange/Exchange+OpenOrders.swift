extension Exchange {
    /// Whether open order `order` may only reduce its account's position; `nil` once it has left.
    /// What a trading screen needs to tell a take-profit or stop-loss from an ordinary order.
    /// - Complexity: O(1), one hash lookup.
    public func isReduceOnly(_ order: OrderID) -> Bool? { owners[order]?.reduceOnly }
}

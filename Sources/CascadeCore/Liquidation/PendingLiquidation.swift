/// Which liquidation: an account's scope. Pending liquidations are unique by it.
struct PendingKey: Sendable, Hashable {
    var account: AccountID
    var scope: LiquidationScope
}

/// A liquidation the engine has decided on, waiting for its time.
struct PendingLiquidation: Sendable, Hashable {
    var account: AccountID
    var scope: LiquidationScope
    /// When the next step may run: detection plus latency, or the end of a partial step's cooldown.
    var due: SimTime
}

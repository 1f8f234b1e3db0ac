/// Where money outside the accounts sits, per asset, and what came in and went out.
///
/// The ledger invariant (DESIGN.md): Σ accounts (wallet + isolated margin + unrealised PnL at mark)
/// + fee pool + funding pool + insurance fund − bad debt = deposits − withdrawals, exactly, for every
/// asset. The backstop vault is an account (as Hyperliquid's is), so it sits inside the first sum.
public struct Ledger: Sendable, Hashable {
    var deposits: Money = .zero
    var withdrawals: Money = .zero
    /// Trading fees collected, less maker rebates paid.
    var feePool: Money = .zero
    /// What rounding of funding payments left over.
    var fundingPool: Money = .zero
    /// Insurance fund balance: takes liquidation surpluses, pays deficits; seeded from `LiquidationRules`.
    public var insuranceFund: Money = .zero
    /// Liquidation deficits the insurance fund could not pay, accumulated (it only grows).
    public var badDebt: Money = .zero

    /// An empty ledger: every pool and total at zero.
    public init() {}

    /// Money the pools hold, bad debt counted against them.
    var pools: Money { feePool + fundingPool + insuranceFund - badDebt }
}

/// A kind of vault: which collateral backs which debt, how much may be borrowed against it, and how
/// it is liquidated (Maker's `ilk`, with Aave's loan-to-value and liquidation threshold).
public struct VaultType: Sendable, Hashable {
    /// Shown to users and named in commands, e.g. `"ETH-A"`.
    public var name: String
    /// What the vault holds.
    public var collateral: Asset
    /// What it borrows; the pool of this asset lends it.
    public var debt: Asset
    /// Debt ÷ collateral value that borrowing and collateral withdrawals may not exceed.
    public var loanToValue: Rate
    /// Collateral value × this ÷ debt is the health factor; below 1 the vault can be liquidated.
    public var liquidationThreshold: Rate
    /// Auction parameters, in `debt`'s minor units.
    public var auction: AuctionRules
    /// Fixed-bonus parameters, for markets liquidating that way.
    public var fixedBonus = FixedBonusRules()

    /// A vault type from its parameters.
    public init(
        name: String, collateral: Asset, debt: Asset, loanToValue: Rate, liquidationThreshold: Rate,
        auction: AuctionRules
    ) {
        self.name = name
        self.collateral = collateral
        self.debt = debt
        self.loanToValue = loanToValue
        self.liquidationThreshold = liquidationThreshold
        self.auction = auction
    }
}

/// A kind of vault: which collateral backs which debt, how much may be borrowed against it, and how
/// it is liquidated (Maker's `ilk`, with Aave's loan-to-value and liquidation threshold).
public struct VaultType: Sendable, Hashable {
    /// Shown to users and named in commands, e.g. `"ETH-A"`.
    public var name: String
    /// The asset behind what the vault holds: the collateral itself, or the asset whose supply tokens
    /// it holds (`collateralForm`).
    public var collateral: Asset
    /// Whether the vault holds `collateral` or its pool's supply tokens.
    public var collateralForm = CollateralForm.asset
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

    /// A vault type from its parameters; `form` says whether it holds `collateral` or its supply tokens.
    public init(
        name: String, collateral: Asset, form: CollateralForm = .asset, debt: Asset, loanToValue: Rate,
        liquidationThreshold: Rate, auction: AuctionRules
    ) {
        self.name = name
        self.collateral = collateral
        collateralForm = form
        self.debt = debt
        self.loanToValue = loanToValue
        self.liquidationThreshold = liquidationThreshold
        self.auction = auction
    }

    /// What the vault's collateral amounts count: `collateral`, or its supply token (`cETH`), in the
    /// same minor units.
    public var collateralUnit: Asset { collateralForm == .asset ? collateral : collateral.supplyToken }
}

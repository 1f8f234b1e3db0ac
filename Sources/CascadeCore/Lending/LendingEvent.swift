/// Everything the lending market does, in order; each carries the numbers that explain it. Amounts
/// are in the minor units of the asset named (collateral or debt of the vault's type).
public enum LendingEvent: Sendable, Hashable {
    /// `amount` moved from the wallet into the pool for `tokens` new supply tokens.
    case supplied(AccountID, Asset, amount: Money, tokens: Money)
    /// `tokens` supply tokens were redeemed for `amount`.
    case redeemed(AccountID, Asset, amount: Money, tokens: Money)
    /// A new, empty vault.
    case vaultOpened(VaultID, AccountID, type: String)
    /// Collateral moved from the wallet into the vault (positive) or back (negative).
    case collateralMoved(VaultID, Money)
    /// The vault borrowed (positive) or repaid (negative) this much; `debt` is what it owes after.
    case debtChanged(VaultID, Money, debt: Money)
    /// A keeper started an auction of part or all of a vault (Maker's `bark` and `kick`).
    case auctionStarted(AuctionStart)
    /// A keeper reset a stale auction at a new start price (`redo`) and earned `incentive`.
    case auctionReset(AuctionID, keeper: AccountID, top: Ray, incentive: Money)
    /// A bidder bought `take.slice` of the lot for `take.owe`.
    case auctionTaken(AuctionID, bidder: AccountID, take: AuctionTake, tabLeft: Money, lotLeft: Money)
    /// The auction ended: collateral `returned` to the vault's owner, the part of its debt left
    /// unpaid, what the surplus buffer covered of it and what became bad debt.
    case auctionEnded(AuctionID, returned: Money, unpaid: Money, coveredBySurplus: Money, badDebt: Money)
    /// A fixed-bonus liquidation: the liquidator repaid `plan.debtToCover` and received
    /// `plan.liquidatorReceives`; the protocol kept `plan.protocolFee`. `badDebt` is debt written off
    /// because no collateral was left (Aave v3.3).
    case liquidated(VaultID, liquidator: AccountID, plan: FixedBonusPlan, badDebt: Money)
    /// The command was refused; nothing changed.
    case rejected(AccountID, LendingRejection)
}

/// The figures of an auction's start.
public struct AuctionStart: Sendable, Hashable {
    /// The new auction.
    public var auction: AuctionID
    /// The vault liquidated.
    public var vault: VaultID
    /// Who started it, and earned `incentive`.
    public var keeper: AccountID
    /// Collateral for sale.
    public var lot: Money
    /// What it must raise: `debt × chop`.
    public var tab: Money
    /// The vault's debt moved into the auction.
    public var debt: Money
    /// The start price (debt minor units per collateral minor unit).
    public var top: Ray
    /// `tip + chip × tab`, paid to the keeper.
    public var incentive: Money
}

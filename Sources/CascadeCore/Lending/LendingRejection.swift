/// Why the lending market refused a command. Nothing changed.
public enum LendingRejection: Error, Sendable, Hashable, CustomStringConvertible {
    /// Zero, negative or beyond what an amount may hold.
    case invalidAmount
    /// The exchange has no lending market, or no pool for this asset.
    case noPool
    /// No such vault type (collateral and debt pair).
    case unknownVaultType
    /// No such vault, or it belongs to another account.
    case unknownVault
    /// No such auction, or it has ended.
    case unknownAuction
    /// The wallet holds less than the command moves.
    case insufficientBalance(available: Money)
    /// The pool's cash cannot pay this out now: it is lent.
    case insufficientLiquidity(available: Money)
    /// The vault would be left above its loan-to-value limit.
    case aboveLoanToValue(maximumDebt: Money)
    /// The vault's debt would be positive but below the smallest allowed (`dust`).
    case dustyDebt(minimum: Money)
    /// No oracle price yet for an asset the command needs.
    case noPrice
    /// Only an unsafe vault (health factor below 1) can be liquidated.
    case vaultSafe
    /// The global or per-collateral auction limit (`Hole`, `hole`) leaves no room now.
    case auctionLimitReached
    /// The auction's round is too old or its price too low: someone must reset it first.
    case auctionNeedsReset
    /// The auction does not need a reset yet.
    case auctionRunning
    /// The current price is above the bidder's limit.
    case priceAboveLimit(price: Ray)
    /// The tab is at or below `chost`: only the whole lot can be taken.
    case mustTakeWholeLot
    /// The amount buys no collateral at the current price.
    case takeTooSmall
    /// This liquidation mode does not take the command (auctions in fixed-bonus mode, and the reverse).
    case wrongLiquidationMode
    /// The vault is in an auction; its collateral and debt cannot move.
    case inAuction

    /// A short reason for messages and logs; amounts in minor units.
    public var description: String {
        switch self {
        case .invalidAmount: "invalid amount"
        case .noPool: "no lending pool for this asset"
        case .unknownVaultType: "no such vault type"
        case .unknownVault: "no such vault of this account"
        case .unknownAuction: "no such running auction"
        case .insufficientBalance(let available): "insufficient balance (available \(available.units))"
        case .insufficientLiquidity(let available): "the pool has only \(available.units) available"
        case .aboveLoanToValue(let maximum): "above the loan-to-value limit (maximum debt \(maximum.units))"
        case .dustyDebt(let minimum): "debt below the minimum of \(minimum.units)"
        case .noPrice: "no oracle price yet"
        case .vaultSafe: "the vault is safe (health factor at least 1)"
        case .auctionLimitReached: "auction limits reached"
        case .auctionNeedsReset: "the auction needs a reset"
        case .auctionRunning: "the auction does not need a reset"
        case .priceAboveLimit(let price): "price \(price) above the limit"
        case .mustTakeWholeLot: "only the whole lot can be taken"
        case .takeTooSmall: "the amount buys no collateral"
        case .wrongLiquidationMode: "not in this liquidation mode"
        case .inAuction: "the vault is in an auction"
        }
    }
}

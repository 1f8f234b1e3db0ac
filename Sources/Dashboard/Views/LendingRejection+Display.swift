import CascadeCore

extension LendingRejection {
    /// The reason as a user reads it, in whole coins (`1,234.56 USDC`, `0.500000 ETH`), never minor
    /// units: `moving` is the asset the refused command moves, `kind` the vault kind it concerns
    /// (for debt limits and prices), when it concerns one.
    func userText(moving: Asset, kind: LendingSnapshot.Kind?) -> String {
        let debt = kind?.debt ?? moving
        switch self {
        case .insufficientBalance(let available):
            return "only \(LendingFormat.amount(available, moving)) available"
        case .insufficientLiquidity(let available):
            return
                "the \(moving.symbol) pool has only \(LendingFormat.amount(available, moving)) of cash: the rest is lent"
        case .aboveLoanToValue(let maximum):
            let limit = kind.map { " (loan-to-value \(DisplayFormat.percent($0.loanToValue, places: 1)))" } ?? ""
            return
                "above the borrowing limit: this vault may owe at most \(LendingFormat.amount(maximum, debt))\(limit)"
        case .dustyDebt(let minimum):
            return "a debt must be 0 or at least \(LendingFormat.amount(minimum, debt)) (dust)"
        case .priceAboveLimit(let price):
            guard let kind else { return description }
            return "the auction price \(LendingFormat.price(price, kind)) is above your limit"
        case .unknownVault: return "you have no such vault"
        case .noPrice: return "no oracle price yet: wait for the first index"
        case .vaultSafe: return "the vault is safe (health factor at least 1)"
        case .takeTooSmall: return "the amount buys no collateral at the current price"
        case .auctionLimitReached:
            return "the auction limits (hole) are full: running auctions must sell first"
        case .wrongLiquidationMode: return "this market does not liquidate that way"
        default: return description
        }
    }
}

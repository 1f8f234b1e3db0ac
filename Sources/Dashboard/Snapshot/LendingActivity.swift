import CascadeCore

/// One thing a keeper (or the user, as one) did to an unsafe vault: started its auction, reset it,
/// bought from it, or liquidated it for the fixed bonus; and how an auction ended. Amounts are in the
/// vault kind's collateral and debt minor units.
struct LendingActivity: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// `bark`: `lot` collateral for sale to raise `tab`, from the start price `top`.
        case started(lot: Money, tab: Money, top: Ray)
        /// `redo`: a new round from `top`.
        case reset(top: Ray)
        /// `take`: what was bought, and the tab and lot left.
        case taken(AuctionTake, tabLeft: Money, lotLeft: Money)
        /// The end: collateral back to the owner, debt the proceeds left unpaid, the bad debt of it.
        case ended(returned: Money, unpaid: Money, badDebt: Money)
        /// Fixed bonus: `repaid` of the debt for `seized` collateral.
        case liquidated(repaid: Money, seized: Money)
    }

    /// When, in simulated milliseconds.
    var time: SimTime
    /// The auction, in auction mode.
    var auction: AuctionID?
    /// The vault liquidated.
    var vault: VaultID
    /// Offset of the vault's kind in `LendingSnapshot.kinds`.
    var kind: Int
    /// Who acted (the keeper, the bidder, the liquidator); the vault's owner for an end.
    var actor: AccountID
    /// The incentive the keeper earned (`bark`, `redo`).
    var incentive = Money.zero
    /// The user acted, or it is the user's vault.
    var isYours: Bool
    var what: Kind
    /// The vault is the user's: the line says `YOUR vault`, whoever acted.
    var isYourVault = false
}

extension LendingActivity {
    /// An auction's start (`bark`).
    var isStart: Bool {
        if case .started = what { return true }
        return false
    }
}

/// One account's collateralised loan of one vault type.
public struct Vault: Sendable, Hashable {
    /// Its number.
    public let id: VaultID
    /// Who opened it: only the owner moves its collateral and debt; leftovers of its auctions go back
    /// to the owner's wallet.
    public let owner: AccountID
    /// Offset of its type in `LendingRules.vaultTypes`.
    public let type: Int
    /// Collateral held, in the collateral asset's minor units (`ink`).
    public internal(set) var collateral = Money.zero
    /// Debt ÷ the pool's borrow index (`art`): the debt is this times the index, rounded up.
    public internal(set) var normalisedDebt: Int128 = 0
    /// The auction selling part of its collateral, while one runs (the vault is frozen meanwhile).
    public internal(set) var auction: AuctionID?
}

/// An auction in the lending market: the lot and its curve, whose vault it came from, and how much
/// of its tab repays the pool.
public struct DutchAuction: Sendable, Hashable {
    /// Its number.
    public let id: AuctionID
    /// The vault whose collateral is for sale.
    public let vault: VaultID
    /// The vault's owner, who gets back collateral left once the tab is raised.
    public let owner: AccountID
    /// Offset of the vault's type in `LendingRules.vaultTypes`.
    public let type: Int
    /// Lot, tab, start price and round start.
    public internal(set) var lot: AuctionLot
    /// The debt the auction must still repay to the pool: the tab less the penalty. Proceeds repay it
    /// first; what is left unpaid when the auction ends is a loss for the surplus buffer, then bad debt.
    public internal(set) var due: Money
}

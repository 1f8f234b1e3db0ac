/// Everything that can change the lending market; sent inside `Command.lending`. Amounts are in the
/// minor units of the asset they move: the pool's, or the vault type's collateral or debt.
public enum LendingCommand: Sendable, Hashable, Codable {
    /// Moves `amount` from the wallet into the asset's pool for supply tokens.
    case supply(AccountID, Asset, Money)
    /// Redeems supply tokens for `amount` of the asset (`nil`: all of them) if the pool has the cash.
    case redeem(AccountID, Asset, Money?)
    /// Opens an empty vault of the named type; its id is `LendingMarket.upcomingVaultID`.
    case openVault(AccountID, type: String)
    /// Moves collateral from the wallet into the vault.
    case depositCollateral(AccountID, VaultID, Money)
    /// Moves collateral back to the wallet, if the debt stays within the loan-to-value limit.
    case withdrawCollateral(AccountID, VaultID, Money)
    /// Borrows from the pool into the wallet, within the loan-to-value limit.
    case borrow(AccountID, VaultID, Money)
    /// Repays from the wallet (`nil`: the whole debt; more than the debt repays the debt).
    case repay(AccountID, VaultID, Money?)
    /// Starts an auction of an unsafe vault (auction mode); the keeper earns the incentive.
    case bark(AccountID, VaultID)
    /// Resets an auction that needs it at a new start price; the keeper earns the incentive.
    case redo(AccountID, AuctionID)
    /// Buys up to `amount` of the auction's collateral if its price is at most `maxPrice` (debt minor
    /// units per collateral minor unit), paying from the wallet.
    case take(AccountID, AuctionID, Money, maxPrice: Ray)
    /// Repays up to `amount` (`nil`: the close factor's limit) of an unsafe vault's debt for its
    /// collateral plus the bonus (fixed-bonus mode).
    case liquidate(AccountID, VaultID, Money?)

    /// The account sending the command.
    public var account: AccountID {
        switch self {
        case .supply(let account, _, _), .redeem(let account, _, _), .openVault(let account, _),
            .depositCollateral(let account, _, _), .withdrawCollateral(let account, _, _),
            .borrow(let account, _, _), .repay(let account, _, _), .bark(let account, _), .redo(let account, _),
            .take(let account, _, _, _), .liquidate(let account, _, _):
            account
        }
    }
}

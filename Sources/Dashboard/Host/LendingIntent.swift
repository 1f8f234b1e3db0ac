import CascadeCore

/// A lending command of the user's whose exact commands depend on the engine's state when it runs:
/// which vault holds the collateral (one is opened when the user has none), and how much ETH or BTC
/// must come from outside (supply tokens never do: they come only from supplying). Resolved on the engine thread into ordinary commands, each applied and
/// journaled like any other, so a resumed session replays the commands, not the intent.
public enum LendingIntent: Sendable, Hashable {
    /// Lends `amount` of the asset to its pool.
    case supply(Asset, Money)
    /// Moves `amount` of collateral (an asset, or a supply token such as `cETH`) into the user's
    /// newest vault of the kind holding it.
    case deposit(Asset, Money)

    /// The commands that carry the intent out for `user` on `exchange` now: a simulated deposit of the
    /// ETH or BTC the wallet lacks (as the starting USDC is; USDC itself is never topped up, `:deposit
    /// 10000` does that), a new vault when needed, then the lending command.
    func commands(for user: AccountID, on exchange: Exchange) -> [Command] {
        guard let market = exchange.lending else { return [] }
        switch self {
        case .supply(let asset, let amount):
            return topUp(asset, amount, user, exchange) + [.lending(.supply(user, asset, amount))]
        case .deposit(let asset, let amount):
            guard let type = market.rules.vaultTypes.firstIndex(where: { $0.collateralUnit == asset }) else {
                return []
            }
            let own = market.vaults.last { $0.owner == user && $0.type == type }
            let open: [Command] =
                own == nil ? [.lending(.openVault(user, type: market.rules.vaultTypes[type].name))] : []
            let vault = own?.id ?? market.upcomingVaultID
            return topUp(asset, amount, user, exchange) + open + [.lending(.depositCollateral(user, vault, amount))]
        }
    }

    /// A deposit from outside of what `user`'s wallet lacks of `amount`, for the exchange's assets
    /// other than the primary (USDC) one; none for a supply token, which is not a wallet asset.
    private func topUp(_ asset: Asset, _ amount: Money, _ user: AccountID, _ exchange: Exchange) -> [Command] {
        guard let id = exchange.assets.firstIndex(of: asset), id != .primary else { return [] }
        let held = exchange.account(user)?.wallets[id] ?? .zero
        let lacking = amount - max(.zero, held)
        return lacking.units > 0 ? [.deposit(user, asset, lacking)] : []
    }
}

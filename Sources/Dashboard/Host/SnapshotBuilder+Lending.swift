import CascadeCore
import CascadeSim

extension SnapshotBuilder {
    /// The lending market as the screen shows it; nil when the world has none. `available` is the
    /// user's free USDC (what the market lets leave the wallet).
    /// - Complexity: O(vaults) to find the user's (a scan: a few hundred vaults in the busiest
    ///   scenario, at the frame rate), plus the auctions kept.
    func lending(available: Money) -> LendingSnapshot? {
        let exchange = world.exchange
        guard let market = exchange.lending else { return nil }
        let user = World.userAccount
        let holder = exchange.account(user)
        let tokens = market.supplyTokens[user]
        let rules = market.rules
        var snapshot = LendingSnapshot(
            time: world.now, mode: rules.liquidation, oracleDelay: rules.oracleDelay,
            pools: market.pools.enumerated().map { offset, pool in
                var row = LendingSnapshot.Pool(
                    asset: exchange.assets[pool.asset], model: pool.model, supplied: pool.supplierValue,
                    cash: pool.cash, borrowed: pool.borrowed + pool.auctionDebt, utilisation: pool.utilisation,
                    borrowRate: pool.borrowRate, supplyRate: pool.supplyRate, reserves: pool.reserves,
                    badDebt: pool.badDebt, priceSource: rules.pools[offset].priceSource)
                row.yourTokens = tokens?[offset] ?? .zero
                row.yourValue = pool.value(ofShares: row.yourTokens)
                row.exchangeRate = pool.exchangeRate ?? .zero
                return row
            },
            kinds: rules.vaultTypes.indices.map { LendingSnapshot.Kind(market, type: $0) })
        snapshot.vaults = market.vaults.filter { $0.owner == user }.map { vault in
            LendingSnapshot.VaultRow(
                id: vault.id, kind: vault.type, collateral: vault.collateral, debt: market.debt(of: vault),
                health: market.healthFactor(of: vault), auction: vault.auction)
        }
        let auctions = market.auctions.map { auction in
            LendingSnapshot.Auction(
                id: auction.id, vault: auction.vault, kind: auction.type, isYours: auction.owner == user,
                lot: auction.lot)
        }
        let yours = auctions.filter(\.isYours)
        snapshot.auctions =
            yours + auctions.filter { !$0.isYours }.suffix(max(0, LendingSnapshot.auctionLimit - yours.count))
        snapshot.activity = Array(recorder.lending.activity)
        snapshot.replays = recorder.lending.auctions
        snapshot.wallets = market.pools.map { pool in
            pool.asset == .primary ? available : holder?.wallets[pool.asset] ?? .zero
        }
        snapshot.auctionsStarted = market.auctionsStarted
        snapshot.auctionsReset = market.auctionsReset
        snapshot.keeperIncentives = market.keeperIncentives
        snapshot.unsafeVaults = market.unsafeCount
        snapshot.unbarked = market.largestUnsafeVaults(limit: LendingSnapshot.unbarkedLimit).compactMap { id in
            market.vault(id).map { vault in
                LendingSnapshot.VaultRow(
                    id: id, kind: vault.type, collateral: vault.collateral, debt: market.debt(of: vault),
                    health: market.healthFactor(of: vault), auction: nil)
            }
        }
        return snapshot
    }
}

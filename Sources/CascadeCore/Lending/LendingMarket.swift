/// The over-collateralised lending market: pools that lend, vaults that borrow against collateral,
/// and the liquidation of unsafe vaults by Dutch auction (Maker's Liquidation 2.0) or fixed bonus
/// (Aave v3). A deterministic state machine inside `Exchange`, driven by `Command.lending`; it
/// never touches wallets itself but returns `WalletTransfer`s, so the exchange's ledger stays the
/// only owner of account money and one invariant covers both.
public struct LendingMarket: Sendable {
    /// The configuration it was built with.
    public let rules: LendingRules
    /// One pool per `rules.pools` entry, in that order.
    public internal(set) var pools: [LendingPool]
    /// Every vault ever opened; vault `n` is at offset `n − 1`.
    public internal(set) var vaults: [Vault] = []
    /// Running auctions, oldest first.
    public internal(set) var auctions: [DutchAuction] = []
    /// Supply tokens per account, per pool: the free ones; those pledged in vaults and auctions count
    /// as collateral there.
    public internal(set) var supplyTokens: [AccountID: [Money]] = [:]
    /// Tab in running auctions per vault type (Maker's `ilk.dirt`).
    public internal(set) var dirt: [Money]
    /// Auctions started so far; the next gets this number plus one.
    public internal(set) var auctionsStarted: Int64 = 0
    /// Auction resets so far.
    public internal(set) var auctionsReset = 0
    /// Incentives paid to keepers, in the first pool's asset.
    public internal(set) var keeperIncentives = Money.zero
    /// Latest USD value of one minor unit of each pool's asset, from the exchange's index.
    var feeds: [Ray?]
    /// The values the protocol uses: `feeds` now, or as they were one oracle interval ago.
    public internal(set) var prices: [Ray?]
    /// The values that become `prices` at the next oracle interval.
    var queued: [Ray?]
    /// When the delayed oracle next moves.
    var nextPoke: SimTime
    /// Per vault type, its safe vaults with debt by normalised debt per collateral, highest first.
    var healthIndexes: [VaultHealthIndex]
    /// Per vault type, its unsafe vaults by the same key, lowest first (keys negated): the ones a
    /// rising price may make safe again.
    var unsafeIndexes: [VaultHealthIndex]
    /// Vaults with debt, not in an auction, whose health factor is below 1: the ones keepers may
    /// liquidate. Kept as prices and vaults change, without scanning the vaults.
    var unsafe = VaultSet()
    /// Health factors computed to keep `unsafeVaults`, for the benchmark.
    public internal(set) var healthChecks = 0
    /// Each vault type's collateral and debt pool offsets.
    let typePools: [(collateral: Int, debt: Int)]
    /// Whether each vault type holds its collateral pool's supply tokens instead of the asset.
    let holdsTokens: [Bool]
    /// Pool offset by the exchange's asset id.
    let poolByAsset: [AssetID: Int]

    /// An empty market for `rules`; `assetID` gives the exchange's id of each pool's asset.
    init(rules: LendingRules, assetID: (Asset) -> AssetID) {
        self.rules = rules
        pools = rules.pools.map { LendingPool(asset: assetID($0.asset), model: $0.model) }
        var byAsset: [AssetID: Int] = [:]
        for (offset, pool) in pools.enumerated() { byAsset[pool.asset] = offset }
        poolByAsset = byAsset
        let symbols = rules.pools.map(\.asset)
        typePools = rules.vaultTypes.map { type in
            (symbols.firstIndex(of: type.collateral)!, symbols.firstIndex(of: type.debt)!)
        }
        holdsTokens = rules.vaultTypes.map { $0.collateralForm == .supplyToken }
        dirt = Array(repeating: .zero, count: rules.vaultTypes.count)
        healthIndexes = Array(repeating: VaultHealthIndex(), count: rules.vaultTypes.count)
        unsafeIndexes = healthIndexes
        let stable: [Ray?] = rules.pools.map { rules in
            rules.priceSource == nil ? Ray(1, over: Int128(rules.asset.unitsPerWhole), rounding: .down) : nil
        }
        (feeds, prices, queued) = (stable, stable, stable)
        nextPoke = rules.oracleDelay
    }

    /// Why these rules cannot run, or `nil`: every vault type's assets need pools, names are unique,
    /// curves fall, thresholds lie in (0, 1] above the loan-to-value limit.
    public static func problem(with rules: LendingRules) -> String? {
        let assets = rules.pools.map(\.asset)
        if Set(assets.map(\.symbol)).count != assets.count { return "two pools of one asset" }
        if let pool = rules.pools.first(where: { !$0.model.isValid }) { return "invalid rate curve of \(pool.asset)" }
        if Set(rules.vaultTypes.map(\.name)).count != rules.vaultTypes.count { return "two vault types of one name" }
        for type in rules.vaultTypes {
            guard assets.contains(type.collateral), assets.contains(type.debt), type.collateral != type.debt else {
                return "vault type \(type.name) needs pools of two different assets"
            }
            guard type.loanToValue.units > 0, type.loanToValue <= type.liquidationThreshold,
                type.liquidationThreshold.units <= Rate.one
            else { return "vault type \(type.name): need 0 < loan-to-value ≤ threshold ≤ 1" }
            let auction = type.auction
            guard auction.curve.isValid, auction.buf.units >= Rate.one, auction.chop.units >= Rate.one,
                auction.chop.units <= 2 * Rate.one, auction.dust.units >= 0, auction.tip.units >= 0, auction.tail > 0,
                (0..<Rate.one).contains(auction.cusp.units), (0...Rate.one).contains(auction.chip.units)
            else { return "vault type \(type.name): invalid auction parameters" }
        }
        return rules.oracleDelay < 0 ? "negative oracle delay" : nil
    }

    /// The id the next `openVault` gives.
    public var upcomingVaultID: VaultID { VaultID(Int64(vaults.count) + 1) }

    /// The vault with this id, if opened.
    public func vault(_ id: VaultID) -> Vault? {
        id.rawValue >= 1 && id.rawValue <= vaults.count ? vaults[Int(id.rawValue - 1)] : nil
    }

    /// The running auction with this id.
    public func auction(_ id: AuctionID) -> DutchAuction? { auctions.first { $0.id == id } }

    /// The pool lending `asset`.
    public func pool(of asset: AssetID) -> LendingPool? { poolByAsset[asset].map { pools[$0] } }

    /// The vault type offset named `name`.
    public func typeIndex(named name: String) -> Int? { rules.vaultTypes.firstIndex { $0.name == name } }

    /// The price the protocol uses for vault type `type`: debt minor units per collateral minor unit.
    /// A supply token is worth its pool's exchange rate × the asset's price, both rounded down; the
    /// rate is read live, only the asset's price goes through the delayed oracle.
    public func price(ofType type: Int) -> Ray? {
        let (collateral, debt) = typePools[type]
        guard var value = prices[collateral], let unit = prices[debt], unit.units > 0 else { return nil }
        if holdsTokens[type] {
            guard let rate = pools[collateral].exchangeRate, let token = value.times(rate) else { return nil }
            value = token
        }
        return Ray(value.units, over: unit.units, rounding: .down)
    }

    /// What the vault owes now, rounded up.
    public func debt(of vault: Vault) -> Money {
        LendingPool.debt(vault.normalisedDebt, at: pools[typePools[vault.type].debt].borrowIndex)
    }

    /// The vault's health factor at the protocol's price; `nil` without debt or price.
    public func healthFactor(of vault: Vault) -> Rate? {
        guard let price = price(ofType: vault.type) else { return nil }
        return FixedBonusPlan.health(
            collateral: vault.collateral, debt: debt(of: vault), price: price,
            threshold: rules.vaultTypes[vault.type].liquidationThreshold)
    }

    /// The unsafe vaults in id order.
    /// - Complexity: O(vaults ÷ 64 + unsafe vaults).
    public var unsafeVaults: [VaultID] { unsafe.members() }

    /// How many vaults are unsafe.
    public var unsafeCount: Int { unsafe.count }

    /// `unsafeVaults` found by computing every vault's health factor: what the index saves.
    /// - Complexity: O(vaults).
    public var unsafeVaultsByScan: [VaultID] {
        vaults.filter {
            $0.auction == nil && $0.normalisedDebt > 0 && (healthFactor(of: $0)?.units ?? Rate.one) < Rate.one
        }
        .map(\.id)
    }

    /// Records the index-derived USD value of one minor unit of `pool`'s asset; without an oracle
    /// delay the protocol uses it at once. A delayed oracle starts from the first value it sees, in
    /// use at once and queued for the first interval, as Maker's OSM is poked with a current price
    /// when it is deployed (`osm.sol`: `cur` and `nxt`); later values wait their interval.
    mutating func observe(pool: Int, usdPerUnit: Ray) {
        feeds[pool] = usdPerUnit
        guard rules.oracleDelay == 0 || prices[pool] == nil else { return }
        if rules.oracleDelay > 0 { queued[pool] = usdPerUnit }
        prices[pool] = usdPerUnit
        for type in typePools.indices where typePools[type].collateral == pool || typePools[type].debt == pool {
            rescan(type: type)
        }
    }

    /// Moves the clock: interest accrues in every pool and the delayed oracle steps.
    mutating func advance(to now: SimTime) {
        for offset in pools.indices { pools[offset].accrue(until: now) }
        while rules.oracleDelay > 0 && now >= nextPoke {
            prices = queued.indices.map { queued[$0] ?? feeds[$0] }
            queued = feeds
            nextPoke += rules.oracleDelay
        }
        // Interest raised every debt a little, and the delayed oracle may have moved.
        for type in typePools.indices { rescan(type: type) }
    }

    /// Money of `asset` the market holds outside the wallets: pool cash, vault collateral and lots for
    /// sale, summed from the vaults and auctions themselves (not from running totals), so the
    /// exchange's ledger check is independent of the market's own bookkeeping. Supply tokens pledged
    /// as collateral are claims on pool cash already counted, not money.
    /// - Complexity: O(vaults + auctions).
    public func held(_ asset: AssetID) -> Money {
        var held = pool(of: asset)?.cash ?? .zero
        for vault in vaults where !holdsTokens[vault.type] && pools[typePools[vault.type].collateral].asset == asset {
            held += vault.collateral
        }
        for auction in auctions
        where !holdsTokens[auction.type] && pools[typePools[auction.type].collateral].asset == asset {
            held += auction.lot.lot
        }
        return held
    }

    /// Whether every pool's totals match its parts: normalised debt is the vaults' sum, auction debt
    /// the auctions' dues, supply tokens the holders' sum with those pledged in vaults and auctions,
    /// and no supplier's claim exceeds the pool.
    public var claimsBalance: Bool {
        pools.indices.allSatisfy { offset in
            let pool = pools[offset]
            let debts = vaults.reduce(Int128(0)) { $0 + (typePools[$1.type].debt == offset ? $1.normalisedDebt : 0) }
            let dues = auctions.reduce(Money.zero) { $0 + (typePools[$1.type].debt == offset ? $1.due : .zero) }
            let tokens = supplyTokens.values.reduce(Money.zero) { $0 + $1[offset] } + pledgedTokens(pool: offset)
            return debts == pool.normalisedDebt && dues == pool.auctionDebt && tokens == pool.shares
                && pool.reserves.units >= 0 && pool.cash.units >= 0 && pool.supplierValue.units >= 0
        }
    }
}

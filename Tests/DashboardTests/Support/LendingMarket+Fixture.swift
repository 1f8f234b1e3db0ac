@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard

/// The lending market for tests: a calm world (which lists the dashboard's background lending
/// market), the user's command line wired to it, and a hand-built snapshot with an auction of the
/// user's vault in progress.
enum LendingFixture {
    static let user = World.userAccount

    /// Runs `command` as the command line does, sending its engine requests to `session`.
    @discardableResult
    static func run(_ command: String, _ state: inout AppState, _ session: inout EngineSession) -> [AppEffect] {
        let effects = state.runCommand(command, snapshot: session.snapshot())
        for case .engine(let request) in effects { session.handle(request) }
        return effects
    }

    /// A calm world (seed 3, two minutes in) where the user deposited 2 ETH and borrowed 1,500 USDC.
    static func borrower() throws -> (EngineSession, AppState) {
        var session = try EngineSession.calm()
        var state = AppState(themeName: "default-dark")
        run("deposit 2 ETH", &state, &session)
        run("borrow 1500 USDC", &state, &session)
        return (session, state)
    }

    /// ETH-A of the reference rules at 2,000 USDC per ETH.
    static let ethA: LendingSnapshot.Kind = {
        let rules = LendingRules.reference.vaultTypes[0]
        return LendingSnapshot.Kind(
            name: rules.name, collateral: .eth, underlying: .eth, debt: .usdc, loanToValue: rules.loanToValue,
            liquidationThreshold: rules.liquidationThreshold, auction: rules.auction, fixedBonus: rules.fixedBonus,
            price: Ray(2_000_000_000, over: 1_000_000_000, rounding: .down))
    }()

    /// A lending market mid-crash: the user's vault #7 in auction #3, started 15 minutes before the
    /// snapshot at 1,800 and bought from once; another vault of the user's still safe.
    static func crash(at time: SimTime = 45 * .minute) -> LendingSnapshot {
        let eth = Asset.eth
        let usdc = Asset.usdc
        func pool(_ asset: Asset, _ model: InterestRateModel, supplied: Int64, borrowed: Int64) -> LendingSnapshot.Pool
        {
            LendingSnapshot.Pool(
                asset: asset, model: model, supplied: Money(units: supplied * asset.unitsPerWhole),
                cash: Money(units: (supplied - borrowed) * asset.unitsPerWhole),
                borrowed: Money(units: borrowed * asset.unitsPerWhole),
                utilisation: Rate.ratio(Money(units: borrowed), Money(units: supplied), rounding: .down),
                borrowRate: model.borrowRate(
                    utilisation: Rate.ratio(Money(units: borrowed), Money(units: supplied), rounding: .down)),
                supplyRate: model.supplyRate(
                    utilisation: Rate.ratio(Money(units: borrowed), Money(units: supplied), rounding: .down)),
                reserves: Money(units: 12_345 * asset.unitsPerWhole), badDebt: .zero,
                priceSource: asset == usdc ? nil : "\(asset.symbol)-PERP")
        }
        var usdcPool = pool(usdc, .usdc, supplied: 50_000_000, borrowed: 23_000_000)
        usdcPool.yourTokens = Money(units: 1_000 * usdc.unitsPerWhole)
        usdcPool.yourValue = Money(units: 1_000_120_000)
        let start = time - 15 * .minute
        let feed = Ray(1_500_000_000, over: 1_000_000_000, rounding: .down)!
        let lot = AuctionLot(
            lot: Money(units: 9 * eth.unitsPerWhole), tab: Money(units: 16_950 * usdc.unitsPerWhole), feed: feed,
            rules: ethA.auction, at: start)!
        let take = AuctionTake(
            slice: Money(units: eth.unitsPerWhole), owe: Money(units: 1_700 * usdc.unitsPerWhole),
            price: lot.price(at: start + 5 * .minute, rules: ethA.auction))
        var snapshot = LendingSnapshot(
            time: time, mode: .auction, oracleDelay: .hour,
            pools: [
                usdcPool, pool(.btc, .btc, supplied: 100, borrowed: 0), pool(eth, .eth, supplied: 1_000, borrowed: 10),
            ],
            kinds: [ethA])
        snapshot.vaults = [
            LendingSnapshot.VaultRow(
                id: VaultID(7), kind: 0, collateral: .zero, debt: .zero, health: nil, auction: AuctionID(3)),
            LendingSnapshot.VaultRow(
                id: VaultID(9), kind: 0, collateral: Money(units: 2 * eth.unitsPerWhole),
                debt: Money(units: 1_500 * usdc.unitsPerWhole),
                health: FixedBonusPlan.health(
                    collateral: Money(units: 2 * eth.unitsPerWhole), debt: Money(units: 1_500 * usdc.unitsPerWhole),
                    price: ethA.price!, threshold: ethA.liquidationThreshold), auction: nil),
        ]
        snapshot.auctions = [
            LendingSnapshot.Auction(id: AuctionID(3), vault: VaultID(7), kind: 0, isYours: true, lot: lot)
        ]
        snapshot.activity = [
            LendingActivity(
                time: start, auction: AuctionID(3), vault: VaultID(7), kind: 0, actor: AccountID(1204),
                incentive: Money(units: 26_950_000), isYours: true,
                what: .started(
                    lot: Money(units: 10 * eth.unitsPerWhole), tab: Money(units: 18_650 * usdc.unitsPerWhole),
                    top: lot.top), isYourVault: true),
            LendingActivity(
                time: start + 5 * .minute, auction: AuctionID(3), vault: VaultID(7), kind: 0, actor: AccountID(1205),
                isYours: true, what: .taken(take, tabLeft: lot.tab, lotLeft: lot.lot), isYourVault: true),
        ]
        snapshot.wallets = [Money(units: 8_500 * usdc.unitsPerWhole), .zero, .zero]
        snapshot.auctionsStarted = 1
        snapshot.keeperIncentives = Money(units: 26_950_000)
        return snapshot
    }
}

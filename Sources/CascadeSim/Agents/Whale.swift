import CascadeCore

/// A large trader: now and then builds a position worth millions in chunks, holds it for hours
/// and unwinds it the same way. A scenario can order it to open a given position.
struct Whale: Agent {
    let account: AccountID
    let market: InstrumentID
    var random: Xoshiro256
    let capital: Double
    private(set) var target: Int64 = 0
    private(set) var holdUntil: SimTime = 0
    /// A position the scenario ordered; held until liquidated.
    var directive: WhaleOrder?

    init(account: AccountID, market: InstrumentID, seed: UInt64) {
        self.account = account
        self.market = market
        random = Xoshiro256(seed: seed)
        capital = 2_000_000 + 6_000_000 * random.nextUnit()
    }

    func setup(_ place: Marketplace) -> [Command] { standardSetup(place, dollars: capital, leverage: 5) }

    mutating func wake(_ place: inout Marketplace) -> SimTime {
        let simulated = place.markets[market]
        if let order = directive {
            directive = nil
            follow(order, &place)
        } else if target == 0, holdUntil <= place.now, random.chance(0.15) {
            let notional = 500_000 + 2_500_000 * random.nextUnit()
            let lots = simulated.lots(notional / simulated.observer.price)
            target = random.chance(0.5) ? lots : -lots
            holdUntil = place.now + .delay(seconds: 3_600 + 3 * 3_600 * random.nextUnit())
        } else if target != 0, holdUntil <= place.now {
            target = 0
        }
        let size = place.position(account, market).size
        let change = target - size
        guard change != 0 else { return .delay(seconds: 600 + 1_800 * random.nextUnit()) }
        let chunk = min(abs(change), max(1, abs(target == 0 ? size : target) / 8))
        let reducing = (size > 0 && change < 0) || (size < 0 && change > 0)
        place.trade(account, market, change > 0 ? .buy : .sell, lots: chunk, reduceOnly: reducing && target == 0)
        if place.position(account, market).isFlat && target != 0 && size != 0 { target = 0 }
        return .delay(seconds: 15 + 30 * random.nextUnit())
    }

    /// Tops up margin if needed, sets the leverage the tiers allow, and aims at the ordered position.
    private mutating func follow(_ order: WhaleOrder, _ place: inout Marketplace) {
        let simulated = place.markets[market]
        let leverage = min(
            order.leverage, simulated.instrument.tiers.tier(for: notional(order.notional, simulated)).maxLeverage)
        let needed = order.notional / Double(leverage) * 1.3 - place.available(account, market)
        let asset = simulated.instrument.settlementAsset
        if needed > 0 { place.submit(.deposit(account, asset, Money(units: Int64(needed) * asset.unitsPerWhole))) }
        place.submit(.setLeverage(account, simulated.id, leverage))
        let lots = simulated.lots(order.notional / simulated.observer.price)
        target = order.side == .buy ? lots : -lots
        holdUntil = .max
    }

    private func notional(_ usd: Double, _ market: SimulatedMarket) -> Money {
        Money(units: Int64(usd) * market.instrument.settlementAsset.unitsPerWhole)
    }
}

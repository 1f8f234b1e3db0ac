import CascadeCore
import Foundation

/// The leveraged crowd: opens a position now and then, long or short (following the herd after a
/// big move), holds it for hours, takes profit or panics, and sometimes protects it with a stop.
/// Its leverage comes from a realistic mix, and when it is liquidated it may come back with fresh money.
struct RetailTrader: Agent {
    let account: AccountID
    let market: InstrumentID
    var random: Xoshiro256
    let deposit: Double
    let leverage: Int
    let mode: MarginMode
    let usesStops: Bool
    let takeProfit: Double
    private(set) var holding = false
    private(set) var holdUntil: SimTime = 0

    init(account: AccountID, market: InstrumentID, seed: UInt64, maximumLeverage: Int) {
        self.account = account
        self.market = market
        random = Xoshiro256(seed: seed)
        deposit = 200 * pow(125, random.nextUnit())
        leverage = min(maximumLeverage, Self.leverage(&random))
        mode = random.chance(0.5) ? .isolated : .cross
        usesStops = random.chance(0.3)
        takeProfit = 0.3 + 1.5 * random.nextUnit()
    }

    /// The mix: 40% at 2–10x, 40% at 10–25x, 15% at 25–50x, 5% at 50–100x.
    static func leverage(_ random: inout Xoshiro256) -> Int {
        let roll = random.nextUnit()
        if roll < 0.40 { return random.next(in: 2...10) }
        if roll < 0.80 { return random.next(in: 11...25) }
        if roll < 0.95 { return random.next(in: 26...50) }
        return random.next(in: 51...100)
    }

    func setup(_ place: Marketplace) -> [Command] {
        standardSetup(place, dollars: deposit, leverage: leverage, mode: mode)
    }

    mutating func wake(_ place: inout Marketplace) -> SimTime {
        let simulated = place.markets[market]
        let pace = max(0.05, simulated.conditions.activity)
        let position = place.position(account, market)
        if position.isFlat {
            if holding {
                holding = false
                place.submit(.cancelAll(account, simulated.id))
                if place.available(account, market) < deposit * 0.2 {
                    guard random.chance(0.4) else { return .delay(seconds: random.nextExponential(mean: 6 * 3_600)) }
                    let asset = simulated.instrument.settlementAsset
                    place.submit(.deposit(account, asset, Money(units: Int64(deposit) * asset.unitsPerWhole)))
                }
            }
            let trend = simulated.observer.logReturn(overSeconds: 900)
            let excited = abs(trend) > 0.008
            if random.chance(excited ? 0.6 : 0.3) { open(&place, trend: excited ? trend : 0) }
            return .delay(seconds: random.nextExponential(mean: (excited ? 300 : 1_200) / pace))
        }
        holding = true
        let size = Double(position.size) * simulated.lotSize
        let entry = Double(position.costBasis.units) / 1_000_000 / size
        let roe = (simulated.observer.price / entry - 1) * Double(leverage) * (size > 0 ? 1 : -1)
        let panic = roe < -0.4 && random.chance(0.25)
        if place.now >= holdUntil || roe > takeProfit || panic {
            place.close(account, market)
            place.submit(.cancelAll(account, simulated.id))
            holding = false
        }
        return .delay(seconds: random.nextExponential(mean: 240 / pace))
    }

    private mutating func open(_ place: inout Marketplace, trend: Double) {
        let simulated = place.markets[market]
        let long = trend != 0 ? (random.chance(0.75) == (trend > 0)) : random.chance(simulated.conditions.longBias)
        let margin = place.available(account, market) * (0.1 + 0.4 * random.nextUnit())
        let notional = min(margin * Double(leverage) * 0.95, Self.notionalLimit(simulated.instrument, leverage))
        let price = simulated.observer.price
        let lots = simulated.lots(notional / price)
        guard lots > 0 else { return }
        place.trade(account, market, long ? .buy : .sell, lots: lots)
        holding = !place.position(account, market).isFlat
        holdUntil = place.now + .delay(seconds: random.nextExponential(mean: 3 * 3_600))
        guard holding, usesStops else { return }
        let trigger = price * (long ? 1 - 0.5 / Double(leverage) : 1 + 0.5 / Double(leverage))
        place.place(
            account, in: simulated.id,
            .stop(
                long ? .sell : .buy, Quantity(lots: lots),
                trigger: StopCondition(triggerPrice: Price(ticks: simulated.ticks(trigger)), reference: .mark),
                reduceOnly: true))
    }

    /// The largest notional the instrument's tiers allow at `leverage`.
    static func notionalLimit(_ instrument: Instrument, _ leverage: Int) -> Double {
        let tier = instrument.tiers.tiers.last { $0.maxLeverage >= leverage } ?? instrument.tiers.tiers[0]
        return Double(tier.cap.units) / Double(instrument.settlementAsset.unitsPerWhole) * 0.98
    }
}

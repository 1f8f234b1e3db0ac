import CascadeCore
import CascadeSim
import Foundation

/// `cascade bench realism`: the stylized facts of the default scenario's one-minute returns over
/// several simulated days, and what a flash crash does to open interest, the book and the spread.
public struct RealismBenchmark {
    /// What the flash crash did to the first market, as ratios (the `flash-crash` line of the benchmark).
    public struct CrashFacts: Sendable, Hashable, Codable {
        /// Liquidated notional over open interest just before the crash.
        public var openInterestLiquidated: Double
        /// Share of liquidated notional that was long.
        public var longShare: Double
        /// Resting size within 0.5% of the mid, during the crash over before.
        public var depthRatio: Double
        /// Spread during the crash over before.
        public var spreadRatio: Double

        enum CodingKeys: String, CodingKey {
            case openInterestLiquidated = "open_interest_liquidated"
            case longShare = "long_share"
            case depthRatio = "depth_ratio"
            case spreadRatio = "spread_ratio"
        }
    }

    /// Facts of `days` consecutive simulated days of `scenario` (one-minute trade bars of its first
    /// market): the one-minute facts with volume, and the facts at 15 minutes, an hour and a day.
    public static func calmFacts(scenario: Scenario, seed: UInt64, days: Int) -> (
        minute: StylizedFacts, horizons: [HorizonFacts]
    ) {
        facts(minuteBars: minuteCloses(scenario: scenario, seed: seed, days: days))
    }

    /// Facts of one-minute bars (close and volume, oldest first, in any units): the one-minute facts
    /// with volume, and the facts at 15 minutes, an hour and a day.
    public static func facts(minuteBars closes: [(close: Double, volume: Double)]) -> (
        minute: StylizedFacts, horizons: [HorizonFacts]
    ) {
        let minute = StylizedFacts(closes: closes.map(\.close), volumes: closes.map(\.volume))
        let horizons = [
            HorizonFacts(minuteCloses: closes.map(\.close), minutes: 1, lags: [1, 100]),
            HorizonFacts(minuteCloses: closes.map(\.close), minutes: 15, lags: [1, 4, 96]),
            HorizonFacts(minuteCloses: closes.map(\.close), minutes: 60, lags: [1, 5, 10, 24]),
            HorizonFacts(minuteCloses: closes.map(\.close), minutes: 1_440, lags: [1, 5]),
        ]
        return (minute, horizons)
    }

    /// The mean log return of `scenario`'s first market over `days` from each of `seeds` seeds, with its
    /// standard error: a market without a drift has a mean within two standard errors of zero.
    public static func drift(scenario: Scenario, seeds: ClosedRange<UInt64>, days: Int) -> (
        mean: Double, standardError: Double
    ) {
        let drift = DriftBenchmark(scenario: scenario, seeds: seeds, days: days, fundamentalOnly: false)
        return (drift.mean, drift.standardError)
    }

    /// One-minute closes (in ticks) and volumes of the first market over `days` simulated days.
    static func minuteCloses(scenario: Scenario, seed: UInt64, days: Int) -> [(close: Double, volume: Double)] {
        var world = World(scenario: scenario, seed: seed)
        var recorder = RunRecorder(bars: BarRecorder(length: .minute, instrument: InstrumentID(0)))
        world.run(until: SimTime(days) * 24 * .hour, observer: &recorder)
        recorder.bars.roll(to: world.now)
        return recorder.bars.bars.map { (Double($0.close.ticks), Double($0.volume)) }
    }

    /// Runs `flash-crash` to its crash and samples before it (one minute ahead) and in its worst minutes.
    public static func crashFacts(scenario: Scenario, seed: UInt64) -> CrashFacts {
        guard let crash = scenario.events.first(where: { ($0.shock ?? 0) < 0 }) else {
            return CrashFacts(openInterestLiquidated: 0, longShare: 0, depthRatio: 1, spreadRatio: 1)
        }
        var world = World(scenario: scenario, seed: seed)
        var recorder = RunRecorder(bars: BarRecorder(length: .minute, instrument: InstrumentID(0)))
        world.run(until: crash.at - .minute, observer: &recorder)
        let market = world.place.markets[InstrumentID(0)]
        let openInterest = Double(world.exchange.openInterest(market.id)) * market.lotSize * market.observer.price
        let before = (depth: nearDepth(world), spread: spread(world))
        let startSample = world.statistics.samples.count
        var during: [(depth: Double, spread: Double)] = []
        var time = crash.at
        while time <= crash.at + crash.shockOver + 2 * .minute {
            world.run(until: time, observer: &recorder)
            during.append((nearDepth(world), spread(world)))
            time += 15 * .second
        }
        let samples = world.statistics.samples.dropFirst(startSample)
        let longs = samples.reduce(0.0) { $0 + Double($1.liquidatedLongs[InstrumentID(0)].units) } / 1e6
        let shorts = samples.reduce(0.0) { $0 + Double($1.liquidatedShorts[InstrumentID(0)].units) } / 1e6
        let depth = during.map(\.depth).sorted()[during.count / 2]
        let spread = during.map(\.spread).sorted()[during.count / 2]
        return CrashFacts(
            openInterestLiquidated: (longs + shorts) / max(1, openInterest),
            longShare: longs + shorts > 0 ? longs / (longs + shorts) : 0,
            depthRatio: depth / max(1e-9, before.depth), spreadRatio: spread / max(1e-9, before.spread))
    }

    /// Base-asset size resting within 0.5% of the mid.
    static func nearDepth(_ world: World) -> Double {
        let market = world.place.markets[InstrumentID(0)]
        guard let touch = world.place.touch(InstrumentID(0)) else { return 0 }
        let mid = (touch.bid + touch.ask) / 2
        let levels = world.exchange.book(market.id).depth(levels: 1_000)
        return (levels.bids + levels.asks).filter { abs(market.usd($0.price) - mid) <= mid * 0.005 }
            .reduce(0.0) { $0 + Double($1.quantity.lots) * market.lotSize }
    }

    /// Ask minus bid in USD; a one-sided book counts as a 5% spread.
    static func spread(_ world: World) -> Double {
        guard let touch = world.place.touch(InstrumentID(0)) else {
            return world.place.markets[InstrumentID(0)].observer.price * 0.05
        }
        return touch.ask - touch.bid
    }
}

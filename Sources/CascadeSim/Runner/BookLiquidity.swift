import CascadeCore

/// How the first market's book held up over a run, sampled every five simulated seconds: the longest
/// stretch with a side of the book empty, and how long the resting size near the mid took to come back
/// after a crash. Real books thin out and widen in a crash but keep both sides, and depth relaxes back
/// as a power law within minutes to an hour (Tóth, Kertész and Farmer 2009; Xu et al. 2016).
public struct BookLiquidity: Sendable {
    /// Time between samples.
    public static let interval: SimTime = 5 * .second
    /// How near the mid resting size counts as depth, as a fraction of the mid.
    static let band = 0.01

    /// The longest run of samples with no bid or no ask, in simulated milliseconds.
    public private(set) var longestOneSided: SimTime = 0
    /// When that stretch began.
    public private(set) var longestOneSidedFrom: SimTime = 0
    private var oneSidedSince: SimTime?
    /// Base-asset size resting within `band` of the mid at each two-sided sample.
    private var depths: [(time: SimTime, size: Double)] = []

    /// An empty record.
    public init() {}

    /// Reads the first market's book as it stands at `world.now`.
    public mutating func sample(_ world: World) {
        let market = world.place.markets[InstrumentID(0)]
        let touch = world.exchange.touch(market.id)
        guard let bid = touch.bid, let ask = touch.ask else {
            let since = oneSidedSince ?? world.now
            oneSidedSince = since
            if world.now - since > longestOneSided {
                longestOneSided = world.now - since
                longestOneSidedFrom = since
            }
            return
        }
        oneSidedSince = nil
        let mid = (market.usd(bid) + market.usd(ask)) / 2
        let book = world.exchange.book(market.id)
        let lots =
            book.restingLots(of: .buy, through: Price(ticks: market.ticks(mid * (1 - Self.band))))
            + book.restingLots(of: .sell, through: Price(ticks: market.ticks(mid * (1 + Self.band))))
        depths.append((world.now, Double(lots) * market.lotSize))
    }

    /// How long after `end` the average depth over a minute first came back to half its average over
    /// the ten minutes before `start`; nil when it never did within the run (or nothing was sampled).
    public func recovery(afterCrashFrom start: SimTime, to end: SimTime) -> SimTime? {
        let before = depths.filter { $0.time >= start - 10 * .minute && $0.time < start }.map(\.size)
        guard !before.isEmpty else { return nil }
        let target = before.reduce(0, +) / Double(before.count) / 2
        var window: [(time: SimTime, size: Double)] = []
        var sum = 0.0
        for sample in depths where sample.time >= end - .minute {
            window.append(sample)
            sum += sample.size
            while let first = window.first, first.time <= sample.time - .minute {
                sum -= first.size
                window.removeFirst()
            }
            if sample.time >= end, sum / Double(window.count) >= target { return sample.time - end }
        }
        return nil
    }
}

import CascadeCore
import Foundation

/// A liquidation map built only from public data, the way analytics sites draw theirs: each
/// minute's rise in open interest is split between longs and shorts by the taker flow, given an
/// assumed leverage mix, and placed at the liquidation prices that mix implies; a fall in open
/// interest shrinks every estimate in proportion. It knows nothing of real positions, which is the
/// point: the dashboard shows it next to the engine's truth.
struct LiquidationEstimate: Sendable {
    /// Assumed leverage mix (leverage, share), as such sites publish it.
    static let leverageMix: [(Double, Double)] = [(5, 0.2), (10, 0.3), (25, 0.25), (50, 0.15), (100, 0.1)]
    /// Estimated notional by log-price bucket (0.25% wide).
    private(set) var longs: [Int: Double] = [:]
    private(set) var shorts: [Int: Double] = [:]
    private var buys = 0.0
    private var sells = 0.0
    private var lastOpenInterest = 0.0
    private let maintenanceRate: Double
    static let bucketWidth = 0.0025

    init(instrument: Instrument) {
        maintenanceRate = Double(instrument.tiers.tiers[0].maintenanceRate.units) / Double(Rate.one)
    }

    mutating func trade(side: Side, base: Double) {
        if side == .buy { buys += base } else { sells += base }
    }

    /// Folds in the minute that ended: open interest now (base units) at `price`.
    mutating func close(minute: SimTime, openInterest: Double, price: Double) {
        defer {
            lastOpenInterest = openInterest
            buys = 0
            sells = 0
        }
        let change = openInterest - lastOpenInterest
        if change < 0, lastOpenInterest > 0 {
            let keep = openInterest / lastOpenInterest
            for key in longs.keys { longs[key]! *= keep }
            for key in shorts.keys { shorts[key]! *= keep }
            return
        }
        guard change > 0, price > 0 else { return }
        let flow = buys + sells
        let buyShare = flow > 0 ? buys / flow : 0.5
        let notional = change * price
        for (leverage, share) in Self.leverageMix {
            let longPrice = price * (1 - 1 / leverage + maintenanceRate)
            let shortPrice = price * (1 + 1 / leverage - maintenanceRate)
            longs[Self.bucket(longPrice), default: 0] += notional * buyShare * share
            shorts[Self.bucket(shortPrice), default: 0] += notional * (1 - buyShare) * share
        }
    }

    static func bucket(_ price: Double) -> Int { Int((log(price) / bucketWidth).rounded(.down)) }

    /// The estimate in the same frame as the engine's heatmap column: `count` buckets of `width`
    /// ticks from `lowest`.
    func column(time: SimTime, lowest: Price, width: Int64, count: Int, tickSize: Double) -> HeatmapSeries.Column {
        var longColumn = Array(repeating: 0.0, count: count)
        var shortColumn = longColumn
        func place(_ estimates: [Int: Double], into column: inout [Double]) {
            // In bucket order: Dictionary order changes from process to process, and floating-point
            // sums depend on their order, so the same seed must add them the same way.
            for (bucket, notional) in estimates.sorted(by: { $0.key < $1.key }) {
                let price = exp((Double(bucket) + 0.5) * Self.bucketWidth) / tickSize
                let row = Int((price - Double(lowest.ticks)) / Double(width))
                if row >= 0 && row < count { column[row] += notional }
            }
        }
        place(longs, into: &longColumn)
        place(shorts, into: &shortColumn)
        return HeatmapSeries.Column(time: time, lowest: lowest, width: width, longs: longColumn, shorts: shortColumn)
    }
}

import Testing

@testable import CascadeCore

/// The series the dashboard draws, recorded from a small market where one long is liquidated.
@Suite("Market statistics")
struct MarketStatisticsTests {
    typealias D = ExchangeDesk

    /// Account 1 holds 1 BTC long at 20x from 60,000 (liquidation near 57,300); account 2 the short.
    /// A mark of 54,000 sends the long to the backstop vault at its bankruptcy price.
    @Test func liquidationsOpenInterestFundsAndHeatmap() {
        var configuration = ExchangeConfiguration()
        configuration.liquidation.backstopCapitalWholeUnits = 10_000_000
        configuration.liquidation.insuranceFundWholeUnits = 1_000
        var desk = D(configuration)
        var statistics = MarketStatistics(heatmapBuckets: 40, heatmapBucketWidth: Rate(units: 500_000))
        desk.deposit(1, usdc: 3_100)
        desk.deposit(2, usdc: 1_000_000)
        desk.oracle(600_000)
        desk.run(.setLeverage(AccountID(1), D.btcPerp, 20))
        desk.limit(2, .sell, lots: 1_000, ticks: 600_000)
        desk.market(1, .buy, lots: 1_000)
        statistics.sample(desk.exchange, at: .minute)
        let before = statistics.samples.last!
        #expect(before.openInterest[0] == 1_000)
        #expect(before.insuranceFund[0] == D.usdc("1000"))
        // The long's liquidation price (near 57,300) lies within ±10% of the mark; the short, backed
        // by a million USDC, would be liquidated far above the map.
        #expect(before.heatmaps[0].longs.reduce(.zero, +) == D.usdc("60000"))
        #expect(before.heatmaps[0].shorts.reduce(.zero, +) == .zero)
        let events = desk.oracle(540_000)
        statistics.record(events, on: desk.exchange)
        statistics.sample(desk.exchange, at: 2 * .minute)
        let after = statistics.samples.last!
        #expect(events.contains { if case .liquidation(.backstopTakeover) = $0 { true } else { false } })
        #expect(after.liquidatedLongs[0] > .zero && after.liquidatedShorts[0] == .zero)
        #expect(after.openInterest[0] == 1_000)
        #expect(after.backstopEquity[0] > .zero)
        #expect(statistics.samples.count == 2)
        #expect(desk.balances)
    }

    @Test func theRingKeepsItsCapacity() {
        var statistics = MarketStatistics(capacity: 3)
        let exchange = Exchange()
        for minute in 1...5 { statistics.sample(exchange, at: SimTime(minute) * .minute) }
        #expect(statistics.samples.map(\.time) == [3, 4, 5].map { SimTime($0) * .minute })
    }
}

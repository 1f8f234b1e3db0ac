import Testing

@testable import CascadeCore
@testable import CascadeSim

/// The series the dashboard draws, recorded from a small market where one long is liquidated.
@Suite("Market statistics")
struct MarketStatisticsTests {
    private static let btcPerp = InstrumentID(0)

    private static func usdc(_ text: String) -> Money { try! Asset.usdc.money(parsing: text) }

    private static func order(_ account: UInt32, _ side: Side, lots: Int64, ticks: Int64?) -> Command {
        .place(
            NewOrder(
                account: AccountID(account), instrument: btcPerp, clientOrderID: ClientOrderID(1),
                terms: ticks.map { .limit(side, Quantity(lots: lots), at: Price(ticks: $0)) }
                    ?? .market(side, Quantity(lots: lots))))
    }

    private static func oracle(_ ticks: Int64, _ exchange: Exchange) -> Command {
        .oracle(btcPerp, [OracleQuote(source: 0, price: Price(ticks: ticks), time: exchange.now)])
    }

    /// An exchange where account 1 holds 1 BTC long at 20x from 60,000 (liquidation near 57,300)
    /// and account 2, with a million USDC, the short.
    private static func longAndShort(_ configuration: ExchangeConfiguration) -> Exchange {
        var exchange = Exchange(configuration: configuration)
        _ = exchange.apply(.deposit(AccountID(1), .usdc, Money(units: 3_100 * Asset.usdc.unitsPerWhole)))
        _ = exchange.apply(.deposit(AccountID(2), .usdc, Money(units: 1_000_000 * Asset.usdc.unitsPerWhole)))
        _ = exchange.apply(Self.oracle(600_000, exchange))
        _ = exchange.apply(.setLeverage(AccountID(1), Self.btcPerp, 20))
        _ = exchange.apply(Self.order(2, .sell, lots: 1_000, ticks: 600_000))
        _ = exchange.apply(Self.order(1, .buy, lots: 1_000, ticks: nil))
        return exchange
    }

    /// The long and short above; a mark of 54,000 sends the long to the backstop vault at its
    /// bankruptcy price.
    @Test func liquidationsOpenInterestFundsAndHeatmap() {
        var configuration = ExchangeConfiguration()
        configuration.liquidation.backstopCapitalWholeUnits = 10_000_000
        configuration.liquidation.insuranceFundWholeUnits = 1_000
        var exchange = Self.longAndShort(configuration)
        var statistics = MarketStatistics(heatmapBuckets: 40, heatmapBucketWidth: Rate(units: 500_000))
        statistics.sample(exchange, at: .minute)
        let before = statistics.samples.last!
        #expect(before.openInterest[Self.btcPerp] == 1_000)
        #expect(before.insuranceFund[.primary] == Self.usdc("1000"))
        // The long's liquidation price (near 57,300) lies within ±10% of the mark; the short, backed
        // by a million USDC, would be liquidated far above the map.
        #expect(before.heatmaps[Self.btcPerp].longs.reduce(.zero, +) == Self.usdc("60000"))
        #expect(before.heatmaps[Self.btcPerp].shorts.reduce(.zero, +) == .zero)
        let events = exchange.apply(Self.oracle(540_000, exchange))
        statistics.record(events, on: exchange)
        statistics.sample(exchange, at: 2 * .minute)
        let after = statistics.samples.last!
        #expect(events.contains { if case .liquidation(.backstopTakeover) = $0 { true } else { false } })
        #expect(after.liquidatedLongs[Self.btcPerp] > .zero && after.liquidatedShorts[Self.btcPerp] == .zero)
        #expect(after.openInterest[Self.btcPerp] == 1_000)
        #expect(after.backstopEquity[.primary] > .zero)
        #expect(statistics.samples.count == 2)
        #expect(exchange.ledgerBalances)
    }

    /// Options listed between two records of one bucket (the index fell past the outer strikes)
    /// leave the liquidation recorded before them; samples hold the perpetuals only, however many
    /// options have been listed.
    @Test func aListingMidBucketKeepsTheLiquidationsBeforeIt() {
        var configuration = ExchangeConfiguration()
        configuration.liquidation.backstopCapitalWholeUnits = 10_000_000
        configuration.options = [.btc]
        var exchange = Self.longAndShort(configuration)
        var statistics = MarketStatistics(heatmapBuckets: 40, heatmapBucketWidth: Rate(units: 500_000))
        statistics.sample(exchange, at: .minute)
        let crash = exchange.apply(Self.oracle(540_000, exchange))
        #expect(crash.contains { if case .liquidation(.backstopTakeover) = $0 { true } else { false } })
        statistics.record(crash, on: exchange)
        let listedBefore = exchange.instrumentAssets.count
        statistics.record(exchange.apply(Self.oracle(450_000, exchange)), on: exchange)
        #expect(exchange.instrumentAssets.count > listedBefore, "new strikes were listed")
        statistics.sample(exchange, at: 2 * .minute)
        let sample = statistics.samples.last!
        #expect(sample.liquidatedLongs[Self.btcPerp] > .zero)
        #expect(sample.liquidatedLongs.count == exchange.perpetualCount)
        #expect(
            sample.openInterest.count == exchange.perpetualCount && sample.heatmaps.count == exchange.perpetualCount)
        #expect(!sample.heatmaps[Self.btcPerp].longs.isEmpty)
        #expect(sample.liquidatedNotional.longs == sample.liquidatedLongs[Self.btcPerp])
    }

    /// A liquidation order buying back a short call counts in the options' total, not in any
    /// perpetual's series, and in the bucket's whole liquidated notional.
    @Test func anOptionLiquidationCountsInTheOptionsTotal() throws {
        var configuration = ExchangeConfiguration()
        configuration.options = [.btc]
        var exchange = Exchange(configuration: configuration)
        _ = exchange.apply(Self.oracle(650_000, exchange))
        let option = InstrumentID(exchange.perpetualCount)
        #expect(exchange.instrument(option).option != nil)
        var statistics = MarketStatistics()
        let (order, lots, price) = (OrderID(9), Quantity(lots: 100), Price(ticks: 55_000))
        statistics.record(
            [
                .liquidation(
                    .bookOrder(
                        account: AccountID(1), instrument: option, order: order, side: .buy, quantity: lots,
                        limit: price, bankruptcyPrice: Price(ticks: 50_000))),
                .fill(
                    Fill(
                        account: AccountID(1), instrument: option, order: order, clientOrderID: nil, side: .buy,
                        price: price, quantity: lots, isMaker: false, fee: .zero, realizedPnL: .zero,
                        positionSize: 0)),
            ], on: exchange)
        statistics.sample(exchange, at: .minute)
        let sample = try #require(statistics.samples.last)
        // 100 lots are one contract of one BTC, bought back at 5,500 USDC.
        #expect(sample.liquidatedOptionShorts == Self.usdc("5500") && sample.liquidatedOptionLongs == .zero)
        #expect(sample.liquidatedLongs.allSatisfy { $0 == .zero } && sample.liquidatedShorts.allSatisfy { $0 == .zero })
        #expect(sample.liquidatedNotional.shorts == Self.usdc("5500"))
    }

    @Test func theRingKeepsItsCapacity() {
        var statistics = MarketStatistics(capacity: 3)
        let exchange = Exchange()
        for minute in 1...5 { statistics.sample(exchange, at: SimTime(minute) * .minute) }
        #expect(statistics.samples.map(\.time) == [3, 4, 5].map { SimTime($0) * .minute })
    }
}

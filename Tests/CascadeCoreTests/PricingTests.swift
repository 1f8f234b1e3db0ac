import Testing

@testable import CascadeCore

/// Index, mark, funding-rate and impact-price arithmetic against the worked examples of
/// shared/reference/exchange-mechanics.md §1.2 (index and mark), §2.2 (funding) and the test-vector
/// index of §15 (TV-13, TV-14, TV-15). Prices are BTC-PERP ticks of 0.1 USD, so 60,000 USD is
/// 600,000 ticks; rates are in 10⁻⁸, so 0.01% is 10,000 units.
@Suite("Pricing: index, mark, funding rate, impact price")
struct PricingTests {
    /// 60,000.0 USD in BTC-PERP ticks.
    private static let sixtyThousand: Int64 = 600_000

    private func quote(_ source: Int, _ ticks: Int64, at time: SimTime = 0) -> OracleQuote {
        OracleQuote(source: source, price: Price(ticks: ticks), time: time)
    }

    // MARK: - IndexPrice (§1.1: median of sources; a source > 5% from the median is dropped)

    @Test func theIndexIsTheMedianOfFreshQuotes() {
        let index = IndexPrice(
            quotes: [quote(0, 600_100), quote(1, 599_900), quote(2, 600_000)], now: 5 * .second)
        #expect(index.price == Price(ticks: 600_000))
        #expect(index.used == [0, 1, 2])
        #expect(index.stale.isEmpty && index.outliers.isEmpty)
    }

    /// `IndexRules.maximumAge` is 10 s: a quote 10 s old still counts, one 10.001 s old does not.
    @Test func staleQuotesAreLeftOut() {
        let now: SimTime = 60 * .second
        let quotes = [
            quote(0, 600_000, at: now - 10 * .second),  // exactly the maximum age: fresh
            quote(1, 600_200, at: now - 10 * .second - 1),  // stale
            quote(2, 600_100, at: now),
        ]
        let index = IndexPrice(quotes: quotes, now: now)
        #expect(index.stale == [1])
        #expect(index.used == [0, 2])
        // Median of the two fresh quotes: the lower middle value.
        #expect(index.price == Price(ticks: 600_000))
    }

    /// Binance: a source more than 5% from the median gets weight 0. 5% of 60,000 is 3,000 USD
    /// (30,000 ticks): 63,000.0 is kept, 63,000.1 and 56,999.9 are outliers.
    @Test func aSourceMoreThanFivePercentFromTheMedianIsAnOutlier() {
        let quotes = [
            quote(0, 600_000), quote(1, 600_010), quote(2, 630_000), quote(3, 599_990), quote(4, 630_001),
            quote(5, 569_999),
        ]
        let index = IndexPrice(quotes: quotes, now: 0)
        // Fresh median: sorted 569,999 599,990 600,000 600,010 630,000 630,001 → lower middle 600,000.
        #expect(index.outliers == [4, 5])
        #expect(index.used == [0, 1, 2, 3])
        // Median of the kept four: 599,990 600,000 600,010 630,000 → lower middle 600,000.
        #expect(index.price == Price(ticks: 600_000))
    }

    @Test func aFarOutlierDoesNotMoveTheIndex() {
        let index = IndexPrice(quotes: [quote(0, 600_000), quote(1, 600_100), quote(2, 1_200_000)], now: 0)
        #expect(index.outliers == [2])
        #expect(index.price == Price(ticks: 600_000))
    }

    @Test func allStaleQuotesGiveNoIndex() {
        let index = IndexPrice(quotes: [quote(0, 600_000), quote(1, 600_100)], now: 11 * .second)
        #expect(index.price == nil)
        #expect(index.stale == [0, 1])
        #expect(index.used.isEmpty && index.outliers.isEmpty)
        #expect(IndexPrice(quotes: [], now: 0).price == nil)
    }

    @Test func anEvenCountTakesTheLowerMiddleQuote() {
        let index = IndexPrice(
            quotes: [quote(0, 600_400), quote(1, 600_100), quote(2, 600_300), quote(3, 600_200)], now: 0)
        #expect(index.price == Price(ticks: 600_200))
    }

    /// A venue with half the total weight decides the index alone when it is the lower half.
    @Test func weightsShiftTheMedianTowardTheHeavyVenue() {
        let quotes = [
            OracleQuote(source: 0, price: Price(ticks: 600_000), time: 0, weight: 1),
            OracleQuote(source: 1, price: Price(ticks: 600_100), time: 0, weight: 1),
            OracleQuote(source: 2, price: Price(ticks: 600_300), time: 0, weight: 3),
        ]
        #expect(IndexPrice(quotes: quotes, now: 0).price == Price(ticks: 600_300))
        let lighter = quotes.map { OracleQuote(source: $0.source, price: $0.price, time: 0) }
        #expect(IndexPrice(quotes: lighter, now: 0).price == Price(ticks: 600_100))
    }

    // MARK: - MarkPrice (§1.2 "Binance mark", "BitMEX fair price"; TV-15)

    /// Index 60,000; last funding rate 0.01%; 4 h of 8 h to funding → Price1 60,003; moving basis
    /// +12 → Price2 60,012; last 60,050 → mark = median(60,003, 60,012, 60,050) = 60,012.
    @Test func markReproducesBinancesWorkedExample() {
        let mark = MarkPrice(
            index: Price(ticks: Self.sixtyThousand), fundingRate: Rate(units: 10_000), timeToFunding: 4 * .hour,
            fundingInterval: 8 * .hour, averageBasis: 120, lastTrade: Price(ticks: 600_500))
        #expect(mark.fundingBasisPrice == Price(ticks: 600_030))
        #expect(mark.movingBasisPrice == Price(ticks: 600_120))
        #expect(mark.lastTrade == Price(ticks: 600_500))
        #expect(mark.price == Price(ticks: 600_120))
    }

    /// BitMEX fair price (§1.2): with only the funding basis, mark = 60,000 × (1 + 0.0001 × 0.5) = 60,003.
    @Test func withOnlyTheFundingBasisTheMarkIsBitmexsFairPrice() {
        let mark = MarkPrice(
            index: Price(ticks: Self.sixtyThousand), fundingRate: Rate(units: 10_000), timeToFunding: 4 * .hour,
            fundingInterval: 8 * .hour, averageBasis: nil, lastTrade: nil)
        #expect(mark.movingBasisPrice == nil && mark.lastTrade == nil)
        #expect(mark.price == Price(ticks: 600_030))
    }

    /// Of two components the lower is taken (MarkPrice's documented rule).
    @Test func twoComponentsGiveTheLowerOne() {
        let withLast = MarkPrice(
            index: Price(ticks: Self.sixtyThousand), fundingRate: .zero, timeToFunding: 4 * .hour,
            fundingInterval: 8 * .hour, averageBasis: nil, lastTrade: Price(ticks: 600_500))
        #expect(withLast.price == Price(ticks: 600_000))
        let withBasis = MarkPrice(
            index: Price(ticks: Self.sixtyThousand), fundingRate: .zero, timeToFunding: 4 * .hour,
            fundingInterval: 8 * .hour, averageBasis: -70, lastTrade: nil)
        #expect(withBasis.price == Price(ticks: 599_930))
    }

    /// A funding basis that is not a whole tick is truncated toward zero: 60,000.1 × −0.01% × ½ =
    /// −3.000005 USD = −30.00005 ticks → −30.
    @Test func theFundingBasisTruncatesTowardZero() {
        let mark = MarkPrice(
            index: Price(ticks: 600_001), fundingRate: Rate(units: -10_000), timeToFunding: 4 * .hour,
            fundingInterval: 8 * .hour, averageBasis: nil, lastTrade: nil)
        #expect(mark.fundingBasisPrice == Price(ticks: 599_971))
    }

    // MARK: - FundingRate (§2.2; TV-13, TV-14)

    /// BTC-PERP's first-tier maintenance rate, 0.4%: the exchange's funding cap.
    private static let btcCap = Rate(units: 400_000)

    @Test func binancePremiumInsideTheBandGivesTheInterestRate() {
        // P = 0.03%, I = 0.01% → I − P = −0.02%, inside ±0.05% → F = 0.01%.
        #expect(FundingRate.rate(averagePremium: Rate(units: 30_000), cap: Self.btcCap) == Rate(units: 10_000))
    }

    @Test func binancePremiumOutsideTheBandIsClamped() {
        // TV-13: P = 0.08% → I − P = −0.07% → clamp −0.05% → F = 0.03%.
        #expect(FundingRate.rate(averagePremium: Rate(units: 80_000), cap: Self.btcCap) == Rate(units: 30_000))
    }

    @Test func binanceNegativePremiumAtTheBandEdge() {
        // P = −0.04% → I − P = +0.05% (exactly the clamp) → F = 0.01%.
        #expect(FundingRate.rate(averagePremium: Rate(units: -40_000), cap: Self.btcCap) == Rate(units: 10_000))
        // One step further: P = −0.05% → I − P = 0.06% → clamp 0.05% → F = 0.00%.
        #expect(FundingRate.rate(averagePremium: Rate(units: -50_000), cap: Self.btcCap) == .zero)
    }

    @Test func binanceCapAtTheMaintenanceRate() {
        // P = 3%, I = 0.01% → F = 2.95%; contract MMR 2.5% → capped F = 2.5%; and symmetrically below.
        let cap = Rate(units: 2_500_000)
        #expect(FundingRate.rate(averagePremium: Rate(units: 3_000_000), cap: cap) == cap)
        #expect(FundingRate.rate(averagePremium: Rate(units: -3_000_000), cap: cap) == Rate(units: -2_500_000))
    }

    /// TV-14, Hyperliquid: impact bid 10,100, impact ask 10,110, oracle 10,000 → P = 1%; F = 0.95% per
    /// 8 h; hourly 0.11875%; 10 BTC long pays 10 × 10,000 × 0.0011875 = 118.75 USDC an hour.
    @Test func hyperliquidExampleFromImpactPrices() throws {
        let premium = try #require(
            FundingRate.premium(
                impactBid: Price(ticks: 101_000), impactAsk: Price(ticks: 101_100), index: Price(ticks: 100_000)))
        #expect(premium == Rate(units: 1_000_000))
        let rate = FundingRate.rate(averagePremium: premium, cap: Rate(units: 4_000_000))
        #expect(rate == Rate(units: 950_000))
        let hourly = Rate(units: rate.units / 8)
        #expect(hourly == Rate(units: 118_750))
        // 10 BTC × 10,000 USDC = 100,000 USDC notional, in micro-USDC.
        #expect(hourly.of(Money(units: 100_000_000_000), rounding: .up) == Money(units: 118_750_000))
    }

    /// BitMEX perpetual guide (§2.2): no premium, interest (1% − 0.25%) ÷ 3 = 0.25% per 8 h; long
    /// 15,000 XBTUSD at 750 is worth 20 XBT and pays 0.05 XBT.
    @Test func bitmexFundingWithoutPremiumChargesTheInterest() {
        let rate = FundingRate.rate(averagePremium: .zero, interest: Rate(units: 250_000), cap: Rate(units: 1_000_000))
        // The ±0.05% clamp bounds (I − P): with P = 0 the rate is the clamp edge unless I is within it.
        #expect(rate == Rate(units: 50_000))
        let bitmex = Instrument.btcUsdInverse
        let value = bitmex.notional(of: 15_000, at: Price(ticks: 1_500))
        // Each contract's value (1 ÷ 750 BTC) is rounded down to 10⁻¹² BTC: within a satoshi of 20 BTC.
        let satoshi = Asset.btc.unitsPerWhole / 100_000_000
        #expect(abs(value.units - 20 * Asset.btc.unitsPerWhole) < satoshi)
        let payment = Rate(units: 250_000).of(value, rounding: .up)
        #expect(abs(payment.units - Asset.btc.unitsPerWhole / 20) < satoshi)
    }

    @Test func premiumSignsAndMissingSides() {
        let index = Price(ticks: 100_000)
        // Index between the impact prices: no premium.
        #expect(
            FundingRate.premium(impactBid: Price(ticks: 99_990), impactAsk: Price(ticks: 100_010), index: index)
                == .zero)
        // Impact ask below the index: a discount, −(10,000 − 9,950) / 10,000 = −0.5%.
        #expect(
            FundingRate.premium(impactBid: Price(ticks: 99_400), impactAsk: Price(ticks: 99_500), index: index)
                == Rate(units: -500_000))
        // 1 tick over 60,000 USD: 1 / 600,000 = 0.000166…% → 166 units, truncated toward zero.
        #expect(
            FundingRate.premium(
                impactBid: Price(ticks: 600_001), impactAsk: Price(ticks: 600_002), index: Price(ticks: 600_000))
                == Rate(units: 166))
        #expect(FundingRate.premium(impactBid: nil, impactAsk: Price(ticks: 1), index: index) == nil)
        #expect(FundingRate.premium(impactBid: Price(ticks: 1), impactAsk: nil, index: index) == nil)
    }

    // MARK: - Impact price (§2.1: average fill price of a market order of the impact notional)

    private func book(_ levels: [(Side, Int64, Int64)]) -> OrderBook {
        var book = OrderBook()
        var events: [BookEvent] = []
        for (number, (side, ticks, lots)) in levels.enumerated() {
            book.submit(
                .limit(
                    OrderID(Int64(number + 1)), account: AccountID(1), side: side, price: Price(ticks: ticks),
                    quantity: Quantity(lots: lots)),
                events: &events)
        }
        return book
    }

    /// BTC-PERP, a tick-lot is 100 micro-USDC. Asks: 1 lot at 60,000.0, 2 at 60,000.1. 150 USDC takes
    /// 60 USDC from the first level, then ⌈90 / 60.0001⌉ = 2 lots: 180.0002 USDC for 3 lots, an average
    /// of 60,000.0667, rounded up (away from the book's middle) to 60,000.1.
    @Test func linearImpactAskAndBid() {
        let instrument = Instrument.btcPerp
        let asks = book([(.sell, 600_000, 1), (.sell, 600_001, 2)])
        #expect(
            asks.impactPrice(of: .sell, notional: Money(units: 150_000_000), on: instrument) == Price(ticks: 600_001))
        // 60 USDC: exactly the first level, one lot at 60,000.0.
        #expect(
            asks.impactPrice(of: .sell, notional: Money(units: 60_000_000), on: instrument) == Price(ticks: 600_000))
        // The whole side is 180.0002 USDC: exactly that still fills, one unit more is too thin.
        #expect(
            asks.impactPrice(of: .sell, notional: Money(units: 180_000_200), on: instrument) == Price(ticks: 600_001))
        #expect(asks.impactPrice(of: .sell, notional: Money(units: 180_000_201), on: instrument) == nil)
        #expect(asks.impactPrice(of: .buy, notional: Money(units: 1), on: instrument) == nil)

        // Bids: 1 lot at 60,000.1, 2 at 60,000.0; 150 USDC → 180.0001 USDC for 3 lots = 60,000.0333,
        // rounded down to 60,000.0.
        let bids = book([(.buy, 600_001, 1), (.buy, 600_000, 2)])
        #expect(
            bids.impactPrice(of: .buy, notional: Money(units: 150_000_000), on: instrument) == Price(ticks: 600_000))
        #expect(bids.impactPrice(of: .buy, notional: Money(units: 60_000_100), on: instrument) == Price(ticks: 600_001))
        #expect(bids.impactPrice(of: .buy, notional: Money(units: 500_000_000), on: instrument) == nil)
    }

    /// BTC-USD-INV (1 USD contracts, tick 0.5 USD, BTC in 10⁻¹²): a contract at 20,000 USD is worth
    /// 0.00005 BTC, at 20,010 USD ⌊10¹²/20,010⌋ = 49,975,012 units. Asks 100 contracts at 20,000 and
    /// 100 at 20,010; an impact notional of 0.0075 BTC takes 100 + ⌈2.5·10⁹ / 49,975,012⌉ = 151
    /// contracts worth 7,548,725,612 units: harmonic average 20,003.376…, rounded up to 20,003.5.
    @Test func inverseImpactPricesAreHarmonicAverages() {
        let instrument = Instrument.btcUsdInverse
        let notional = Money(units: 7_500_000_000)
        let asks = book([(.sell, 40_000, 100), (.sell, 40_020, 100)])
        #expect(asks.impactPrice(of: .sell, notional: notional, on: instrument) == Price(ticks: 40_007))
        // Bids 100 at 20,010 then 100 at 20,000: 151 contracts worth 7,547,501,200 units, 20,006.62…,
        // rounded down to 20,006.5.
        let bids = book([(.buy, 40_020, 100), (.buy, 40_000, 100)])
        #expect(bids.impactPrice(of: .buy, notional: notional, on: instrument) == Price(ticks: 40_013))
        // The whole ask side is worth 9,997,501,200 units.
        #expect(asks.impactPrice(of: .sell, notional: Money(units: 10_000_000_000), on: instrument) == nil)
    }
}

import Testing

@testable import CascadeCore

/// Funding through `Exchange.apply`: premium samples from the book's impact prices against the index,
/// the rate formula, payments at the mark and the funding pool. Numbers come from
/// shared/reference/exchange-mechanics.md §2 (formula, Binance fee example, Hyperliquid hourly
/// example TV-14). BTC-PERP: tick 0.1 USD, lot 0.001 BTC, impact notional 200 × 125 = 25,000 USDC
/// (Market.swift), funding capped at its first-tier maintenance rate 0.4%.
@Suite("Funding settlement")
struct FundingSettlementTests {
    typealias D = ExchangeDesk
    private let btc = ExchangeDesk.btcPerp

    /// A market at index `index`: each `(account, lots)` holds that signed position, all opened at
    /// `index` against one another; account 9 quotes 1 BTC at `bid` and `ask` (enough for the
    /// 25,000 USDC impact notional).
    private func market(
        _ positions: [(UInt32, Int64)], index: Int64, bid: Int64, ask: Int64,
        configuration: ExchangeConfiguration = ExchangeConfiguration(), instrument: InstrumentID = ExchangeDesk.btcPerp,
        quote lots: Int64 = 1_000
    ) -> ExchangeDesk {
        // The oracle quotes once; keep its quotes fresh for the whole test (in a run the world
        // quotes every few seconds, and samples taken over stale quotes are skipped).
        var configuration = configuration
        configuration.indexRules.maximumAge = 9 * .hour
        var desk = D(configuration)
        for account in positions.map(\.0) + [9] { desk.deposit(account, usdc: 1_000_000) }
        // Shorts rest at the index, longs lift them.
        for (account, size) in positions where size < 0 {
            desk.limit(account, .sell, lots: -size, ticks: index, in: instrument)
        }
        for (account, size) in positions where size > 0 { desk.market(account, .buy, lots: size, in: instrument) }
        desk.limit(9, .buy, lots: lots, ticks: bid, in: instrument)
        desk.limit(9, .sell, lots: lots, ticks: ask, in: instrument)
        desk.oracle(index, in: instrument)
        return desk
    }

    private func btcSettlement(_ events: [Event]) -> FundingSettlement? {
        D.settlements(events).first { $0.instrument == btc }
    }

    /// §2.2 "Binance fee": long 2 BTC, mark 60,000, F = 0.01% → pays 12 USDT. A book of 59,990 /
    /// 60,010 around an index of 60,000 has no premium, so F is the interest rate 0.01%.
    @Test func binanceFeeExampleLongTwoBitcoinPaysTwelve() throws {
        var desk = market([(1, 2_000), (2, -2_000)], index: 600_000, bid: 599_900, ask: 600_100)
        #expect(desk.exchange.mark(btc)?.price == Price(ticks: 600_000))
        let walletsBefore = (desk.wallet(1), desk.wallet(2))
        #expect(D.settlements(desk.run(.advanceTime(to: 8 * .hour - 1))).isEmpty)
        let events = desk.run(.advanceTime(to: 8 * .hour))
        let settlement = try #require(btcSettlement(events))
        // Samples every 5 s from 5 s through 8 h inclusive.
        #expect(
            settlement
                == FundingSettlement(
                    instrument: btc, rate: Rate(units: 10_000), chargedRate: Rate(units: 10_000), averagePremium: .zero,
                    samples: 5_760, remainder: .zero))
        #expect(D.fundingPayments(events) == [AccountID(1): D.usdc("12"), AccountID(2): D.usdc("-12")])
        #expect(desk.wallet(1) == walletsBefore.0 - D.usdc("12") && desk.wallet(2) == walletsBefore.1 + D.usdc("12"))
        #expect(desk.position(1).fundingPaid == D.usdc("12") && desk.position(2).fundingPaid == D.usdc("-12"))
        #expect(desk.exchange.fundingRate(btc) == Rate(units: 10_000))
        #expect(desk.exchange.ledgerDiscrepancy(asset: D.usdc) == .zero && desk.balances)

        // The settled rate feeds the next mark's funding basis: 8 h to go → 60,000 × (1 + 0.01%) = 60,006.
        desk.oracle(600_000)
        #expect(desk.exchange.mark(btc)?.fundingBasisPrice == Price(ticks: 600_060))
    }

    /// Impact bid 60,100 over an index of 60,000: P = 100 / 60,000 → 166,666 (10⁻⁸, truncated);
    /// F = P + clamp(0.01% − P, ±0.05%) = 0.116666%. Payers round up, receivers down, and the
    /// remainder lands in the funding pool.
    @Test func premiumAboveTheIndexMakesLongsPayWithRoundingToThePool() throws {
        var desk = market([(1, 7), (3, 4), (2, -11)], index: 600_000, bid: 601_000, ask: 601_100)
        // Mark = median(60,000 funding basis, 60,105 moving basis, 60,000 last) = 60,000.
        #expect(desk.exchange.mark(btc)?.price == Price(ticks: 600_000))
        let premium = try #require(
            FundingRate.premium(
                impactBid: Price(ticks: 601_000), impactAsk: Price(ticks: 601_100), index: Price(ticks: 600_000)))
        #expect(premium == Rate(units: 166_666))
        let rate = FundingRate.rate(averagePremium: premium, cap: Rate(units: 400_000))
        #expect(rate == Rate(units: 116_666))

        let events = desk.run(.advanceTime(to: 8 * .hour))
        let settlement = try #require(btcSettlement(events))
        #expect(settlement.averagePremium == premium && settlement.rate == rate && settlement.chargedRate == rate)
        // 0.007 BTC × 60,000 = 420 USDC × 0.116666% = 0.4899972 → pays 0.489998;
        // 0.004 BTC: 240 × 0.116666% = 0.2799984 → pays 0.279999;
        // 0.011 BTC: 660 × 0.116666% = 0.7699956 → receives 0.769995.
        let payments = D.fundingPayments(events)
        #expect(
            payments == [
                AccountID(1): D.usdc("0.489998"), AccountID(3): D.usdc("0.279999"), AccountID(2): D.usdc("-0.769995"),
            ])
        #expect(settlement.remainder == Money(units: 2))
        #expect(payments.values.reduce(.zero, +) == settlement.remainder)
        #expect(desk.exchange.ledgers[D.usdc].fundingPool == Money(units: 2))
        #expect(desk.exchange.ledgerDiscrepancy(asset: D.usdc) == .zero && desk.balances)
    }

    /// A negative rate makes the shorts pay, and they too round up in magnitude. Two shorts of 1 lot
    /// (60 USDC × 0.116666% = 0.0699996 each) pay 0.070000 each; the 2-lot long receives
    /// ⌊0.1399992⌋ = 0.139999; the pool keeps +0.000001. (Regression: before commit 778a90b the payers'
    /// amount was `charged.of(notional, rounding: .up).magnitude`, which rounds a negative product
    /// toward zero: 0.069999 each, and a pool of −0.000001.)
    @Test func aNegativeRateMakesShortsPayRoundedUp() throws {
        // Impact ask 59,900 under the index: P = −166,666 → F = −116,666.
        var desk = market([(1, -1), (3, -1), (2, 2)], index: 600_000, bid: 598_900, ask: 599_000)
        #expect(desk.exchange.mark(btc)?.price == Price(ticks: 600_000))
        let events = desk.run(.advanceTime(to: 8 * .hour))
        let settlement = try #require(btcSettlement(events))
        #expect(settlement.rate == Rate(units: -116_666))
        let payments = D.fundingPayments(events)
        #expect(payments[AccountID(2)] == D.usdc("-0.139999"))
        #expect(payments[AccountID(1)] == D.usdc("0.07"), "a paying short's amount must round up")
        #expect(payments[AccountID(3)] == D.usdc("0.07"), "a paying short's amount must round up")
        #expect(settlement.remainder == Money(units: 1))
        #expect(
            desk.exchange.ledgers[D.usdc].fundingPool == Money(units: 1), "funding rounding must never create money")
        #expect(desk.exchange.ledgerDiscrepancy(asset: D.usdc) == .zero && desk.balances)
    }

    /// Funding is capped at BTC-PERP's first-tier maintenance rate (0.4%): P = 1% → F = 0.95% → 0.4%.
    @Test func theRateIsCappedAtTheFirstTiersMaintenanceRate() throws {
        var desk = market([(1, 1_000), (2, -1_000)], index: 600_000, bid: 606_000, ask: 606_100)
        let events = desk.run(.advanceTime(to: 8 * .hour))
        let settlement = try #require(btcSettlement(events))
        #expect(settlement.averagePremium == Rate(units: 1_000_000))
        #expect(settlement.rate == Rate(units: 400_000))
        // 1 BTC × 60,000 × 0.4% = 240 USDC.
        #expect(D.fundingPayments(events) == [AccountID(1): D.usdc("240"), AccountID(2): D.usdc("-240")])
    }

    /// Hourly settlement (Hyperliquid, §2.1): each hour charges 1/8 of the 8-hour rate, so eight
    /// hours of 0.00125% add up to the 12 USDC of the 8-hour example.
    @Test func hourlySettlementChargesAnEighthEachHour() throws {
        var configuration = ExchangeConfiguration()
        configuration.funding.settlement = .hour
        var desk = market(
            [(1, 2_000), (2, -2_000)], index: 600_000, bid: 599_900, ask: 600_100, configuration: configuration)
        let first = desk.run(.advanceTime(to: .hour))
        let settlement = try #require(btcSettlement(first))
        #expect(settlement.rate == Rate(units: 10_000) && settlement.chargedRate == Rate(units: 1_250))
        #expect(settlement.samples == 720)
        #expect(D.fundingPayments(first) == [AccountID(1): D.usdc("1.5"), AccountID(2): D.usdc("-1.5")])
        let rest = desk.run(.advanceTime(to: 8 * .hour))
        #expect(D.settlements(rest).filter { $0.instrument == btc }.count == 7)
        #expect(desk.position(1).fundingPaid == D.usdc("12") && desk.position(2).fundingPaid == D.usdc("-12"))
        #expect(desk.exchange.ledgerDiscrepancy(asset: D.usdc) == .zero && desk.balances)
    }

    /// TV-14 through the exchange: impact bid 10,100, impact ask 10,110, index 10,000 → F = 0.95% per
    /// 8 h, 0.11875% an hour; 10 BTC long at a mark of 10,000 pays 118.75 USDC an hour. The
    /// instrument's first tier allows 20x (impact notional 4,000 USDC) and caps funding at 5%.
    @Test func hyperliquidHourlyExampleThroughTheExchange() throws {
        var configuration = ExchangeConfiguration()
        configuration.funding.settlement = .hour
        configuration.instruments = [
            Instrument(
                symbol: "HL-BTC", kind: .linear, settlementAsset: .usdc, tickSize: DecimalStep(units: 1, scale: 1)!,
                lotSize: DecimalStep(units: 1, scale: 3)!, makerFee: .zero, takerFee: .zero,
                tiers: .flat(rate: Rate(units: 5_000_000), maxLeverage: 20))
        ]
        var desk = market(
            [(1, 10_000), (2, -10_000)], index: 100_000, bid: 101_000, ask: 101_100, configuration: configuration)
        #expect(desk.exchange.mark(btc)?.price == Price(ticks: 100_000))
        let events = desk.run(.advanceTime(to: .hour))
        let settlement = try #require(btcSettlement(events))
        #expect(settlement.averagePremium == Rate(units: 1_000_000))
        #expect(settlement.rate == Rate(units: 950_000) && settlement.chargedRate == Rate(units: 118_750))
        #expect(D.fundingPayments(events) == [AccountID(1): D.usdc("118.75"), AccountID(2): D.usdc("-118.75")])
        #expect(desk.exchange.ledgerDiscrepancy(asset: D.usdc) == .zero && desk.balances)
    }

    /// Samples are skipped while a side cannot fill the impact notional; a period without any
    /// sample pays no funding at all.
    @Test func aThinBookIsNotSampled() throws {
        // 0.1 BTC a side = 6,000 USDC, less than the 25,000 USDC impact notional.
        var desk = market([(1, 1_000), (2, -1_000)], index: 600_000, bid: 606_000, ask: 606_100, quote: 100)
        let events = desk.run(.advanceTime(to: 8 * .hour))
        let settlement = try #require(btcSettlement(events))
        #expect(settlement.samples == 0 && settlement.averagePremium == .zero)
        #expect(settlement.rate == .zero)
        #expect(D.fundingPayments(events).isEmpty)
    }

    /// Quotes older than the index's maximum age are stale: samples taken over them are skipped.
    @Test func staleOracleQuotesStopTheSampling() throws {
        var desk = D()
        desk.deposit(9, usdc: 1_000_000)
        desk.limit(9, .buy, lots: 1_000, ticks: 599_900, in: btc)
        desk.limit(9, .sell, lots: 1_000, ticks: 600_100, in: btc)
        desk.oracle(600_000, in: btc)
        let settlement = try #require(btcSettlement(desk.run(.advanceTime(to: 8 * .hour))))
        // Fresh for 10 s after the quote at t = 0: the samples at 5 s and 10 s.
        #expect(settlement.samples == 2)
    }
}

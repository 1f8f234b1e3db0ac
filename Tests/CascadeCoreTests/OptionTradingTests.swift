import Testing

@testable import CascadeCore

/// Option orders, fees and standard margin, and settlement at expiry, worked by hand: BTC at 65,000
/// (650,000 ticks of 0.1), one contract = 1 BTC = 100 lots, premium 1,000 USDC = 10,000 ticks.
struct OptionTradingTests {
    static let call = "BTC-7DEC26-65000-C"

    static func listedDesk() throws -> (ExchangeDesk, InstrumentID) {
        var desk = OptionListingTests.desk()
        desk.oracle(650_000)
        return (desk, try #require(desk.exchange.instrumentID(call)))
    }

    @Test func shortCallsAndPutsHoldDeribitsStandardMargin() throws {
        let (desk, call) = try Self.listedDesk()
        let instrument = desk.exchange.instrument(call)
        let spot = Price(ticks: 650_000)
        // Short 1 ATM call marked 1,000: IM = max(15% × 65,000 − 0, 10% × 65,000) + 1,000; MM = 7.5% × 65,000 + 1,000.
        let atm = instrument.optionMargin(of: -100, mark: Price(ticks: 10_000), underlying: spot)
        #expect(atm.initial == ExchangeDesk.usdc("10750") && atm.maintenance == ExchangeDesk.usdc("5875"))
        // Half a contract long: its value, and no maintenance.
        let long = instrument.optionMargin(of: 50, mark: Price(ticks: 10_000), underlying: spot)
        #expect(long.initial == ExchangeDesk.usdc("500") && long.maintenance == .zero)
        var put = instrument
        put.option = OptionTerms(
            underlying: ExchangeDesk.btcPerp, right: .put, strike: Price(ticks: 600_000), expiry: 0, feeCap: .zero)
        // 5,000 out of the money, marked 300: IM = max(9,750 − 5,000, 6,500) + 300; MM = max(4,875, 22.5) + 300.
        let otm = put.optionMargin(of: -100, mark: Price(ticks: 3_000), underlying: spot)
        #expect(otm.initial == ExchangeDesk.usdc("6800") && otm.maintenance == ExchangeDesk.usdc("5175"))
        // Deep in the money (K 40,000, S 10,000, mark 30,000): 7.5% of the mark outgrows 15% of S, and IM ≥ MM.
        put.option?.strike = Price(ticks: 400_000)
        let deep = put.optionMargin(of: -100, mark: Price(ticks: 300_000), underlying: Price(ticks: 100_000))
        #expect(deep.maintenance == ExchangeDesk.usdc("32250") && deep.initial == deep.maintenance)
    }

    @Test func buyersPayThePremiumAndWritersHoldMarginAndTheFeeIsCapped() throws {
        var (desk, call) = try Self.listedDesk()
        desk.deposit(1, usdc: 40_000)
        desk.deposit(2, usdc: 2_000)
        desk.limit(1, .sell, lots: 100, ticks: 10_000, in: call)
        let writer = desk.exchange.crossMargin(of: AccountID(1), asset: ExchangeDesk.usdc)
        // 10,750 of short margin plus the taker fee: 0.03% × 65,000 = 19.5, under the 12.5% × 1,000 cap.
        #expect(writer.usedInitialMargin == ExchangeDesk.usdc("10769.5"))
        let fills = ExchangeDesk.fills(desk.market(2, .buy, lots: 100, in: call))
        #expect(fills.map(\.fee) == [ExchangeDesk.usdc("19.5"), ExchangeDesk.usdc("19.5")])
        // Positions are valued at the model mark (Black-76 at the initial 60% before any smile), not the trade.
        let mark = try #require(desk.exchange.optionMark(call)).price
        let value = desk.exchange.instrument(call).notional(of: 100, at: mark)
        let buyer = desk.exchange.crossMargin(of: AccountID(2), asset: ExchangeDesk.usdc)
        #expect(buyer.usedInitialMargin == value && buyer.maintenanceMargin == .zero)
        #expect(buyer.available == ExchangeDesk.usdc("980.5"), "the premium is spent, not lent back")
        let after = desk.exchange.crossMargin(of: AccountID(1), asset: ExchangeDesk.usdc)
        #expect(after.usedInitialMargin == ExchangeDesk.usdc("9750") + value)
        #expect(after.maintenanceMargin == ExchangeDesk.usdc("4875") + value)
        // A second contract needs 1,019.5 the buyer does not have.
        let refused = desk.limit(2, .buy, lots: 100, ticks: 10_000, in: call)
        #expect(
            refused.contains {
                if case .orderRejected(_, _, .insufficientMargin(let required, _), _) = $0 {
                    required == ExchangeDesk.usdc("1019.5")
                } else {
                    false
                }
            })
        // A cheap option's fee is capped at 12.5% of its premium: 0.03% × 65,000 = 19.5 > 12.5% × 100 = 12.5.
        desk.limit(1, .sell, lots: 100, ticks: 1_000, in: call)
        let cheap = ExchangeDesk.fills(desk.market(2, .buy, lots: 100, in: call))
        #expect(cheap.map(\.fee) == [ExchangeDesk.usdc("12.5"), ExchangeDesk.usdc("12.5")])
        #expect(desk.balances)
        #expect(desk.run(.setLeverage(AccountID(2), call, 5)) == [.rejected(AccountID(2), .notForOptions)])
    }

    @Test func marksAreBlack76AtTheSmileOrTheInitialVolatility() throws {
        var (desk, call) = try Self.listedDesk()
        // No books yet: 60% for every strike, on the index as forward, eight hours out.
        let years = Double(8 * SimTime.hour) / Double(365 * 24 * SimTime.hour)
        let model = EuropeanOption(.call, strike: 65_000, years: years).greeks(
            forward: 65_000, rate: 0, volatility: 0.6)
        let mark = try #require(desk.exchange.optionMark(call))
        #expect(mark.volatility == 0.6 && mark.price == Price(ticks: Int64((model.price * 10).rounded())))
        #expect(abs(mark.greeks.delta - model.delta) < 1e-12)
        // Quotes on five out-of-the-money strikes at 80% give a smile, and the marks follow it.
        desk.deposit(9, usdc: 1_000_000)
        desk.deposit(8, usdc: 1_000_000)
        for strike in [63_000.0, 64_000, 65_000, 66_000, 67_000] {
            let right: OptionRight = strike >= 65_000 ? .call : .put
            let name = "BTC-7DEC26-\(Int(strike))-\(right.letter)"
            let id = try #require(desk.exchange.instrumentID(name))
            let fair = EuropeanOption(right, strike: strike, years: years).greeks(
                forward: 65_000, rate: 0, volatility: 0.8)
            let ticks = Int64((fair.price * 10).rounded())
            desk.limit(9, .buy, lots: 1, ticks: ticks - 5, in: id)
            desk.limit(8, .sell, lots: 1, ticks: ticks + 5, in: id)
        }
        desk.run(.advanceTime(to: Exchange.smileInterval))
        desk.oracle(650_000)
        let fitted = try #require(desk.exchange.optionMark(call))
        #expect(abs(fitted.volatility - 0.8) < 0.02, "the smile through 80% quotes marks the ATM call near 80%")
        #expect(desk.exchange.optionExpiries(on: ExchangeDesk.btcPerp).first?.smile != nil)
    }

    @Test func expirySettlesAtTheThirtyMinuteAverageThroughTheLedger() throws {
        var (desk, call) = try Self.listedDesk()
        desk.deposit(1, usdc: 20_000)
        desk.deposit(2, usdc: 2_000)
        desk.limit(1, .sell, lots: 100, ticks: 10_000, in: call)
        desk.market(2, .buy, lots: 100, in: call)
        desk.limit(1, .sell, lots: 10, ticks: 12_000, in: call)
        desk.run(.advanceTime(to: 7 * SimTime.hour + 30 * SimTime.minute))
        desk.oracle(660_000)
        desk.run(.advanceTime(to: 7 * SimTime.hour + 45 * SimTime.minute))
        desk.oracle(680_000)
        let events = desk.run(.advanceTime(to: 8 * SimTime.hour))
        // 900 samples at 66,000 and 900 at 68,000: 67,000, so the call is worth 2,000 a contract.
        let settled = events.compactMap { if case .optionSettled(let settlement) = $0 { settlement } else { nil } }
        #expect(settled.map(\.account) == [AccountID(1), AccountID(2)])
        #expect(settled.map(\.realizedPnL) == [ExchangeDesk.usdc("-1000"), ExchangeDesk.usdc("1000")])
        #expect(
            events.contains(.optionExpired(call, settlementIndex: Price(ticks: 670_000), value: Price(ticks: 20_000))))
        #expect(
            events.contains { if case .book(call, .cancelled, _) = $0 { true } else { false } },
            "the resting offer went")
        #expect(desk.wallet(1) == ExchangeDesk.usdc("18980.5") && desk.wallet(2) == ExchangeDesk.usdc("2980.5"))
        #expect(desk.position(2, call).isFlat && desk.openOrders(1).isEmpty)
        #expect(desk.balances)
        let late = desk.limit(2, .buy, lots: 1, ticks: 100, in: call)
        #expect(late.contains { if case .orderRejected(_, _, .expired, _) = $0 { true } else { false } })
    }
}

/// A writer whose short call loses its margin is found on the next index update and bought back
/// through the book.
struct OptionLiquidationTests {
    @Test func aShortCallPastMaintenanceIsClosedThroughTheBook() throws {
        var (desk, call) = try OptionTradingTests.listedDesk()
        desk.deposit(1, usdc: 11_000)
        desk.deposit(2, usdc: 20_000)
        desk.deposit(3, usdc: 100_000)
        desk.deposit(4, usdc: 100_000)
        desk.limit(1, .sell, lots: 100, ticks: 10_000, in: call)
        desk.market(2, .buy, lots: 100, in: call)
        #expect(desk.position(1, call).size == -100)
        // BTC jumps to 70,000 a second later: the call's mark is about its 5,000 intrinsic value, the
        // writer's equity 11,000 − 19.5 − 4,000 is below its maintenance 7.5% × 70,000 + 5,000.
        desk.limit(3, .sell, lots: 100, ticks: 55_000, in: call)
        desk.run(.advanceTime(to: SimTime.second))
        let events = desk.oracle(700_000)
        let steps = events.compactMap { if case .liquidation(let step) = $0 { step } else { nil } }
        #expect(
            steps.contains {
                if case .triggered(AccountID(1), .cross(ExchangeDesk.usdc), _, _, _) = $0 { true } else { false }
            })
        // Bought back within 10% of the 5,000 mark, at the 5,500 offer.
        let mark = try #require(desk.exchange.optionMark(call)).price
        #expect(mark == Price(ticks: 50_000))
        #expect(
            steps.contains {
                if case .bookOrder(AccountID(1), call, _, .buy, Quantity(lots: 100), Price(ticks: 55_000), mark) = $0 {
                    true
                } else {
                    false
                }
            })
        let fills = ExchangeDesk.fills(events).filter { $0.account == AccountID(1) }
        #expect(fills.map(\.price) == [Price(ticks: 55_000)])
        #expect(desk.position(1, call).isFlat)
        #expect(
            steps.contains(.finished(account: AccountID(1), scope: .cross(asset: ExchangeDesk.usdc), closedAll: true)))
        #expect(desk.balances)
        // The buyer's paid-for call is never liquidated, however its value moves.
        #expect(!steps.contains { if case .triggered(AccountID(2), _, _, _, _) = $0 { true } else { false } })
    }
}

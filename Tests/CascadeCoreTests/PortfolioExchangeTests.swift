import Testing

@testable import CascadeCore

/// Portfolio margin in the exchange: the requirement, admission after the order, and position
/// reduction. BTC at 65,000 (650,000 ticks of 0.1); one option contract = 1 BTC = 100 lots; a
/// perpetual lot is 0.001 BTC.
struct PortfolioExchangeTests {
    static let call = "BTC-7DEC26-65000-C"
    static let put = "BTC-7DEC26-65000-P"
    static let dealer: UInt32 = 9

    /// The listed desk with a dealer quoting the perpetual and the ATM call and put deep on both sides.
    static func market() throws -> (desk: ExchangeDesk, call: InstrumentID, put: InstrumentID) {
        var (desk, call) = try OptionTradingTests.listedDesk()
        let put = try #require(desk.exchange.instrumentID(Self.put))
        desk.deposit(dealer, usdc: 100_000_000)
        return (desk, call, put)
    }

    static func portfolio(_ desk: inout ExchangeDesk, _ account: UInt32) -> [Event] {
        desk.run(.setCrossMarginModel(AccountID(account), .usdc, .portfolio))
    }

    /// `account` writes one contract of `option` to the dealer at `ticks`.
    static func write(_ desk: inout ExchangeDesk, _ account: UInt32, _ option: InstrumentID, ticks: Int64) {
        desk.limit(account, .sell, lots: 100, ticks: ticks, in: option)
        desk.market(dealer, .buy, lots: 100, in: option)
    }

    /// Withdraws all the account may take out but `left`.
    static func withdrawAllBut(_ left: Money, _ desk: inout ExchangeDesk, _ account: UInt32) {
        let free = desk.exchange.withdrawable(AccountID(account), asset: ExchangeDesk.usdc)
        #expect(desk.run(.withdraw(AccountID(account), .usdc, free - left)).count == 1)
    }

    static func margin(_ desk: ExchangeDesk, _ account: UInt32) -> Exchange.CrossMargin {
        desk.exchange.crossMargin(of: AccountID(account), asset: ExchangeDesk.usdc)
    }

    @Test func theRequirementIsTheScenarioTableOnTheAccountsPositions() throws {
        var (desk, call, _) = try Self.market()
        desk.deposit(1, usdc: 40_000)
        #expect(Self.portfolio(&desk, 1) == [.crossMarginModelSet(AccountID(1), .usdc, .portfolio)])
        Self.write(&desk, 1, call, ticks: 10_000)
        let mark = try #require(desk.exchange.optionMark(call))
        let days = 8.0 / 24
        let model = PortfolioMarginModel.paradex.evaluate(
            [.option(.call, strike: 65_000, days: days, volatility: mark.volatility, size: -1)], spot: 65_000)
        let margin = Self.margin(desk, 1)
        #expect(margin.maintenanceMargin == Money(roundingUp: model.maintenanceMargin * 1e6))
        #expect(margin.usedInitialMargin == Money(roundingUp: model.initialMargin * 1e6))
        // Deribit's standard margin would hold 7.5% × 65,000 + the mark for maintenance.
        let standard = desk.exchange.instrument(call).optionMargin(
            of: -100, mark: mark.price, underlying: Price(ticks: 650_000))
        #expect(margin.maintenanceMargin < standard.maintenance)
        #expect(desk.balances)
        // Back to standard: the same figures as the standard margin.
        #expect(
            desk.run(.setCrossMarginModel(AccountID(1), .usdc, .standard))
                == [.crossMarginModelSet(AccountID(1), .usdc, .standard)])
        #expect(Self.margin(desk, 1).maintenanceMargin == standard.maintenance)
        // BTC settles an inverse perpetual the scenario table cannot value.
        #expect(
            desk.run(.setCrossMarginModel(AccountID(1), .btc, .portfolio)) == [
                .rejected(AccountID(1), .notForPortfolio)
            ])
    }

    @Test func aHedgeIsAdmittedWhereTheSameOrderUnhedgedIsNot() throws {
        var (desk, call, _) = try Self.market()
        desk.limit(Self.dealer, .sell, lots: 5_000, ticks: 650_100)
        desk.deposit(1, usdc: 40_000)
        _ = Self.portfolio(&desk, 1)
        Self.write(&desk, 1, call, ticks: 10_000)
        // Leave the writer little free margin, and give account 2 exactly as much, with nothing held.
        let fifty = ExchangeDesk.usdc("50")
        Self.withdrawAllBut(fifty, &desk, 1)
        let free = Self.margin(desk, 1).available
        #expect(free.units > 0 && free < ExchangeDesk.usdc("1000"))
        desk.run(.deposit(AccountID(2), .usdc, free))
        _ = Self.portfolio(&desk, 2)
        // Buying 0.5 BTC of the perpetual hedges the short call's delta of about −0.5.
        let unhedged = desk.limit(2, .buy, lots: 500, ticks: 650_100)
        #expect(
            unhedged.contains {
                if case .orderRejected(_, _, .insufficientMargin, _) = $0 { true } else { false }
            })
        let before = Self.margin(desk, 1)
        let hedge = desk.limit(1, .buy, lots: 500, ticks: 650_100)
        #expect(ExchangeDesk.fills(hedge).filter { $0.account == AccountID(1) }.map(\.quantity.lots) == [500])
        let after = Self.margin(desk, 1)
        #expect(after.usedInitialMargin < before.usedInitialMargin)
        #expect(after.available > before.available)
        // The same writer under standard margin may not send it: the perpetual needs its own margin.
        var standard = try Self.market().desk
        standard.limit(Self.dealer, .sell, lots: 5_000, ticks: 650_100)
        standard.deposit(1, usdc: 40_000)
        Self.write(&standard, 1, call, ticks: 10_000)
        Self.withdrawAllBut(fifty, &standard, 1)
        #expect(
            standard.limit(1, .buy, lots: 500, ticks: 650_100).contains {
                if case .orderRejected(_, _, .insufficientMargin, _) = $0 { true } else { false }
            })
        #expect(desk.balances && standard.balances)
    }

    /// The dealer's quotes around the index and the option marks, renewed each second of a crash.
    static func requote(_ desk: inout ExchangeDesk, index: Int64, options: [InstrumentID]) {
        desk.run(.cancelAll(AccountID(dealer), nil))
        desk.limit(dealer, .buy, lots: 20_000, ticks: index - 100)
        desk.limit(dealer, .sell, lots: 20_000, ticks: index + 100)
        for option in options {
            guard let mark = desk.exchange.optionMark(option)?.price.ticks else { continue }
            if mark > 200 { desk.limit(dealer, .buy, lots: 1_000, ticks: mark - mark / 50, in: option) }
            desk.limit(dealer, .sell, lots: 1_000, ticks: mark + mark / 50 + 1, in: option)
        }
    }

    /// A short straddle survives a 15% fall under portfolio margin that liquidates it under standard
    /// margin; a portfolio writer with little cushion is reduced in steps, not closed out.
    @Test func portfolioAccountsAreReducedInStepsAndOutliveStandardOnes() throws {
        var (desk, call, put) = try Self.market()
        for account: UInt32 in 1...3 {
            desk.deposit(account, usdc: 30_000)
            if account != 2 { _ = Self.portfolio(&desk, account) }
            Self.write(&desk, account, call, ticks: 10_000)
            Self.write(&desk, account, put, ticks: 10_000)
            #expect(desk.position(account, call).size == -100 && desk.position(account, put).size == -100)
        }
        Self.requote(&desk, index: 650_000, options: [call, put])
        // Account 2 keeps 300 USDC above its standard initial margin, account 1 the same wallet;
        // account 3 only 100 above its portfolio initial margin.
        Self.withdrawAllBut(ExchangeDesk.usdc("300"), &desk, 2)
        desk.run(.withdraw(AccountID(1), .usdc, desk.wallet(1) - desk.wallet(2)))
        #expect(desk.wallet(1) == desk.wallet(2))
        Self.withdrawAllBut(ExchangeDesk.usdc("100"), &desk, 3)
        var events: [Event] = []
        var index: Int64 = 650_000
        for second in 1...240 {
            if second <= 20 { index = index * 99 / 100 }
            events += desk.run(.advanceTime(to: Int64(second) * SimTime.second))
            events += desk.oracle(index)
            Self.requote(&desk, index: index, options: [call, put])
        }
        let triggered = events.compactMap { event -> AccountID? in
            if case .liquidation(.triggered(let account, _, _, _, _)) = event { account } else { nil }
        }
        let steps = events.compactMap { event -> PortfolioReductionStep? in
            if case .liquidation(.reduction(let step)) = event { step } else { nil }
        }
        #expect(triggered.contains(AccountID(2)) && !triggered.contains(AccountID(1)))
        #expect(desk.position(2, put).isFlat && desk.openOrders(2).isEmpty, "closed out, orders cancelled")
        // Account 3: more than one step, each filled and each lowering maintenance; it keeps positions.
        #expect(steps.count >= 2 && steps.allSatisfy { $0.account == AccountID(3) && $0.filled == $0.quantity })
        #expect(steps.allSatisfy { $0.maintenanceAfter < $0.maintenanceBefore })
        // It buys back a quarter of its short put first (the loss that binds is spot −16%), then the call.
        #expect(steps.first?.instrument == put && steps.first?.side == .buy && steps.first?.quantity.lots == 25)
        #expect(steps.first?.spotShock == -0.16)
        #expect(!desk.position(3, put).isFlat && !desk.position(3, call).isFlat)
        let three = Self.margin(desk, 3)
        #expect(three.equity > three.maintenanceMargin)
        #expect(desk.balances)
    }
}

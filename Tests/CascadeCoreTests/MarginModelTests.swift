import Testing

@testable import CascadeCore

/// The adaptive margin models: the reference's EWMA example (shared/reference/exchange-mechanics.md
/// §11.2), the rate limit, the lead time, decreases, and a position liquidated only once an announced
/// rise takes effect.
@Suite("Margin models")
struct MarginModelTests {
    typealias D = ExchangeDesk

    /// A model of BTC-PERP's tiers with `configure` applied.
    static func model(
        _ kind: MarginModelKind = .ewma, _ configure: (inout MarginModelParameters) -> Void = { _ in }
    ) -> MarginModelState {
        var parameters = MarginModelParameters(kind: kind)
        configure(&parameters)
        return MarginModelState(instrument: D.btcPerp, parameters: parameters, tiers: Instrument.btcPerp.tiers)
    }

    /// RiskMetrics EWMA, λ 0.94, from σ 2%/day over returns +1%, −2%, +1.5%, −3%, +5%, −6%: σ 2.674%;
    /// z 2.326348 at 99% and h = 1 day give MMR 6.2206% and IMR 12.4412% (max leverage 8.04x, so tier
    /// 1's 125x becomes 8x).
    @Test func theReferenceEWMAExample() {
        var state = Self.model {
            $0.lambda = 0.94
            $0.sampleEvery = 24 * .hour
            $0.horizon = 24 * .hour
            $0.startVolatility = 0.02
            $0.floor = Rate(units: 500_000)
        }
        #expect(abs(state.estimator.volatility - 0.02) < 1e-12)
        for move in [0.01, -0.02, 0.015, -0.03, 0.05, -0.06] { state.estimator.observe(move) }
        #expect(abs(state.estimator.volatility - 0.026_739_794) < 1e-9)
        #expect(abs(state.z - 2.326_348) < 1e-6)
        let maintenance = state.target(addOn: 0)
        #expect(maintenance.percent(places: 4) == "6.2206%")
        #expect((maintenance + maintenance).percent(places: 4) == "12.4412%")
        let tiers = Instrument.btcPerp.tiers.scaled(firstRate: maintenance)
        #expect(tiers.tiers[0].maintenanceRate == maintenance)
        #expect(tiers.tiers[0].maxLeverage == 8)
    }

    /// GARCH(1,1) with variance targeting: ω = (1 − α − β) σ²₀, so a zero return moves the variance
    /// toward σ²₀ and a shock raises it by α r².
    @Test func garchFollowsBollerslevsRecursion() {
        var state = Self.model(.garch) {
            $0.startVolatility = 0.02
            $0.sampleEvery = 24 * .hour
            $0.horizon = 24 * .hour
        }
        let start = 0.02 * 0.02
        state.estimator.observe(0.05)
        let shocked = (1 - 0.08 - 0.90) * start + 0.08 * 0.05 * 0.05 + 0.90 * start
        #expect(abs(state.estimator.variance - shocked) < 1e-15)
        state.estimator.observe(0)
        #expect(abs(state.estimator.variance - ((1 - 0.08 - 0.90) * start + 0.90 * shocked)) < 1e-15)
        #expect(state.target(addOn: 0) > Rate(units: 400_000))
    }

    @Test func theQuantileInvertsTheNormal() {
        #expect(abs(NormalDistribution.quantile(0.99) - 2.326_347_874_040_841) < 1e-12)
        #expect(abs(NormalDistribution.quantile(0.5)) < 1e-12)
        #expect(abs(NormalDistribution.quantile(0.975) - 1.959_963_984_540_054) < 1e-12)
    }

    /// A calm start is exactly the floor: the static tiers, unchanged.
    @Test func withoutAStartTheModelStartsAtTheFloor() {
        let state = Self.model()
        #expect(state.inForce == Rate(units: 400_000))
        #expect(state.target(addOn: 0) == Rate(units: 400_000))
        #expect(state.tiers == Instrument.btcPerp.tiers)
    }

    /// With no lead time, each review may raise the rate by at most 50% of the rate in force:
    /// 0.4% → 0.6% → 0.9% → 1.35%, however high the target.
    @Test func aRiseIsLimitedPerReview() {
        var state = Self.model {
            $0.leadTime = 0
            $0.startVolatility = 5
        }
        var rates: [Int64] = []
        for review in 1...3 {
            let change = state.review(at: SimTime(review) * .minute, addOn: 0)
            #expect(change?.phase == .effective)
            rates.append(change?.newRate.units ?? 0)
        }
        #expect(rates == [600_000, 900_000, 1_350_000])
        #expect(state.changes == 3 && state.highest == Rate(units: 1_350_000))
    }

    /// The anti-procyclical buffer, driven through the predictive add-on from a target at the floor
    /// (0.40%): built to 0.50% in calm; a rise of the target to 0.48% is absorbed where the unbuffered
    /// model moves; a target of 0.60% uses the buffer up and the rate follows the target alone; held
    /// there, the buffer is rebuilt (0.75%); and when the target falls back the rate falls to the
    /// buffered 0.50%, not to the floor.
    @Test(arguments: [(0, [nil, 480_000, 600_000, nil, 400_000]), (25, [500_000, nil, 600_000, 750_000, 500_000])])
    func aBufferIsBuiltInCalmAndUsedUpFirstWhenTheTargetRises(buffer: Int, expected: [Int?]) {
        var state = Self.model(.predictive) {
            $0.leadTime = 0
            $0.startVolatility = 0.0001
            $0.buffer = Rate(units: Int64(buffer) * 1_000_000)
        }
        #expect(state.target(addOn: 0) == Rate(units: 400_000), "the target starts at the floor")
        var rates: [Int?] = []
        for (review, addOn) in [0, 0.2, 0.5, 0.5, 0].enumerated() {
            rates.append(state.review(at: SimTime(review + 1) * .minute, addOn: addOn).map { Int($0.newRate.units) })
        }
        #expect(rates == expected)
    }

    /// A rise is announced with its effective time, leaves the rate in force alone until then, and
    /// blocks further decisions while it waits.
    @Test func aRiseTakesEffectAfterItsLeadTime() {
        var state = Self.model {
            $0.leadTime = 2 * .minute
            $0.startVolatility = 5
        }
        let announced = state.review(at: .minute, addOn: 0)
        #expect(announced?.phase == .announced)
        #expect(announced?.oldRate == Rate(units: 400_000) && announced?.newRate == Rate(units: 600_000))
        #expect(announced?.announced == .minute && announced?.effective == 3 * .minute)
        #expect(state.inForce == Rate(units: 400_000))
        #expect(state.review(at: 2 * .minute, addOn: 0) == nil)
        #expect(state.takeDue(at: 3 * .minute - 1) == nil)
        let effective = state.takeDue(at: 3 * .minute)
        #expect(effective?.phase == .effective && effective?.effective == 3 * .minute)
        #expect(state.inForce == Rate(units: 600_000) && state.pending == nil)
    }

    /// When the estimate falls back, the decrease applies at once, down to the target (never below
    /// the floor); a change inside the deadband is not made.
    @Test func aDecreaseAppliesAtOnce() {
        var state = Self.model {
            $0.leadTime = 0
            $0.startVolatility = 0.2
            $0.lambda = 0.5
        }
        _ = state.review(at: .minute, addOn: 0)
        #expect(state.inForce > Rate(units: 400_000))
        for _ in 0..<200 { state.sample(6_400_000) }
        let change = state.review(at: 2 * .minute, addOn: 0)
        #expect(change?.phase == .effective && change?.announced == change?.effective)
        #expect(state.inForce == Rate(units: 400_000))
        #expect(state.review(at: 3 * .minute, addOn: 0) == nil)
    }

    /// The predictive add-on multiplies the volatility rate: full concentration (weight 1) doubles it.
    @Test func thePredictiveAddOnScalesTheTarget() {
        let state = Self.model(.predictive)
        let fragility = MarginFragility(
            nearLiquidation: Money(units: 1_000), openInterest: Money(units: 1_000), capacity: Money(units: 1_000_000),
            depth: Money(units: 1_000_000_000), band: Rate(units: 3_000_000))
        #expect(fragility.concentration == 1 && fragility.capacityShortfall == 0)
        #expect(abs(fragility.addOn(state.parameters) - (1 + 0.5 * 1e-6)) < 1e-12)
        #expect(state.target(addOn: 1) == Rate(units: 800_000))
        #expect(MarginFragility.none.addOn(state.parameters) == 0)
    }

    /// An exchange whose EWMA model, started at 200% volatility a day and hardly decaying, doubles
    /// the requirement at each review it may: a review every 5 s, each rise announced 30 s ahead.
    static func doublingEveryThirtySeconds() -> ExchangeConfiguration {
        var configuration = ExchangeConfiguration()
        var parameters = MarginModelParameters(kind: .ewma)
        parameters.startVolatility = 2
        parameters.lambda = 0.999
        parameters.sampleEvery = .second
        parameters.reviewEvery = 5 * .second
        parameters.leadTime = 30 * .second
        parameters.maxRise = Rate(units: Rate.one)
        configuration.marginModel = parameters
        return configuration
    }

    /// An isolated 50x long (margin 2% of notional) with the price never moving: the model doubles
    /// the requirement every 30 s, each rise announced 30 s ahead; the rise to 3.2% (maintenance 192
    /// against equity of about 120) liquidates it, at that rise's effective time and not before.
    @Test func aPositionIsLiquidatedOnlyWhenTheRiseTakesEffect() {
        var configuration = Self.doublingEveryThirtySeconds()
        configuration.liquidation.backstopCapitalWholeUnits = 1_000_000
        var desk = D(configuration)
        desk.deposit(2, usdc: 100_000)
        desk.deposit(1, usdc: 10_000)
        desk.oracle(600_000)
        desk.run(.setMarginMode(AccountID(1), D.btcPerp, .isolated))
        desk.run(.setLeverage(AccountID(1), D.btcPerp, 50))
        desk.limit(2, .sell, lots: 100, ticks: 600_000)
        desk.market(1, .buy, lots: 100)
        #expect(desk.position(1).size == 100)
        var effectiveTimes: [SimTime] = []
        var announcements: [MarginRequirementChange] = []
        var liquidatedAt: SimTime?
        for second in 1...150 {
            let time = SimTime(second) * .second
            let events = desk.run(.advanceTime(to: time)) + desk.oracle(600_000)
            for event in events {
                if case .marginRequirement(let change) = event, change.instrument == D.btcPerp {
                    if change.phase == .announced { announcements.append(change) } else { effectiveTimes.append(time) }
                }
                if case .liquidation(.triggered(let account, _, _, _, _)) = event, account == AccountID(1),
                    liquidatedAt == nil
                {
                    liquidatedAt = time
                }
            }
            #expect(desk.balances)
        }
        #expect(announcements.map(\.newRate.units) == [800_000, 1_600_000, 3_200_000, 6_400_000, 12_800_000])
        #expect(announcements.map(\.effective) == [35, 65, 95, 125, 155].map { $0 * .second })
        #expect(effectiveTimes == announcements.dropLast().map(\.effective))
        #expect(liquidatedAt == 95 * .second)
        #expect(desk.exchange.marginStatus(D.btcPerp).changes == 4)
        #expect(desk.exchange.marginModel(D.btcPerp) == .ewma)
        #expect(desk.exchange.marginModel(D.ethPerp) == .ewma)
    }

    /// What the explain panel and the log promise while a rise is announced, the position's risk at
    /// the new rate (`riskAtAnnouncedRate`), is what the engine computes once it takes effect, the
    /// price not having moved: the same maintenance and liquidation price, to the unit and the tick.
    @Test func theRiskAtAnAnnouncedRateIsTheRiskOnceItTakesEffect() throws {
        let configuration = Self.doublingEveryThirtySeconds()
        var desk = D(configuration)
        desk.deposit(2, usdc: 100_000)
        desk.deposit(1, usdc: 10_000)
        desk.deposit(3, usdc: 10_000)
        desk.oracle(600_000)
        desk.run(.setLeverage(AccountID(1), D.btcPerp, 10))
        desk.limit(2, .sell, lots: 100, ticks: 600_000)
        desk.market(1, .buy, lots: 100)
        #expect(desk.exchange.riskAtAnnouncedRate(of: AccountID(1), in: D.btcPerp) == nil, "nothing announced yet")
        var promised: [SimTime: PositionRisk] = [:]
        var checked = 0
        for second in 1...90 {
            desk.run(.advanceTime(to: SimTime(second) * .second))
            desk.oracle(600_000)
            let exchange = desk.exchange
            if let pending = exchange.pendingMarginChange(D.btcPerp), promised[pending.effective] == nil {
                let risk = try #require(exchange.riskAtAnnouncedRate(of: AccountID(1), in: D.btcPerp))
                promised[pending.effective] = risk
                #expect(exchange.riskAtAnnouncedRate(of: AccountID(3), in: D.btcPerp) == nil, "a flat account")
            }
            if let promise = promised[SimTime(second) * .second] {
                let now = try #require(exchange.risk(of: AccountID(1), in: D.btcPerp))
                #expect(now.maintenanceMargin == promise.maintenanceMargin)
                #expect(now.liquidationPrice == promise.liquidationPrice)
                #expect(now.maintenanceMargin > .zero)
                checked += 1
            }
        }
        #expect(checked >= 2)
    }

    /// The status carries the model's own target and buffered target, for the explain panel: the
    /// reference's σ 2% a day over a one-day horizon at 99% is 2.326348 × 2% = 4.6527%, and a 25% buffer
    /// makes it 5.8159%. A market given `static` by symbol shows its published rate as both.
    @Test func theStatusCarriesTheModelsTarget() {
        var configuration = ExchangeConfiguration()
        var parameters = MarginModelParameters(kind: .ewma)
        parameters.sampleEvery = 24 * .hour
        parameters.horizon = 24 * .hour
        parameters.startVolatility = 0.02
        parameters.floor = Rate(units: 500_000)
        parameters.buffer = Rate(units: 25_000_000)
        configuration.marginModel = parameters
        configuration.marginModelBySymbol["ETH-PERP"] = MarginModelParameters(kind: .static)
        let exchange = D(configuration).exchange
        let status = exchange.marginStatus(D.btcPerp)
        #expect(status.target.percent(places: 4) == "4.6527%")
        #expect(status.bufferedTarget.percent(places: 4) == "5.8159%")
        let model = MarginModelState(
            instrument: D.btcPerp, parameters: parameters, tiers: Instrument.btcPerp.tiers)
        #expect(status.target == model.target(addOn: 0))
        #expect(status.bufferedTarget == model.buffered(model.target(addOn: 0)))
        let eth = exchange.marginStatus(D.ethPerp)
        #expect(eth.kind == .static && eth.target == eth.maintenanceRate && eth.bufferedTarget == eth.maintenanceRate)
    }

    /// The static model changes nothing: no events, no model state, the published tiers.
    @Test func theStaticModelIsTheDefault() {
        var desk = D()
        desk.oracle(600_000)
        let events = desk.run(.advanceTime(to: 10 * .minute))
        #expect(!events.contains { if case .marginRequirement = $0 { true } else { false } })
        let status = desk.exchange.marginStatus(D.btcPerp)
        #expect(status.kind == .static && status.maintenanceRate == Rate(units: 400_000) && status.volatility == nil)
        #expect(desk.exchange.nextMarginWork == .max)
    }
}

import Testing

@testable import CascadeCore

/// `PositionRisk`'s other figures and its derivations, on hand-computed cases. The tier re-check follows
/// Binance's liquidation FAQ ("if the tier at the liquidation price differs, recompute with that tier";
/// shared/reference/exchange-mechanics.md §3.1, §4.1).
@Suite("Position risk: figures and derivations")
struct PositionRiskFiguresTests {
    /// Two tiers: 0–100,000 at 1% (50x), 100,000 up at 5% (10x) with cum 100,000 × 4% = 4,000.
    static func twoTiers() throws -> MarginCalculator {
        try MarginCalculator(
            priceDecimals: 2, sizeDecimals: 0,
            tiers: MarginCalculator.brackets([("0", "100000", "1%", 50), ("100000", "1000000000", "5%", 10)]))
    }

    /// Long 1 @ 110,000 (tier 2 at mark), wallet 20,000. Tier 2 gives 86,000 ÷ 0.95 = 90,526.3 (tier 1 there);
    /// tier 1 gives 90,000 ÷ 0.99 = 90,909.0909…, in tier 1: equity 20,000 − 19,090.91 = 909.09 = 1% × 90,909.09.
    @Test func aLongLiquidatesInTheLowerTierAtItsPrice() throws {
        let calc = try Self.twoTiers()
        let risk = try calc.risk(size: "1", entry: "110000", wallet: "20000")
        #expect(risk.tier == calc.instrument.tiers.tiers[1])
        #expect(risk.liquidationTier == calc.instrument.tiers.tiers[0])
        #expect(calc.text(risk.liquidationPrice) == "90909.0909")
    }

    /// Short 1 @ 95,000 (tier 1 at mark), wallet 10,000. Tier 1 gives 105,000 ÷ 1.01 = 103,960.4 (tier 2 there);
    /// tier 2 gives 109,000 ÷ 1.05 = 103,809.5238…: equity 10,000 − 8,809.52 = 1,190.48 = 5% × 103,809.52 − 4,000.
    @Test func aShortLiquidatesInTheHigherTierAtItsPrice() throws {
        let calc = try Self.twoTiers()
        let risk = try calc.risk(size: "-1", entry: "95000", wallet: "10000")
        #expect(risk.tier == calc.instrument.tiers.tiers[0])
        #expect(risk.liquidationTier == calc.instrument.tiers.tiers[1])
        #expect(calc.text(risk.liquidationPrice) == "103809.5239")
    }

    /// KNOWN BUG (fails): the re-check stops after four solves. Five tiers, long 1 @ 14,000, mark 25,000 (tier 5),
    /// wallet 4,600. The solves visit tiers 5 → 1 → 2 → 3 (4,666.67; 9,894.74; 10,812.5; 11,160.71) and stop, so
    /// the engine reports 6,250 ÷ 0.56 = 11,160.7143 (solved with tier 3) labelled tier 4. Solved in tier 4 (55%,
    /// cum 4,360): (14,000 − 4,600 − 4,360) ÷ 0.45 = 11,200; equity there 1,800 = 55% × 11,200 − 4,360.
    /// At the engine's 11,160.71 equity is 1,760.71 but MM is 1,778.39: already past liquidation.
    @Test func theReCheckConvergesWhenItMovesOneTierAtATime() throws {
        let calc = try MarginCalculator(
            priceDecimals: 2, sizeDecimals: 0,
            tiers: MarginCalculator.brackets([
                ("0", "5000", "5%", 20), ("5000", "10000", "20%", 5), ("10000", "11000", "44%", 2),
                ("11000", "21000", "55%", 1), ("21000", "26000", "73%", 1),
            ]))
        let risk = try calc.risk(size: "1", entry: "14000", mark: "25000", wallet: "4600", leverage: 1)
        #expect(risk.tier == calc.instrument.tiers.tiers[4])
        #expect(risk.liquidationTier == calc.instrument.tiers.tiers[3])
        #expect(calc.text(risk.liquidationPrice) == "11200.0000")
    }

    /// Long 1 @ 50,000, mark 49,000, wallet 10,000, 10x, flat MMR 0.5% (prices to 0.01, amounts in micro-USDC).
    static func plain() throws -> MarginCalculator {
        try MarginCalculator(priceDecimals: 0, sizeDecimals: 0, tiers: MarginCalculator.flat("0.5%"))
    }

    /// Isolated: balance 10,000 − 1,000 = 9,000; ratio 245 ÷ 9,000 = 2.7222…% (up); LP 40,000 ÷ 0.995 = 40,201.005 (up).
    /// The other positions' figures are ignored in isolated mode.
    @Test func isolatedMarginBalanceAndRatio() throws {
        let calc = try Self.plain()
        for others in [("0", "0"), ("500", "2000")] {
            let risk = try calc.risk(
                size: "1", entry: "50000", mark: "49000", wallet: "10000", otherMM: others.0, otherUPnL: others.1)
            #expect(risk.notional == (try calc.money("49000")))
            #expect(risk.unrealizedPnL == (try calc.money("-1000")))
            #expect(risk.initialMargin == (try calc.money("4900")))
            #expect(risk.maintenanceMargin == (try calc.money("245")))
            #expect(risk.marginBalance == (try calc.money("9000")))
            #expect(risk.marginRatio == Rate(units: 2_722_223))
            #expect(risk.availableBalance == (try calc.money("4100")))
            #expect(calc.text(risk.liquidationPrice) == "40201.00")
            #expect(calc.text(risk.bankruptcyPrice) == "40000.00")
        }
    }

    /// Cross with other MM 500 and other uPnL +2,000: balance 11,000; ratio (245 + 500) ÷ 11,000 = 6.7727…% (up);
    /// effective wallet 11,500, LP 38,500 ÷ 0.995 = 38,693.467 (up), bankruptcy 38,500.
    @Test func crossMarginBalanceAndRatio() throws {
        let calc = try Self.plain()
        let risk = try calc.risk(
            size: "1", entry: "50000", mark: "49000", mode: .cross, wallet: "10000", otherMM: "500", otherUPnL: "2000")
        #expect(risk.marginBalance == (try calc.money("11000")))
        #expect(risk.marginRatio == Rate(units: 6_772_728))
        #expect(risk.availableBalance == (try calc.money("6100")))
        #expect(calc.text(risk.liquidationPrice) == "38693.46")
        #expect(calc.text(risk.bankruptcyPrice) == "38500.00")
    }

    @Test func noMarginLeftHasNoRatio() throws {
        let calc = try Self.plain()
        let risk = try calc.risk(size: "1", entry: "50000", mark: "49000", wallet: "500")
        #expect(risk.marginBalance == (try calc.money("-500")))
        #expect(risk.marginRatio == nil)
    }

    /// ROE = uPnL ÷ (entry value ÷ leverage), rounded toward zero: ±1,200 ÷ 6,000 = ±20%; 1,000 ÷ 6,000 = 16.666666%.
    @Test func returnOnEquity() throws {
        let calc = try Self.plain()
        #expect(try calc.risk(size: "1", entry: "60000", mark: "61200", wallet: "6000").roe == Rate(units: 20_000_000))
        #expect(
            try calc.risk(size: "-1", entry: "60000", mark: "61200", wallet: "6000").roe == Rate(units: -20_000_000))
        #expect(try calc.risk(size: "1", entry: "60000", mark: "61000", wallet: "6000").roe == Rate(units: 16_666_666))
        #expect(
            try calc.risk(size: "-1", entry: "60000", mark: "61000", wallet: "6000").roe == Rate(units: -16_666_666))
    }

    /// A long whose wallet covers a fall to zero has no liquidation or bankruptcy price; a short always has one.
    @Test func aFullyFundedLongHasNoLiquidationPrice() throws {
        let calc = try Self.plain()
        for wallet in ["50000", "60000"] {
            let risk = try calc.risk(size: "1", entry: "50000", wallet: wallet, leverage: 1)
            #expect(risk.liquidationPrice == nil)
            #expect(risk.bankruptcyPrice == nil)
        }
        #expect(
            calc.text(try calc.risk(size: "1", entry: "50000", wallet: "49999", leverage: 1).bankruptcyPrice) == "1.00")
        let short = try calc.risk(size: "-1", entry: "50000", wallet: "1000000", leverage: 1)
        #expect(calc.text(short.liquidationPrice) == "1044776.12")  // 1,050,000 ÷ 1.005, down
    }

    @Test func aFlatPositionHasNoRisk() throws {
        let calc = try Self.plain()
        let risk = try calc.risk(size: "0", entry: "50000", wallet: "1000")
        #expect(risk.notional == .zero)
        #expect(risk.unrealizedPnL == .zero)
        #expect(risk.initialMargin == .zero)
        #expect(risk.maintenanceMargin == .zero)
        #expect(risk.marginBalance == (try calc.money("1000")))
        #expect(risk.marginRatio == .zero)
        #expect(risk.roe == nil)
        #expect(risk.liquidationPrice == nil)
        #expect(risk.bankruptcyPrice == nil)
        #expect(risk.derivations.count == 10)
    }

    static let figureNames = [
        "notional", "unrealized PnL", "initial margin", "maintenance margin", "margin balance", "margin ratio",
        "available balance", "ROE", "liquidation price", "bankruptcy price",
    ]

    /// Each derivation's substituted text carries the inputs and its result is the figure.
    @Test func derivationsShowTheArithmeticThatRan() throws {
        let calc = try Self.plain()
        let steps = try calc.risk(size: "1", entry: "50000", mark: "49000", wallet: "10000").derivations
        #expect(steps.map(\.name) == Self.figureNames)
        let expected: [(substituted: String, result: String)] = [
            ("1 × 49000.00", "49000.00 USDC"), ("1 × 49000.00 − 50000.00", "-1000.00 USDC"),
            ("49000.00 ÷ 10", "4900.00 USDC"), ("49000.00 × 0.5% − 0.00", "245.00 USDC"),
            ("10000.00 − 1000.00", "9000.00 USDC"), ("245.00 ÷ 9000.00", "2.72%"),
            ("9000.00 − 4900.00", "4100.00 USDC"), ("-1000.00 ÷ 5000.00", "-20.00%"),
            ("(50000.00 − 10000.00 − 0.00) ÷ (1 − 1 × 0.5%)", "40201.00"),
            ("(50000.00 − 10000.00) ÷ (1 − 1 × 0%)", "40000.00"),
        ]
        for (step, want) in zip(steps, expected) {
            #expect(step.substituted == want.substituted, "\(step.name)")
            #expect(step.result == want.result, "\(step.name)")
        }
    }

    /// The Binance cross example (TV-1): the cross wallet terms name the wallet and the other positions' figures,
    /// and every result is the figure the risk holds.
    @Test func crossDerivationsMatchTheFigures() throws {
        let eth = try PositionRiskTests.eth()
        let risk = try eth.risk(
            size: "3683.979", entry: "1456.84", mark: "1335.18", mode: .cross, wallet: "1535443.01",
            otherMM: "71200.81144", otherUPnL: "-56354.5685")
        let steps = risk.derivations
        #expect(steps.map(\.name) == Self.figureNames)
        let byName = Dictionary(uniqueKeysWithValues: steps.map { ($0.name, $0) })
        #expect(byName["notional"]?.substituted == "3683.979 × 1335.180000")
        #expect(byName["margin balance"]?.substituted == "1535443.01 − 448192.89 − 56354.57")
        #expect(byName["margin ratio"]?.substituted == "(356512.51 + 71200.81) ÷ 1030895.56")
        #expect(byName["liquidation price"]?.substituted.contains("(1535443.01 − 71200.81 − 56354.57)") == true)
        #expect(byName["liquidation price"]?.substituted.contains("135365.00") == true)
        #expect(byName["liquidation price"]?.substituted.hasSuffix("÷ (3683.979 − 3683.979 × 10%)") == true)
        let figures: [String: String] = [
            "notional": eth.text(risk.notional) + " USDC", "unrealized PnL": eth.text(risk.unrealizedPnL) + " USDC",
            "initial margin": eth.text(risk.initialMargin) + " USDC",
            "maintenance margin": eth.text(risk.maintenanceMargin) + " USDC",
            "margin balance": eth.text(risk.marginBalance) + " USDC",
            "margin ratio": risk.marginRatio?.percent(places: 2) ?? "",
            "available balance": eth.text(risk.availableBalance) + " USDC", "ROE": risk.roe?.percent(places: 2) ?? "",
            "liquidation price": "1153.256464", "bankruptcy price": eth.text(risk.bankruptcyPrice) ?? "none",
        ]
        for step in steps { #expect(step.result == figures[step.name], "\(step.name)") }
    }

    /// BitMEX-style inverse: the derivations use the inverse formulas and their results are the figures.
    @Test func inverseDerivationsMatchTheFigures() throws {
        let instrument = Instrument.btcUsdInverse
        let entry = try instrument.price(parsing: "750")
        let risk = PositionRisk(
            PositionRiskInput(
                instrument: instrument, size: 15_000, costBasis: instrument.value(of: 15_000, at: entry),
                mark: try instrument.price(parsing: "800"), mode: .isolated, wallet: Money(units: 2_000_000_000_000),
                leverage: 10))
        let byName = Dictionary(uniqueKeysWithValues: risk.derivations.map { ($0.name, $0) })
        #expect(byName["notional"]?.formula == "|size| × contract ÷ mark")
        #expect(byName["notional"]?.substituted == "15000 × 1 ÷ 800.0")
        #expect(byName["notional"]?.result == "18.75000000 BTC")
        #expect(byName["unrealized PnL"]?.result == "1.25000000 BTC")
        #expect(byName["liquidation price"]?.result == risk.liquidationPrice.map(instrument.format))
        #expect(byName["bankruptcy price"]?.result == risk.bankruptcyPrice.map(instrument.format))
    }
}

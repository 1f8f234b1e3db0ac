import Testing

@testable import CascadeCore

/// Published liquidation and bankruptcy prices (shared/reference/exchange-mechanics.md §4.2, index in
/// §15) run through `PositionRisk`. Prices are solved on a grid finer than the published figure, then
/// rounded half away from zero to the published decimals; the grid value itself is checked too.
@Suite("Position risk: published vectors")
struct PositionRiskTests {
    // MARK: Binance USDⓈ-M FAQ example, WB 1,535,443.01, both positions long (TV-1, TV-2, TV-3).

    static func eth(_ priceDecimals: Int = 4) throws -> MarginCalculator {
        try MarginCalculator(priceDecimals: priceDecimals, sizeDecimals: 3, tiers: MarginCalculator.tiers(of: .ethPerp))
    }

    static func btc(_ priceDecimals: Int = 4) throws -> MarginCalculator {
        try MarginCalculator(priceDecimals: priceDecimals, sizeDecimals: 3, tiers: MarginCalculator.tiers(of: .btcPerp))
    }

    /// TV-1, Binance liquidation FAQ cross example (ref §4.2): ETHUSDT LP 1,153.26 (calc 1,153.2565); the
    /// BTC position's MM 71,200.81144 and uPnL −56,354.5685 enter as the other positions'.
    @Test func tv1BinanceCrossETH() throws {
        let eth = try Self.eth()
        let risk = try eth.risk(
            size: "3683.979", entry: "1456.84", mark: "1335.18", mode: .cross, wallet: "1535443.01",
            otherMM: "71200.81144", otherUPnL: "-56354.5685")
        #expect(risk.tier.maintenanceRate == Rate(units: 10_000_000))
        #expect(risk.tier.maintenanceAmount == (try eth.money("135365")))
        #expect(risk.liquidationTier == risk.tier)
        #expect(eth.text(risk.maintenanceMargin) == "356512.51")
        #expect(eth.text(risk.liquidationPrice) == "1153.256464")
        #expect(eth.text(risk.liquidationPrice, places: 4) == "1153.2565")
        #expect(eth.text(risk.liquidationPrice, places: 2) == "1153.26")
    }

    /// TV-2, Binance FAQ cross example: BTCUSDT LP 26,316.89 (calc 26,316.8933); ETH's MM 356,512.50812 and
    /// uPnL −448,192.8851 enter as the other positions'.
    @Test func tv2BinanceCrossBTC() throws {
        let btc = try Self.btc()
        let risk = try btc.risk(
            size: "109.488", entry: "32481.98", mark: "31967.27", mode: .cross, wallet: "1535443.01",
            otherMM: "356512.50812", otherUPnL: "-448192.8851")
        #expect(risk.tier.maintenanceRate == Rate(units: 2_500_000))
        #expect(risk.tier.maintenanceAmount == (try btc.money("16300")))
        #expect(risk.maintenanceMargin == (try btc.money("71200.811444")))
        #expect(risk.unrealizedPnL == (try btc.money("-56354.56848")))
        #expect(btc.text(risk.liquidationPrice) == "26316.893264")
        #expect(btc.text(risk.liquidationPrice, places: 4) == "26316.8933")
        #expect(btc.text(risk.liquidationPrice, places: 2) == "26316.89")
    }

    /// TV-3, Binance FAQ, the same positions isolated with WB as each one's isolated wallet: ETH 1,114.78
    /// (calc 1,114.785), BTC 18,778.73 (calc 18,778.7259).
    @Test func tv3BinanceIsolated() throws {
        let eth = try Self.eth()
        let ethRisk = try eth.risk(size: "3683.979", entry: "1456.84", mark: "1335.18", wallet: "1535443.01")
        #expect(eth.text(ethRisk.liquidationPrice) == "1114.784963")
        #expect(eth.text(ethRisk.liquidationPrice, places: 3) == "1114.785")
        #expect(eth.text(ethRisk.liquidationPrice, places: 2) == "1114.78")
        let btc = try Self.btc()
        let btcRisk = try btc.risk(size: "109.488", entry: "32481.98", mark: "31967.27", wallet: "1535443.01")
        #expect(btc.text(btcRisk.liquidationPrice, places: 4) == "18778.7259")
        #expect(btc.text(btcRisk.liquidationPrice, places: 2) == "18778.73")
    }

    /// The cross figures the FAQ feeds each position come out of the other position's own risk.
    @Test func binanceCrossOtherFiguresAreTheOtherPositionsOwn() throws {
        let eth = try Self.eth()
        let ethRisk = try eth.risk(size: "3683.979", entry: "1456.84", mark: "1335.18", wallet: "0")
        #expect(ethRisk.maintenanceMargin == (try eth.money("356512.508122")))
        #expect(ethRisk.unrealizedPnL == (try eth.money("-448192.88514")))
    }

    // MARK: Further Binance vectors (ref §4.2 [calc], TV-5).

    /// TV-5: isolated 1 BTC, 100x @ 60,000, WB 600, MMR 0.4%, cum 0 → LP 59,638.5542 long, 60,358.5657 short;
    /// closed-form check LP = EP(1 − 1/L)/(1 − MMR).
    @Test func tv5BinanceIsolated100x() throws {
        let calc = try MarginCalculator(priceDecimals: 4, sizeDecimals: 0, tiers: MarginCalculator.flat("0.4%"))
        let long = try calc.risk(size: "1", entry: "60000", wallet: "600", leverage: 100)
        #expect(calc.text(long.liquidationPrice, places: 4) == "59638.5542")
        #expect(calc.text(long.bankruptcyPrice) == "59400.000000")
        let short = try calc.risk(size: "-1", entry: "60000", wallet: "600", leverage: 100)
        #expect(calc.text(short.liquidationPrice, places: 4) == "60358.5657")
        #expect(calc.text(short.bankruptcyPrice) == "60600.000000")
        #expect(long.initialMargin == (try calc.money("600")))
    }

    /// Ref §4.2: 10 BTC long, 20x @ 60,000, WB 30,000 → notional 600k in BTCUSDT tier 3 (1%, cum 1,300) →
    /// LP 57,444.4444 = 568,700 ÷ 9.9; notional there (574,444) is still tier 3.
    @Test func binanceTenBTCInTierThree() throws {
        let calc = try MarginCalculator(priceDecimals: 4, sizeDecimals: 0, tiers: MarginCalculator.tiers(of: .btcPerp))
        let risk = try calc.risk(size: "10", entry: "60000", wallet: "30000", leverage: 20)
        #expect(risk.tier.maintenanceAmount == (try calc.money("1300")))
        #expect(risk.liquidationTier == risk.tier)
        #expect(calc.text(risk.liquidationPrice) == "57444.444444")
        #expect(calc.text(risk.liquidationPrice, places: 4) == "57444.4444")
    }

    /// Directed rounding on the grid the CLI would use (inputs with 0 or 2 decimals → 2 more): both
    /// prices are the first tick where their condition holds, down for a long, up for a short. dYdX
    /// example (ref §4.2): 3 ETH @ 3,000, equity 1,000, MMF 5%.
    @Test func solvedPricesAreTheFirstTickWhereTheyHold() throws {
        let calc = try MarginCalculator(priceDecimals: 2, sizeDecimals: 0, tiers: MarginCalculator.flat("5%"))
        let long = try calc.risk(size: "3", entry: "3000", wallet: "1000")
        #expect(calc.text(long.liquidationPrice) == "2807.0175")  // 8,000 ÷ 2.85 = 2,807.01754… down
        #expect(calc.text(long.bankruptcyPrice) == "2666.6666")  // 8,000 ÷ 3 = 2,666.666… down
        let short = try calc.risk(size: "-3", entry: "3000", wallet: "1000")
        #expect(calc.text(short.liquidationPrice) == "3174.6032")  // 10,000 ÷ 3.15 = 3,174.60317… up
        #expect(calc.text(short.bankruptcyPrice) == "3333.3334")  // 10,000 ÷ 3 = 3,333.333… up
        let coarse = try MarginCalculator(priceDecimals: 0, sizeDecimals: 0, tiers: MarginCalculator.flat("0.4%"))
        #expect(coarse.text(try coarse.risk(size: "1", entry: "60000", wallet: "600").liquidationPrice) == "59638.55")
        #expect(coarse.text(try coarse.risk(size: "-1", entry: "60000", wallet: "600").liquidationPrice) == "60358.57")
    }

    // MARK: Bybit (TV-6 and the inverse examples).

    /// TV-6, Bybit USDT isolated: 1 BTC @ 20,000, 50x, MMR 0.5% → IM 400, MM 100, LP 19,700 / 20,300 [doc].
    /// Bybit holds MM at its entry-price value (LP = EP ∓ (IM − MM)/q); our Binance-style solve charges MMR
    /// on the notional at the liquidation price, so it gives 19,600 ÷ 0.995 = 19,698.4925 and
    /// 20,400 ÷ 1.005 = 20,298.5075. Bybit's rule is a fixed MM: rate 0, maintenance amount −100.
    @Test func tv6BybitIsolated() throws {
        let calc = try MarginCalculator(priceDecimals: 4, sizeDecimals: 0, tiers: MarginCalculator.flat("0.5%"))
        let long = try calc.risk(size: "1", entry: "20000", wallet: "400", leverage: 50)
        #expect(long.initialMargin == (try calc.money("400")))
        #expect(long.maintenanceMargin == (try calc.money("100")))
        #expect(calc.text(long.liquidationPrice, places: 4) == "19698.4925")
        let short = try calc.risk(size: "-1", entry: "20000", wallet: "400", leverage: 50)
        #expect(calc.text(short.liquidationPrice, places: 4) == "20298.5075")

        let bybit = try MarginCalculator(
            priceDecimals: 4, sizeDecimals: 0, tiers: MarginCalculator.flat("0", cum: "-100"))
        let bybitLong = try bybit.risk(size: "1", entry: "20000", wallet: "400", leverage: 50)
        #expect(bybitLong.maintenanceMargin == (try bybit.money("100")))
        #expect(bybit.text(bybitLong.liquidationPrice) == "19700.000000")
        #expect(
            bybit.text(try bybit.risk(size: "-1", entry: "20000", wallet: "400", leverage: 50).liquidationPrice)
                == "20300.000000")
    }

    /// Bybit inverse (ref §4.2 [doc]): long 5,000 contracts @ 7,890.08, 50x → bankruptcy 7,890.08 × 50/51 =
    /// 7,735.3725. Each contract's value is rounded down to 10⁻¹² BTC, so the exact solve is 7,735.372562,
    /// 0.000013 above the closed form (7,735.372549) and still 7,735.3725 on the 4-decimal grid.
    @Test func bybitInverseBankruptcy() throws {
        let calc = try MarginCalculator(
            .inverse, priceDecimals: 2, sizeDecimals: 0, tiers: MarginCalculator.flat("0.5%"))
        var input = try calc.input(size: "5000", entry: "7890.08", wallet: "0", leverage: 50)
        input.wallet = Money(Int128(input.costBasis.units), over: 50, rounding: .up)!
        #expect(calc.text(PositionRisk(input).bankruptcyPrice) == "7735.3725")
        let fine = try MarginCalculator(
            .inverse, priceDecimals: 4, sizeDecimals: 0, tiers: MarginCalculator.flat("0.5%"))
        var fineInput = try fine.input(size: "5000", entry: "7890.08", wallet: "0", leverage: 50)
        fineInput.wallet = Money(Int128(fineInput.costBasis.units), over: 50, rounding: .up)!
        let ticks = try #require(PositionRisk(fineInput).bankruptcyPrice).ticks
        #expect(abs(ticks - 7_735_372_549) <= 100)  // within 0.0001 of the closed form
    }

    /// Bybit inverse cross (ref §4.2 [doc]): 0.5 BTC, long 10,000 @ 8,000, taker 0.075% → bankruptcy
    /// 1.00075 × 10,000 ÷ (1.25 + 0.5) = 5,718.57. Liquidation differs by model: we charge MMR + fee at the
    /// liquidation price, 10,000 × 1.00575 ÷ 1.75 = 5,747.1429; Bybit charges MM on the entry value and the
    /// fee at the bankruptcy price (0.00625 + 0.0013115164 BTC fixed) → 5,739.08, which the engine gives
    /// when that sum is the maintenance amount (negated) at rate 0.
    @Test func bybitInverseCross() throws {
        let calc = try MarginCalculator(
            .inverse, priceDecimals: 0, sizeDecimals: 0, tiers: MarginCalculator.flat("0.5%"))
        let risk = try calc.risk(size: "10000", entry: "8000", mode: .cross, wallet: "0.5", fee: "0.075%")
        #expect(calc.text(risk.bankruptcyPrice) == "5718.57")
        #expect(calc.text(risk.liquidationPrice) == "5747.14")
        let fine = try MarginCalculator(
            .inverse, priceDecimals: 2, sizeDecimals: 0, tiers: MarginCalculator.flat("0.5%"))
        let fineRisk = try fine.risk(size: "10000", entry: "8000", mode: .cross, wallet: "0.5", fee: "0.075%")
        #expect(fine.text(fineRisk.liquidationPrice) == "5747.1428")
        let bybit = try MarginCalculator(
            .inverse, priceDecimals: 2, sizeDecimals: 0, tiers: MarginCalculator.flat("0", cum: "-0.007561516362"))
        let bybitRisk = try bybit.risk(size: "10000", entry: "8000", mode: .cross, wallet: "0.5")
        #expect(bybit.text(bybitRisk.liquidationPrice, places: 2) == "5739.08")
    }

    // MARK: Hyperliquid, dYdX, BitMEX.

    /// TV-7, Hyperliquid (ref §4.2 [calc]): isolated 1 BTC @ mark 100,000, margin 10,000, BTC tier 1 (40x → l = 1.25%).
    /// Hyperliquid: liq = price − side × (margin − MM) ÷ q ÷ (1 − l × side) = 100,000 − 8,750 ÷ 0.9875. With
    /// entry = mark this is algebraically our (entry value − wallet) ÷ (q(1 − l)) = 90,000 ÷ 0.9875.
    @Test func tv7HyperliquidIsolated() throws {
        let tiers = MarginCalculator.brackets([
            ("0", "150000000", "1.25%", 40), ("150000000", "1000000000", "2.5%", 20),
        ])
        let calc = try MarginCalculator(priceDecimals: 4, sizeDecimals: 0, tiers: tiers)
        let long = try calc.risk(size: "1", entry: "100000", wallet: "10000")
        #expect(long.maintenanceMargin == (try calc.money("1250")))
        #expect(calc.text(long.liquidationPrice, places: 4) == "91139.2405")
        let short = try calc.risk(size: "-1", entry: "100000", wallet: "10000")
        #expect(calc.text(short.liquidationPrice, places: 4) == "108641.9753")
    }

    /// TV-9, dYdX v4 isolated (ref §4.2, doc example): p' = (e − s·p) ÷ (|s|·MMF − s); short 3 ETH @ 3,000,
    /// e = 1,000, MMF 5% → 3,174.6032; long → 2,807.0175 [calc].
    @Test func tv9DYdXIsolated() throws {
        let calc = try MarginCalculator(priceDecimals: 4, sizeDecimals: 0, tiers: MarginCalculator.flat("5%"))
        #expect(
            calc.text(try calc.risk(size: "-3", entry: "3000", wallet: "1000").liquidationPrice, places: 4)
                == "3174.6032")
        #expect(
            calc.text(try calc.risk(size: "3", entry: "3000", wallet: "1000").liquidationPrice, places: 4)
                == "2807.0175")
    }

    /// BitMEX inverse PnL (ref §4.1, bitmex.com/app/inversePerpetualsGuide): 15,000 contracts × (1/750 − 1/800) =
    /// 1.25 BTC. BTC-USD-INV rounds each contract's value at 750 down (0.001333333333 BTC), so the engine's
    /// figure is 1.249999995 BTC: half a satoshi short, shown as 1.25000000.
    @Test func bitmexInversePnL() throws {
        let instrument = Instrument.btcUsdInverse
        let entry = try instrument.price(parsing: "750")
        let input = PositionRiskInput(
            instrument: instrument, size: 15_000, costBasis: instrument.value(of: 15_000, at: entry),
            mark: try instrument.price(parsing: "800"), mode: .isolated, wallet: Money(units: 1_000_000_000_000),
            leverage: 1)
        let risk = PositionRisk(input)
        #expect(abs(risk.unrealizedPnL.units - 1_250_000_000_000) <= 15_000)
        #expect(Asset.btc.format(risk.unrealizedPnL) == "1.25000000")
        #expect(risk.notional == Money(units: 18_750_000_000_000))  // 15,000 ÷ 800
        let short = PositionRisk(
            PositionRiskInput(
                instrument: instrument, size: -15_000, costBasis: instrument.value(of: -15_000, at: entry),
                mark: input.mark,
                mode: .isolated, wallet: input.wallet, leverage: 1))
        #expect(short.unrealizedPnL == -risk.unrealizedPnL)
    }
}

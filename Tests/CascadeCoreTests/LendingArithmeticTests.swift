import Testing

@testable import CascadeCore

/// The worked examples of Maker's Liquidation 2.0 (makerdao/dss `clip.sol`, `abaci.sol`, `dog.sol`)
/// and Aave v3's fixed-bonus liquidation, on an ETH lot sold for USDC.
@Suite("Lending arithmetic")
struct LendingArithmeticTests {
    /// USDC per ETH as the auction's ray: µUSDC per gwei.
    static func price(_ usdcPerEth: String) -> Ray {
        Ray(
            Int128(try! Asset.usdc.money(parsing: usdcPerEth).units), over: Int128(Asset.eth.unitsPerWhole),
            rounding: .down)!
    }

    /// The ray back in USDC per ETH, to `places` decimals.
    static func whole(_ price: Ray, places: Int = 4) -> String {
        Ray(units: price.units * Int128(Asset.eth.unitsPerWhole / Asset.usdc.unitsPerWhole)).formatted(places: places)
    }

    static func eth(_ text: String) -> Money { try! Asset.eth.money(parsing: text) }
    static func usdc(_ text: String) -> Money { try! Asset.usdc.money(parsing: text) }

    /// Maker's WBTC-C style parameters with the reference's 300 tip and 15,000 dust.
    static let maker = AuctionRules(tip: usdc("300"), dust: usdc("15000"), hole: usdc("100000000"))

    @Test func stairstepPricesFollowTheReferencePath() {
        let lot = AuctionLot(
            lot: Self.eth("10"), tab: Self.usdc("16950"), feed: Self.price("1500"), rules: Self.maker, at: 0)!
        #expect(Self.whole(lot.top) == "1800.0000")
        let path = [0, 89, 90, 900, 3_600].map { Self.whole(lot.price(at: $0 * SimTime.second, rules: Self.maker)) }
        #expect(path == ["1800.0000", "1800.0000", "1782.0000", "1627.8877", "1204.1492"])
        #expect(lot.incentive(rules: Self.maker) == Self.usdc("316.95"))
    }

    @Test func cuspFiresAfterNinetyTwoStepsBeforeTheTail() {
        let lot = AuctionLot(
            lot: Self.eth("10"), tab: Self.usdc("16950"), feed: Self.price("1500"), rules: Self.maker, at: 0)!
        #expect(!lot.needsReset(at: 8_279 * SimTime.second, rules: Self.maker))
        #expect(lot.needsReset(at: 8_280 * SimTime.second, rules: Self.maker))
        #expect(Self.whole(lot.price(at: 8_280 * SimTime.second, rules: Self.maker), places: 2) == "714.02")
        // A round with a slower curve resets at the 140-minute tail instead.
        var slow = Self.maker
        slow.curve = .stairstep(cut: Rate(units: 99_900_000), step: 90)
        #expect(!lot.needsReset(at: 8_400 * SimTime.second, rules: slow))
        #expect(lot.needsReset(at: 8_401 * SimTime.second, rules: slow))
    }

    @Test func linearCurveReachesZeroAtTau() {
        var rules = Self.maker
        rules.curve = .linear(tau: 3_600)
        rules.cusp = .zero
        let lot = AuctionLot(
            lot: Self.eth("10"), tab: Self.usdc("16950"), feed: Self.price("1500"), rules: rules, at: 0)!
        #expect(Self.whole(lot.price(at: 1_800 * SimTime.second, rules: rules)) == "900.0000")
        #expect(Self.whole(lot.price(at: 3_000 * SimTime.second, rules: rules)) == "300.0000")
        #expect(lot.needsReset(at: 3_600 * SimTime.second, rules: rules))
    }

    @Test func takingEverythingAtTheStartPaysTheTabAndReturnsTheRest() throws {
        var lot = AuctionLot(
            lot: Self.eth("10"), tab: Self.usdc("16950"), feed: Self.price("1500"), rules: Self.maker, at: 0)!
        let take = try lot.take(Self.eth("10"), maxPrice: Self.price("1800"), at: 0, rules: Self.maker).get()
        #expect(take.owe == Self.usdc("16950"))
        #expect(Asset.eth.format(take.slice) == "9.416667")
        #expect(lot.tab == .zero)
        #expect(Asset.eth.format(lot.lot) == "0.583333")
    }

    @Test func takesRespectTheLimitThePriceAndChost() {
        var lot = AuctionLot(
            lot: Self.eth("10"), tab: Self.usdc("16950"), feed: Self.price("1500"), rules: Self.maker, at: 0)!
        #expect(
            lot.take(Self.eth("1"), maxPrice: Self.price("1799"), at: 0, rules: Self.maker)
                == .failure(.priceAboveLimit(price: Self.price("1800"))))
        // The tab (16,950) is already at chost (dust 15,000 × chop 1.13): only the whole lot may go.
        #expect(
            lot.take(Self.eth("1"), maxPrice: Self.price("1800"), at: 0, rules: Self.maker)
                == .failure(.mustTakeWholeLot))
        var small = Self.maker
        small.dust = Self.usdc("1000")
        let partial = try? lot.take(Self.eth("9"), maxPrice: Self.price("1800"), at: 0, rules: small).get()
        // 9 ETH × 1,800 = 16,200 would leave 750 < chost 1,130: cut to leave exactly 1,130.
        #expect(partial?.owe == Self.usdc("15820"))
        #expect(lot.tab == small.chost)
    }

    @Test func aaveHealthFactorAndCloseFactor() {
        let rules = FixedBonusRules()
        let threshold = Rate(units: 82_500_000)
        let healthy = FixedBonusPlan(
            collateral: Self.eth("5"), debt: Self.usdc("8000"), price: Self.price("2000"), threshold: threshold,
            rules: rules)!
        #expect(healthy.healthFactor == Rate(units: 103_125_000))
        #expect(healthy.closeFactor == .zero && healthy.seized == .zero)
        let plan = FixedBonusPlan(
            collateral: Self.eth("5"), debt: Self.usdc("8000"), price: Self.price("1900"), threshold: threshold,
            rules: rules)!
        #expect(plan.healthFactor == Rate(units: 97_968_750))
        #expect(plan.closeFactor == Rate(units: 50_000_000))
        #expect(plan.debtToCover == Self.usdc("4000"))
        #expect(Asset.eth.format(plan.seized) == "2.210526")
        #expect(Asset.eth.format(plan.bonus) == "0.105263")
        #expect(Asset.eth.format(plan.protocolFee) == "0.010526")
        #expect(Asset.eth.format(plan.liquidatorReceives) == "2.200000")
        #expect(plan.healthFactorAfter == Rate(units: 109_312_500))
        let deep = FixedBonusPlan(
            collateral: Self.eth("5"), debt: Self.usdc("8000"), price: Self.price("1800"), threshold: threshold,
            rules: rules)!
        #expect(deep.healthFactor == Rate(units: 92_812_500))
        #expect(deep.closeFactor == Rate(units: Rate.one) && deep.debtToCover == Self.usdc("8000"))
    }

    @Test func aaveSeizesAllCollateralWhenItCannotPayDebtAndBonus() {
        let plan = FixedBonusPlan(
            collateral: Self.eth("1"), debt: Self.usdc("8000"), price: Self.price("1000"),
            threshold: Rate(units: 82_500_000), rules: FixedBonusRules())!
        #expect(plan.seized == Self.eth("1"))
        // 1 ETH at 1,000 with a 5% bonus frees 952.380953 USDC of debt (rounded up).
        #expect(plan.debtToCover == Self.usdc("952.380953"))
        #expect(plan.healthFactorAfter?.units == 0)
    }

    @Test func rayPowerMatchesRepeatedMultiplication() {
        let cut = Ray(Rate(units: 99_000_000))
        var product = Ray.one
        for step in 0...200 {
            #expect(abs(cut.power(step)!.units - product.units) <= Int128(step), "step \(step)")
            product = product.times(cut)!
        }
        #expect(Ray.one.power(1_000_000) == .one)
    }

    @Test func mulDivUsesTheFullWidth() {
        let big = Int128(10).scaled(by: 30)!
        #expect(big.multiplied(by: big, dividedBy: big, rounding: .exact) == big)
        #expect(Int128(7).multiplied(by: 3, dividedBy: 2, rounding: .up) == 11)
        #expect(Int128(7).multiplied(by: 3, dividedBy: 2, rounding: .down) == 10)
        #expect(big.multiplied(by: big, dividedBy: 1, rounding: .down) == nil)
        #expect(Int128(-1).multiplied(by: 3, dividedBy: 2, rounding: .down) == nil)
    }
}

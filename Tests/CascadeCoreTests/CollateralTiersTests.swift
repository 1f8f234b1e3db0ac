import PropertyBased
import Testing

@testable import CascadeCore

/// Collateral value ratios tiered by quantity, on Bybit's help-centre example (0–10 BTC at 0.98,
/// 10–20 at 0.95, 20–30 at 0.90, 30–40 at 0.85, 40–50 at 0.80, beyond 50 nothing) and on random
/// holdings.
@Suite struct CollateralTiersTests {
    static let bybit = "0-10:0.98,10-20:0.95,20-30:0.90,30-40:0.85,40-50:0.80,50+:0"

    static func result(_ amount: String, tiers: String = bybit, asset: String = "BTC", price: String = "60000")
        throws(CalculationFlagError) -> CollateralCalculation.Result
    {
        try CollateralCalculation(
            CollateralCalculationFlags(asset: asset, amount: amount, price: price, tiers: tiers)
        ).result()
    }

    static func usd(_ whole: Int64) -> Money { Money(units: whole * 1_000_000) }

    /// 5 BTC count 4.9 BTC (294,000 USD at 60,000); 25 BTC 9.8 + 9.5 + 4.5 = 23.8 (1,428,000); 60 BTC
    /// 44.8 (2,688,000): the slice beyond 50 counts nothing.
    @Test func bybitsExamples() throws {
        let five = try Self.result("5").valuation
        #expect(five.value == Self.usd(294_000) && five.parts.count == 1)
        #expect(five.effectiveRatio == Rate(units: 98_000_000))
        let twentyFive = try Self.result("25").valuation
        #expect(twentyFive.value == Self.usd(1_428_000))
        #expect(twentyFive.parts.map(\.value) == [588_000, 570_000, 270_000].map(Self.usd))
        #expect(twentyFive.parts.last?.amount == Money(units: 5 * Asset.btc.unitsPerWhole))
        #expect(twentyFive.effectiveRatio == Rate(units: 95_200_000))
        let sixty = try Self.result("60").valuation
        #expect(sixty.value == Self.usd(2_688_000) && sixty.marketValue == Self.usd(3_600_000))
        #expect(sixty.parts.count == 6 && sixty.parts.last?.value == .zero && sixty.parts.last?.tier.to == nil)
    }

    /// A slice's value is rounded down, never up, and the total is the sum of the printed slices.
    @Test func slicesRoundDownAndAddUp() throws {
        let odd = try Self.result("0.000000000001", tiers: "0+:0.98", price: "1").valuation
        #expect(odd.value == .zero && odd.marketValue == .zero && odd.effectiveRatio == nil)
        let third = try Self.result("10.333333333333", price: "33333.333333").valuation
        #expect(third.value == Money(units: third.parts.reduce(0) { $0 + $1.value.units }))
        #expect(third.value < third.marketValue)
    }

    @Test(
        arguments: [
            ("", 1, "write it as FROM-TO:RATIO"),
            ("5-10:0.9,10+:0.8", 1, "the first tier must start at 0"),
            ("0-10:0.98,11-20:0.95,20+:0", 2, "it must start where the tier before it ends"),
            ("0-10:0.98,10-10:0.95,10+:0", 2, "its end must be above its start"),
            ("0+:0.98,10+:0.5", 1, "only the last tier may be open-ended"),
            ("0-10:0.98,10-20:0.95", 2, "the last tier must be open-ended"),
            ("0-10:1.5,10+:0", 1, "its ratio must be from 0 to 1"),
            ("0-10:0.9,10+:0.95", 2, "ratios may only fall"),
            ("0-10:0.98,10-x:0.95,20+:0", 2, "'x'"),
            ("0-10:0.98;10+:0", 1, "write it as FROM-TO:RATIO"),
            ("0-10:0.98,10+:half", 2, "ratio 'half'"),
            ("0-10-20:0.98,20+:0", 1, "its band must be FROM-TO or FROM+"),
        ] as [(String, Int, String)])
    func aBadTableNamesItsTier(tiers: String, tier: Int, problem: String) {
        #expect(throws: CalculationFlagError.self) { try Self.result("1", tiers: tiers) }
        do throws(CalculationFlagError) {
            _ = try Self.result("1", tiers: tiers)
        } catch {
            guard case .badTier(let index, _, let text) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(index == tier && text.contains(problem), "\(error)")
            #expect(error.description.hasPrefix("--tiers, tier \(tier) '"), "\(error)")
        }
    }

    @Test(
        arguments: [
            ("0", "BTC", "60000", bybit, "--amount must be above 0"),
            ("1", "SOL", "60000", bybit, "--asset must be one of BTC, ETH, USDC"),
            ("1", "BTC", "-1", bybit, "--price must be above 0"),
            ("1", "BTC", "1e5", bybit, "--price '1e5'"),
            ("1", "BTC", "60000", "x", "--tiers, tier 1 'x'"),
            ("1000001", "BTC", "60000", bybit, "--amount must be above 0 and at most 1000000"),
            ("1000000", "BTC", "1000000000", bybit, "--amount must be small enough that amount × price fits"),
        ] as [(String, String, String, String, String)])
    func badFlagsAreNamed(amount: String, asset: String, price: String, tiers: String, message: String) {
        do throws(CalculationFlagError) {
            _ = try Self.result(amount, tiers: tiers, asset: asset, price: price)
            Issue.record("accepted")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error)")
        }
    }

    /// On random holdings and prices: the value never exceeds the holding's worth, never falls when the
    /// holding grows, and is the sum of its slices.
    @Test func valueGrowsWithTheHoldingAndNeverExceedsItsWorth() async throws {
        let tiers = try CollateralCalculation(
            CollateralCalculationFlags(asset: "BTC", amount: "1", price: "1", tiers: Self.bybit)
        ).result().tiers
        let amounts = Gen.int64(in: 0...(80 * Asset.btc.unitsPerWhole))
        let prices = Gen.int64(in: 1...(1_000_000 * 1_000_000))
        await propertyCheck(count: 500, input: amounts, amounts, prices) { first, second, price in
            let (small, large) = (min(first, second), max(first, second))
            let price = Money(units: price)
            guard let low = tiers.value(of: Money(units: small), in: .btc, at: price),
                let high = tiers.value(of: Money(units: large), in: .btc, at: price)
            else {
                Issue.record("no valuation of \(large) at \(price)")
                return
            }
            #expect(low.value <= high.value)
            #expect(high.value <= high.marketValue)
            #expect(high.value.units == high.parts.reduce(0) { $0 + $1.value.units })
            #expect(high.parts.reduce(0) { $0 + $1.amount.units } == large)
        }
    }
}

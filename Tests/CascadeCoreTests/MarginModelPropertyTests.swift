import PropertyBased
import Testing

@testable import CascadeCore

/// Over random return paths (calm, crashes, wild swings) and random rules, an adaptive model's
/// requirement never falls below its floor, never passes its ceiling, and never rises faster than its
/// limit: at most `maxRise` of the rate in force per change, at most one rise per review interval.
@Suite("Margin model properties")
struct MarginModelPropertyTests {
    static let returns = Gen.double(in: -0.08...0.08).map { $0 * $0 * $0 * 150 }.array(of: 20...600)

    /// Runs the model second by second through `moves` the way the exchange does: a due change first,
    /// then a sample, then a review.
    @Test func requirementsStayWithinTheFloorAndTheRateLimit() async {
        await propertyCheck(count: 300, input: Self.returns, Gen.int(in: 0...Int(Int32.max))) { moves, seed in
            var random = UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15 | 1
            func next(_ bound: Int) -> Int {
                random ^= random << 13
                random ^= random >> 7
                random ^= random << 17
                return Int(random % UInt64(bound))
            }
            var parameters = MarginModelParameters(kind: [.ewma, .garch, .predictive][next(3)])
            parameters.lambda = 0.5 + Double(next(50)) / 100
            parameters.sampleEvery = .second
            parameters.reviewEvery = SimTime(1 + next(10)) * .second
            parameters.leadTime = SimTime(next(4)) * parameters.reviewEvery
            parameters.maxRise = Rate(units: Int64(1 + next(100)) * 1_000_000)
            parameters.deadband = Rate(units: Int64(next(20)) * 1_000_000)
            parameters.horizon = SimTime(1 + next(600)) * .second
            if next(2) == 0 { parameters.floor = Rate(units: Int64(1 + next(1_000)) * 1_000) }
            var state = MarginModelState(
                instrument: InstrumentID(0), parameters: parameters, tiers: Instrument.btcPerp.tiers)
            var price = 6_400_000.0
            var lastRise: SimTime?
            for (offset, move) in moves.enumerated() {
                let now = SimTime(offset + 1) * .second
                price = Swift.max(1, price * (1 + move))
                while state.nextWork <= now {
                    let before = state.inForce
                    var applied: MarginRequirementChange?
                    if let change = state.takeDue(at: Swift.min(state.nextSample, state.nextReview)) {
                        applied = change
                    } else if state.nextSample <= state.nextReview {
                        state.sample(Int64(price))
                    } else if let change = state.review(at: now, addOn: Double(next(300)) / 100),
                        change.phase == .effective
                    {
                        applied = change
                    }
                    #expect(state.inForce >= state.floor && state.inForce <= state.ceiling, "seed \(seed)")
                    guard let change = applied else {
                        #expect(state.inForce == before, "seed \(seed): moved without a change")
                        continue
                    }
                    #expect(change.oldRate == before && change.newRate == state.inForce, "seed \(seed)")
                    guard change.isRise else { continue }
                    let limit = parameters.maxRise.of(Money(units: before.units), rounding: .towardZero).units
                    #expect(change.newRate.units - before.units <= limit, "seed \(seed): rise beyond the limit")
                    if let lastRise {
                        #expect(now - lastRise >= parameters.reviewEvery, "seed \(seed): two rises in one interval")
                    }
                    lastRise = now
                }
            }
        }
    }

    /// Whatever the rate, a scaled table is a valid one: rates rising and leverages falling tier to
    /// tier, maintenance continuous at every boundary.
    @Test func scaledTablesStayValid() async {
        await propertyCheck(count: 500, input: Gen.int(in: 1...Int(Rate.one))) { units in
            for table in [Instrument.btcPerp.tiers, Instrument.ethPerp.tiers, Instrument.btcUsdInverse.tiers] {
                let scaled = table.scaled(firstRate: Rate(units: Int64(units)))
                #expect((try? MarginTierTable(tiers: scaled.tiers)) != nil, "rate \(units)")
                #expect(scaled.tiers.count == table.tiers.count)
            }
        }
    }
}

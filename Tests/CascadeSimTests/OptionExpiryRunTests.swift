import CascadeCore
import Testing

@testable import CascadeSim

/// A seeded options session through an expiry, as the `calm` world runs it: the clock starts at
/// 05:45 UTC on Monday 7 December 2026, so buyers (who keep to expiries two hours out or more) still
/// trade the 08:00 daily for a quarter of an hour, dealers quote it to 07:30, and it settles
/// 2 h 15 min in.
struct OptionExpiryRunTests {
    static let scenario = """
        name = "options-expiry"
        start = "2026-12-07 05:45"

        [[markets]]
        symbol = "BTC-PERP"
        price = 64000
        volatility = 0.5

        [population]
        retail_traders = 100

        [options]
        buyers = 60
        writers = 6
        """

    /// What the run saw of option expiries: which options expired and which positions settled.
    struct ExpiryLog: WorldObserver {
        var expired: Set<InstrumentID> = []
        var settled: [OptionSettlement] = []
        var dealerDelta = 0.0

        mutating func observe(_ events: [Event], place: Marketplace) {
            for event in events {
                if case .optionExpired(let id, _, _) = event { expired.insert(id) }
                if case .optionSettled(let settlement) = event { settled.append(settlement) }
            }
        }
    }

    static func run(seed: UInt64) throws -> (world: World, log: ExpiryLog, daily: [InstrumentID]) {
        var world = World(scenario: try Scenario.parse(scenario, file: "options-expiry.toml"), seed: seed)
        var log = ExpiryLog()
        let settles = 2 * SimTime.hour + 15 * SimTime.minute
        world.run(until: settles - SimTime.minute, observer: &log)
        let daily = try #require(world.exchange.optionExpiries(on: InstrumentID(0)).first)
        #expect(world.exchange.configuration.calendar.expiryCode(of: daily.time) == "7DEC26")
        #expect(daily.time == settles)
        var time = settles - SimTime.minute
        while time < settles + 5 * SimTime.minute {
            time += 10 * SimTime.second
            world.run(until: time, observer: &log)
            log.dealerDelta = max(log.dealerDelta, world.largestDealerDelta)
        }
        return (world, log, daily.strikes.flatMap { [$0.call, $0.put] })
    }

    @Test func theDailySettlesEveryPositionThroughTheLedger() throws {
        let (world, log, daily) = try Self.run(seed: 7)
        let exchange = world.exchange
        // Every option of the expiry expired, and nothing of it is left: no position, no order.
        #expect(Set(daily).isSubset(of: log.expired))
        for id in daily {
            #expect(exchange.openInterest(id) == 0)
            #expect(exchange.touch(id).bid == nil && exchange.touch(id).ask == nil)
        }
        for account in exchange.accounts {
            #expect(daily.allSatisfy { account.positions[$0].isFlat })
        }
        // Positions were there to settle, both ways, and each at the intrinsic value of its option.
        let settledHere = log.settled.filter { daily.contains($0.instrument) }
        #expect(settledHere.count > 10, "only \(settledHere.count) positions settled")
        #expect(settledHere.contains { $0.size > 0 } && settledHere.contains { $0.size < 0 })
        #expect(settledHere.reduce(0) { $0 + $1.size } == 0, "longs and shorts settle against each other")
        #expect(exchange.assets.indices.allSatisfy { exchange.ledgerDiscrepancy(asset: $0) == .zero })
        #expect(exchange.ledgerBalances)
        // The dealers hedged: their net delta stayed within the widest of their hedge bands
        // (1.5 × 100,000 USD) although they wrote and bought options all along.
        #expect(log.dealerDelta < 150_000, "dealers' largest net delta \(log.dealerDelta) USD")
    }
}

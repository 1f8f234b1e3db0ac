import Testing

@testable import CascadeBench
@testable import CascadeCore

@Suite("Matching benchmark workload")
struct MatchingWorkloadTests {
    private func small(seed: UInt64) -> MatchingWorkload {
        var parameters = MatchingWorkload.Parameters()
        parameters.seed = seed
        parameters.commands = 30_000
        return MatchingWorkload(parameters)
    }

    @Test func followsTheExchangeCoreMix() {
        let profile = small(seed: 3).profile
        #expect(profile.total == 30_000)
        #expect(abs(profile.percent(profile.goodTillCancelled) - 9) < 1)
        #expect(abs(profile.percent(profile.immediateOrCancel) - 3) < 0.5)
        #expect(abs(profile.percent(profile.cancels) - 6) < 0.7)
        #expect(abs(profile.percent(profile.moves) - 82) < 1.5)
        #expect((3...8).contains(profile.percent(profile.trading)))
        let meanResting = Double(profile.restingOrdersSum) / Double(profile.total)
        #expect((850...1_150).contains(meanResting))
    }

    @Test func theSameSeedGivesTheSameCommands() {
        #expect(small(seed: 5).commands == small(seed: 5).commands)
        #expect(small(seed: 5).commands != small(seed: 6).commands)
    }

    @Test func replayingOnAFreshBookFindsEveryOrderTheGeneratorSaw() {
        // Cancels and moves name open orders only, so a replay must never see an unknown id.
        let workload = small(seed: 9)
        var book = OrderBook(configuration: OrderBookConfiguration(expectedOrders: 2_000))
        var events: [BookEvent] = []
        var unknown = 0
        for command in workload.preload + workload.commands {
            events.removeAll(keepingCapacity: true)
            book.apply(command, events: &events)
            for case .rejected(_, .unknownOrder) in events { unknown += 1 }
        }
        #expect(unknown == 0)
    }

    @Test func theBenchmarkReportsEveryRequiredKey() {
        let workload = small(seed: 2)
        let result = MatchingBenchmark.run(
            name: "matching", preload: workload.preload, commands: Array(workload.commands.prefix(2_000)),
            reportMemory: true, profile: workload.profile
        ) { BookTarget(expectedOrders: 1_100) }
        for key in [
            "\"name\":\"matching\"", "\"commands\":2000", "\"ops_per_sec\":", "\"p50_ns\":", "\"p99_ns\":",
            "\"p999_ns\":", "\"p9999_ns\":", "\"max_ns\":", "\"bytes_per_resting_order\":",
        ] {
            #expect(result.jsonLine.contains(key))
        }
        #expect(result.p50 <= result.p99 && result.p99 <= result.p999)
        #expect(result.p999 <= result.p9999 && result.p9999 <= result.max)
        #expect(result.restingOrders == 1_000)
    }
}

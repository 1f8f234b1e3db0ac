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

    /// Replays a workload on a fresh book and counts the commands that named an unknown order.
    private func unknownOrders(replaying workload: MatchingWorkload, expectedOrders: Int) -> Int {
        var book = OrderBook(configuration: OrderBookConfiguration(expectedOrders: expectedOrders))
        var events: [BookEvent] = []
        var unknown = 0
        for command in workload.preload + workload.commands {
            events.removeAll(keepingCapacity: true)
            book.apply(command, events: &events)
            for case .rejected(_, .unknownOrder) in events { unknown += 1 }
        }
        return unknown
    }

    @Test func theMixedWorkloadFollowsTheExchangeLikeMix() {
        let workload = MatchingWorkload(.mixed(seed: 4, commands: 40_000))
        let profile = workload.profile
        #expect(profile.total == 40_000)
        #expect(abs(profile.percent(profile.goodTillCancelled) - 50) < 1.5)
        #expect(abs(profile.percent(profile.cancels) - 35) < 1.5)
        #expect(abs(profile.percent(profile.immediateOrCancel) - 10) < 1)
        #expect(abs(profile.percent(profile.moves) - 5) < 0.7)
        let meanResting = Double(profile.restingOrdersSum) / Double(profile.total)
        #expect((800...1_200).contains(meanResting))
        let markets = workload.commands.filter {
            if case .place(let request) = $0 { return request.terms.limit == nil }
            return false
        }
        #expect(abs(Double(markets.count) / 40_000 * 100 - 5) < 1)
    }

    @Test func theMixedWorkloadRestsNearTheTouch() {
        // Orders sit within the band behind their side's best, so the book spans a few dozen levels.
        let profile = MatchingWorkload(.mixed(seed: 8, commands: 20_000)).profile
        let meanLevels = Double(profile.occupiedLevelsSum) / Double(profile.levelSamples)
        #expect((10...90).contains(meanLevels))
    }

    @Test func replayingTheMixedWorkloadFindsEveryOrder() {
        let workload = MatchingWorkload(.mixed(seed: 11, commands: 30_000))
        #expect(unknownOrders(replaying: workload, expectedOrders: 64) == 0)
    }

    @Test func theSameSeedGivesTheSameCommands() {
        #expect(small(seed: 5).commands == small(seed: 5).commands)
        #expect(small(seed: 5).commands != small(seed: 6).commands)
    }

    @Test func replayingOnAFreshBookFindsEveryOrderTheGeneratorSaw() {
        // Cancels and moves name open orders only, so a replay must never see an unknown id.
        #expect(unknownOrders(replaying: small(seed: 9), expectedOrders: 2_000) == 0)
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

import Testing

@testable import CascadeBench

/// The lending benchmark's swing on a small population: vaults cross the line both ways, the kept
/// list equals a scan's on every tick, and the index computes far fewer health factors.
@Suite("Lending benchmark")
struct LendingBenchmarkTests {
    @Test func theIndexKeepsTheScansListWithFewerChecks() {
        let result = LendingBenchmark.run(vaults: 1_000, ticks: 60, seed: 3)
        #expect(result.same)
        #expect(result.vaults == 1_000)
        #expect(result.mostUnsafe > 100 && result.mostUnsafe < 1_000)
        #expect(result.checksRatio > 20)
        #expect(result.jsonLine.hasPrefix("{\"name\":\"lending\",\"vaults\":1000,\"ticks\":60,"))
    }
}

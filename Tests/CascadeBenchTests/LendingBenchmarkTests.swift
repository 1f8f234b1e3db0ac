import Testing

@testable import CascadeBench

/// The lending benchmark on a small population: quiet ticks check no vault; in the swing vaults cross
/// the line both ways, the kept list equals a scan's on every tick, and the index computes far fewer
/// health factors.
@Suite("Lending benchmark")
struct LendingBenchmarkTests {
    @Test func theIndexKeepsTheScansListWithFewerChecks() {
        let result = LendingBenchmark.run(vaults: 1_000, ticks: 60, seed: 3)
        #expect(result.same)
        #expect(result.vaults == 1_000)
        #expect(result.mostUnsafe > 100 && result.mostUnsafe < 1_000)
        #expect(result.checksRatio > 20)
        #expect(result.quietChecks == 0)
        #expect(result.quietNanoseconds > 0 && result.quietScanNanoseconds > 0)
        #expect(result.jsonLine.hasPrefix("{\"name\":\"lending\",\"vaults\":1000,\"ticks\":60,"))
        #expect(result.jsonLine.contains(",\"quiet_checks\":0,\"quiet_tick_ns\":"))
    }
}

import CascadeBench
import Testing

/// Banded detection of portfolio accounts against evaluating every account on every index update.
struct PortfolioCrashTests {
    @Test func bandsMissNoBreachAndEvaluateFarLess() {
        let crash = PortfolioCrash(accounts: 40, seed: 3, seconds: 900)
        let banded = crash.run(banded: true)
        let full = crash.run(banded: false)
        // Every breach is found on the same index update, so the two runs are the same run.
        #expect(banded.triggers == full.triggers)
        #expect(banded.digest == full.digest)
        #expect(!banded.triggers.isEmpty && banded.reductionSteps > 0, "the crash hurts someone")
        #expect(banded.survivors > 0, "someone outlives a move standard margin would have liquidated")
        #expect(full.evaluations >= 40 * 900)
        #expect(banded.evaluations * 20 <= full.evaluations)
        #expect(banded.ledgerBalances && full.ledgerBalances)
    }
}

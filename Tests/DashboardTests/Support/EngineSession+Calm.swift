@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard

extension EngineSession {
    /// The calm market from `seed` (3 unless said), live, after a two-minute warm-up: a book on both
    /// sides and a mark, for tests that send the user's commands to the real engine.
    static func calm(seed: UInt64 = 3) throws -> EngineSession {
        try EngineSession(
            scenario: ScenarioLibrary.named("calm"), seed: seed, speed: 1, paused: false, warmUp: 2 * .minute)
    }
}

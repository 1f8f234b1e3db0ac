import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard

/// One speed limit (`SimulationSpeed.range`, 0.25x–600x) for `:speed`, `<` `>` and the engine.
@Suite struct SimulationSpeedTests {
    private let snapshot = SnapshotFixture.snapshot()

    private func requestedSpeed(_ effects: [AppEffect]) -> Double? {
        effects.compactMap { if case .engine(.setSpeed(let speed)) = $0 { speed } else { nil } }.first
    }

    @Test(arguments: ["1000", "100000", "0.1", "0", "-5", "nan", "inf"])
    func aSpeedOutsideTheLimitIsRejectedWithTheLimit(value: String) {
        var state = AppState(themeName: "default-dark")
        #expect(state.runCommand("speed \(value)", snapshot: snapshot).isEmpty)
        #expect(state.status?.isError == true)
        #expect(state.status?.text == "speed must lie between 0.25x and 600x")
    }

    @Test(arguments: [0.25, 1, 600])
    func aSpeedWithinTheLimitIsSent(value: Double) {
        var state = AppState(themeName: "default-dark")
        #expect(requestedSpeed(state.runCommand("speed \(value)", snapshot: snapshot)) == value)
        #expect(state.status?.isError != true)
    }

    @Test func theSpeedKeysStopAtTheLimits() {
        var state = AppState(themeName: "default-dark")
        var fast = snapshot
        fast.speed = SimulationSpeed.range.upperBound
        #expect(requestedSpeed(state.handle(.character(">"), snapshot: fast, visible: [])) == 600)
        var slow = snapshot
        slow.speed = SimulationSpeed.range.lowerBound
        #expect(requestedSpeed(state.handle(.character("<"), snapshot: slow, visible: [])) == 0.25)
    }

    @Test func theEngineHoldsToTheLimitToo() throws {
        var session = EngineSession(scenario: try ScenarioLibrary.named("calm"), seed: 1, speed: 1, paused: true)
        session.handle(.setSpeed(100_000))
        #expect(session.speed == 600)
        session.handle(.setSpeed(0.01))
        #expect(session.speed == 0.25)
    }
}

import Testing

@testable import CascadeCore
@testable import Dashboard
@testable import TerminalKit

/// Actions that would drop an open position ask first, through one question overlay.
@Suite struct ConfirmationTests {
    private let snapshot = SnapshotFixture.snapshot()

    private func scenarios(_ effects: [AppEffect]) -> [String] {
        effects.compactMap { if case .scenario(let name) = $0 { name } else { nil } }
    }

    @Test func aScenarioSwitchWithAnOpenPositionAsksAndOnlyYesGoesAhead() {
        var state = AppState(themeName: "default-dark")
        #expect(state.runCommand("scenario flash-crash", snapshot: snapshot).isEmpty)
        guard case .confirm(.scenario("flash-crash")) = state.overlay else {
            Issue.record("no question")
            return
        }
        #expect(state.handle(.character("n"), snapshot: snapshot, visible: []).isEmpty)
        #expect(state.overlay == nil)
        _ = state.runCommand("scenario flash-crash", snapshot: snapshot)
        #expect(state.handle(.character("q"), snapshot: snapshot, visible: []).isEmpty)
        #expect(!state.shouldQuit)
        _ = state.runCommand("scenario flash-crash", snapshot: snapshot)
        #expect(scenarios(state.handle(.character("y"), snapshot: snapshot, visible: [])) == ["flash-crash"])
        #expect(state.overlay == nil)
    }

    @Test func aScenarioSwitchWhileFlatGoesAheadAtOnce() {
        var state = AppState(themeName: "default-dark")
        var flat = snapshot
        flat.account.positions = []
        #expect(scenarios(state.runCommand("scenario calm", snapshot: flat)) == ["calm"])
        #expect(state.overlay == nil)
    }

    @Test func theQuestionNamesTheScenarioOnScreen() {
        var state = AppState(themeName: "default-dark")
        _ = state.runCommand("scenario flash-crash", snapshot: snapshot)
        let app = ViewContext(snapshot: snapshot, state: state, glyphs: .unicode)
        var canvas = Canvas(width: 80, height: 24)
        DashboardScreen.draw(app, layout: DashboardLayout(width: 80, height: 24)!, canvas: &canvas)
        #expect(canvas.text.contains("Start 'flash-crash' and lose it? (y / n)"))
    }

    @Test func quitFromTheCommandLineAsksLikeQ() {
        var state = AppState(themeName: "default-dark")
        _ = state.runCommand("quit", snapshot: snapshot)
        #expect(!state.shouldQuit)
        _ = state.handle(.character("y"), snapshot: snapshot, visible: [])
        #expect(state.shouldQuit)
    }
}

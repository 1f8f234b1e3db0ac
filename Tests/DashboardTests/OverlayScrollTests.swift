import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// At 80×24 every overlay reaches its last line with the scroll keys and says when there is more;
/// the keys come from the key map, so help lists them.
@Suite struct OverlayScrollTests {
    private func screen(_ state: AppState, snapshot: MarketSnapshot = SnapshotFixture.snapshot()) -> Canvas {
        var canvas = Canvas(width: state.screen.width, height: state.screen.height)
        let layout = DashboardLayout(width: canvas.width, height: canvas.height, lesson: state.lesson != nil)!
        DashboardScreen.draw(
            ViewContext(snapshot: snapshot, state: state, glyphs: .unicode), layout: layout, canvas: &canvas)
        return canvas
    }

    private func state(_ overlay: AppState.Overlay) -> AppState {
        var state = AppState(themeName: "default-dark")
        state.overlay = overlay
        return state
    }

    private func press(_ key: Key, _ state: inout AppState, snapshot: MarketSnapshot = SnapshotFixture.snapshot()) {
        _ = state.handle(key, snapshot: snapshot, visible: [])
    }

    @Test func explainReachesTheLiquidationPriceAndAtLiquidation() throws {
        var state = state(.explain)
        var canvas = screen(state)
        #expect(canvas.find("At liquidation:") == nil)
        #expect(canvas.find("↓ more 1–") != nil)
        press(.end, &state)
        canvas = screen(state)
        #expect(canvas.find("At liquidation:") != nil)
        #expect(canvas.find("↑ more") != nil)
        press(.home, &state)
        #expect(state.overlayScroll == 0)
        press(.pageDown, &state)
        let page = state.overlayScroll
        #expect(page > 1)
        press(.character("k"), &state)
        #expect(state.overlayScroll == page - 1)
        for _ in 0..<200 { press(.down, &state) }
        let end = state.overlayScroll
        press(.end, &state)
        #expect(state.overlayScroll == end, "↓ stops at the last screenful")
        press(.home, &state)
        var seen = screen(state).text
        for _ in 0..<10 {
            press(.pageDown, &state)
            seen += screen(state).text
        }
        #expect(seen.contains("liquidation price = (entry value"))
        #expect(seen.contains("distance to liquidation"))
    }

    @Test func helpScrollsToItsLastKeyAndListsTheScrollKeys() {
        var state = state(.help)
        #expect(screen(state).find("↓ more") != nil)
        press(.end, &state)
        let canvas = screen(state)
        #expect(canvas.find("what-if: close") != nil, "\(canvas.text)")
        let help = KeyMap.standard.helpSections.flatMap(\.1).map(\.key)
        for binding in KeyMap.scrolling.bindings { #expect(help.contains(binding.label)) }
        for binding in KeyMap.whatIf.bindings { #expect(help.contains(binding.label)) }
    }

    @Test func theGlossaryReachesItsLastTerm() {
        var state = state(.glossary(0))
        let last = "\(GlossaryView.terms.last!.name):"
        #expect(screen(state).find(last) == nil)
        press(.end, &state)
        #expect(screen(state).find(last) != nil)
    }

    @Test func aReplayReachesItsLastStepAndTheListShowsItsPlace() throws {
        var snapshot = SnapshotFixture.snapshot()
        snapshot.replays = (1...30).map { id in
            var replay = LiquidationReplay(id: id, account: AccountID(5), isUser: false, started: 0)
            replay.moments = (0..<12).map { _ in
                let step = LiquidationStep.insuranceFund(asset: AssetID(0), change: Money(units: 5), balance: .zero)
                return .init(time: 0, entry: .step(step))
            }
            replay.isOver = true
            return replay
        }
        var state = state(.replays(ReplayBrowser(newest: 30)))
        press(.end, &state, snapshot: snapshot)
        #expect(screen(state, snapshot: snapshot).find("30/30") != nil)
        press(.home, &state, snapshot: snapshot)
        press(.enter, &state, snapshot: snapshot)
        #expect(screen(state, snapshot: snapshot).find("Insurance fund: ") == nil)
        press(.end, &state, snapshot: snapshot)
        #expect(screen(state, snapshot: snapshot).find("Insurance fund: ") != nil)
    }

    @Test func theLessonPickerKeepsTheSelectionInViewDuringALesson() throws {
        var state = state(.lessons(0))
        state.lesson = LessonProgress(lesson: LessonLibrary.all[0], generation: 0)
        state.screen = (80, 24)
        press(.end, &state)
        guard case .lessons(let selected) = state.overlay else { throw CancellationError() }
        #expect(selected == LessonLibrary.all.count - 1)
        let last = try #require(LessonLibrary.all.last)
        #expect(screen(state).find("\(LessonLibrary.all.count). \(last.title)") != nil)
    }

    /// Every key the what-if hint names does something, and the hint names no other.
    @Test func theWhatIfHintNamesOnlyWorkingKeys() throws {
        let snapshot = SnapshotFixture.snapshot()
        let position = try #require(snapshot.account.positions.first)
        let start = WhatIf(mark: position.risk.input.mark, leverage: 10, mode: .cross)
        var state = state(.whatIf(start))
        let canvas = screen(state)
        #expect(canvas.find("Shift") == nil)
        #expect(canvas.find("PgDn/PgUp mark 5%") != nil)
        for binding in KeyMap.whatIf.bindings {
            #expect(canvas.find(binding.label) != nil, "\(binding.label)")
            for key in binding.keys {
                state.overlay = .whatIf(start)
                press(key, &state, snapshot: snapshot)
                if case .whatIf(let after) = state.overlay { #expect(after != start, "\(key) did nothing") }
            }
        }
    }
}

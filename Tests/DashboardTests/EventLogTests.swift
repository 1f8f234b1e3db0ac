import Testing

@testable import CascadeCore
@testable import Dashboard
@testable import TerminalKit

/// The event log scrolls (`↑↓` with it focused, standing still while lines arrive) and filters:
/// `u` for the user's own lines, `/` for a text, typed live; control characters typed are not taken.
@Suite struct EventLogTests {
    /// Forty numbered lines, every fifth one the user's.
    static func snapshot(lines: Int = 40) -> MarketSnapshot {
        var snapshot = SnapshotFixture.snapshot()
        snapshot.log = (1...lines).map { index in
            LogEntry(
                time: SimTime(index) * 1_000, kind: index % 5 == 0 ? .fill : .liquidation,
                text: index % 5 == 0 ? "Bought line \(index)" : "Account \(index) liquidated", isUser: index % 5 == 0,
                sequence: index)
        }
        return snapshot
    }

    private func press(_ keys: [Key], _ state: inout AppState, snapshot: MarketSnapshot = snapshot()) {
        for key in keys { _ = state.handle(key, snapshot: snapshot, visible: AppState.Panel.allCases) }
    }

    private func type(_ text: String, _ state: inout AppState) {
        press(text.map { Key.character($0) }, &state)
    }

    private func log(_ state: AppState, snapshot: MarketSnapshot = snapshot(), height: Int = 12) -> Canvas {
        var canvas = Canvas(width: 60, height: height)
        EventLogView.draw(
            ViewContext(snapshot: snapshot, state: state, glyphs: .unicode), in: canvas.bounds, canvas: &canvas)
        return canvas
    }

    @Test func slashFiltersAsItIsTypedEnterKeepsAndEscClears() throws {
        var state = AppState(themeName: "default-dark")
        press([.character("/")], &state)
        type("BOUGHT LINE 3", &state)
        #expect(state.logSearch == "BOUGHT LINE 3")
        let typed = log(state)
        #expect(typed.row(0).contains("/BOUGHT LINE 3: 2"), "35 and 30, ignoring case")
        #expect(typed.row(1).contains("Bought line 35") && typed.row(2).contains("Bought line 30"))
        press([.enter], &state)
        #expect(state.overlay == nil && state.logSearch == "BOUGHT LINE 3")
        press([.character("/"), .escape], &state)
        #expect(state.logSearch.isEmpty)
        #expect(log(state).row(1).contains("Bought line 40"))
        press([.character("/")], &state)
        type("nothing", &state)
        #expect(log(state).row(1).contains("No event contains “nothing”"))
    }

    @Test func controlCharactersTypedInTheSearchAreNotTaken() {
        var state = AppState(themeName: "default-dark")
        press([.character("/")], &state)
        press(
            [.character("\u{1B}"), .character("\u{9B}"), .character("\u{202E}"), .character("a"), .character("\u{7}")],
            &state)
        #expect(state.logSearch == "a")
        state.logSearch = "x\u{1B}]0;t\u{7}"
        #expect(log(state).row(0).contains("/x\\u{1B}]0;t\\u{7}"))
    }

    @Test func uAndSearchCombineToTheUsersMatchingLines() {
        var state = AppState(themeName: "default-dark")
        press([.character("u"), .character("/")], &state)
        type("4", &state)
        let entries = state.logEntries(in: Self.snapshot())
        #expect(entries.map(\.text) == ["Bought line 40"])
    }

    @Test func arrowsScrollTheFocusedLogWhichStandsStillWhileLinesArrive() throws {
        var state = AppState(themeName: "default-dark")
        state.focus = .log
        let top = log(state)
        #expect(top.row(1).contains("Account 39") == false && top.row(1).contains("Bought line 40"))
        #expect(top.row(11).contains("↓ more 1–10/40"))
        press([.down, .down, .character("j")], &state)
        let scrolled = log(state)
        #expect(scrolled.row(1).contains("Account 37"))
        #expect(scrolled.row(11).contains("↑↓ 4–13/40"))
        let grown = Self.snapshot(lines: 45)
        #expect(log(state, snapshot: grown).row(1).contains("Account 37"), "new lines do not move a scrolled log")
        press(Array(repeating: .up, count: 8), &state, snapshot: grown)
        #expect(state.logTop == nil)
        #expect(log(state, snapshot: grown).row(1).contains("Bought line 45"), "back at the top it follows")
        for _ in 0..<60 { press([.down], &state) }
        #expect(log(state).row(1).contains("Account 1 "), "scrolling stops at the oldest line")
    }

    @Test func arrowsStillSelectPositionRowsWhenTheLogIsNotFocused() {
        var state = AppState(themeName: "default-dark")
        state.focus = .positions
        press([.down], &state)
        #expect(state.logTop == nil)
    }
}

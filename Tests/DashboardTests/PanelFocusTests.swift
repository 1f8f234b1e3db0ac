import Testing

@testable import CascadeCore
@testable import Dashboard
@testable import TerminalKit

/// The focused panel is marked by its frame's shape (not only its colour), and `z` maximises it:
/// Tab then pages through every panel, even at 80×24 where most are not laid out; `z` or Esc restores.
@Suite struct PanelFocusTests {
    private func press(_ keys: [Key], _ state: inout AppState, width: Int = 80, height: Int = 24) {
        let visible = DashboardLayout(width: width, height: height, state: state)?.visiblePanels ?? []
        for key in keys { _ = state.handle(key, snapshot: SnapshotFixture.snapshot(), visible: visible) }
    }

    private func screen(_ state: AppState, width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode) throws
        -> Canvas
    {
        var canvas = Canvas(width: width, height: height)
        let layout = try #require(DashboardLayout(width: width, height: height, state: state))
        var context = SnapshotFixture.context(state: state)
        context.glyphs = glyphs
        DashboardScreen.draw(context, layout: layout, canvas: &canvas)
        return canvas
    }

    @Test func onlyTheFocusedPanelHasADoubleFrameInUnicodeAndASCII() throws {
        var state = AppState(themeName: "default-dark")
        let unicode = try screen(state, width: 160, height: 48)
        #expect(unicode.find("╔ Chart") != nil)
        #expect(unicode.text.filter { $0 == "╔" }.count == 1)
        #expect(unicode.find("╭ Book") != nil)
        press([.tab], &state, width: 160, height: 48)
        let ascii = try screen(state, width: 160, height: 48, glyphs: .ascii)
        #expect(state.focus != .chart)
        #expect(ascii.text.filter { $0 == "#" }.count >= 4, "the focused frame's corners")
        #expect(ascii.find("+ Chart") != nil)
    }

    @Test func zMaximisesTheFocusedPanelAndZOrEscRestores() throws {
        var state = AppState(themeName: "default-dark")
        press([.character("z")], &state)
        #expect(state.maximised == .chart)
        let maximised = try screen(state)
        #expect(maximised.row(1).hasPrefix("╔ Chart BTC-PERP"))
        #expect(maximised.row(22).hasPrefix("╚") && maximised.row(22).hasSuffix("╝"))
        #expect(maximised.find("Book") == nil)
        #expect(maximised.find("z/Esc restore") != nil)
        press([.character("z")], &state)
        #expect(state.maximised == nil)
        #expect(try screen(state).find("Book") != nil)
        press([.character("z"), .escape], &state)
        #expect(state.maximised == nil)
    }

    @Test func tabPagesThroughEveryPanelWhileMaximisedEvenAt80x24() throws {
        var state = AppState(themeName: "default-dark")
        press([.character("z")], &state)
        var seen: [AppState.Panel] = [state.focus]
        for _ in 1..<AppState.Panel.allCases.count {
            press([.tab], &state)
            seen.append(state.focus)
            #expect(state.maximised == state.focus)
            let canvas = try screen(state)
            #expect(canvas.row(1).hasPrefix("╔ \(state.focus.title)"), "\(canvas.row(1))")
        }
        #expect(Set(seen) == Set(AppState.Panel.allCases))
        for (width, height) in [(80, 24), (160, 48), (240, 70)] {
            (state.focus, state.maximised) = (.heatmap, .heatmap)
            let canvas = try screen(state, width: width, height: height)
            #expect(canvas.row(1).hasPrefix("╔ Liquidation heatmap"))
        }
    }

    @Test func zOutsideTheTradeWorkspaceDoesNothing() {
        var state = AppState(themeName: "default-dark")
        press([.character("2"), .character("z")], &state)
        #expect(state.maximised == nil && state.status == nil && state.overlay == nil)
    }
}

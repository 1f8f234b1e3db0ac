import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// Issue 12's crash: a 100x long of 2 BTC in `flash-crash` (seed 3) is liquidated at about 00:41.
/// That must be unmistakable: a banner to dismiss, danger-coloured log lines that say what
/// happened, a gauge that is never SAFE with no equity left, and a log filter to the user's lines.
@Suite(.serialized) struct UserLiquidationTests {
    /// The snapshot after the crash, and the user's buy already in it.
    static let crashed: MarketSnapshot = {
        var session = EngineSession(
            scenario: try! ScenarioLibrary.named("flash-crash"), seed: 3, speed: 1, paused: false)
        session.advanceSimulated(to: 5 * .second)
        let btc = InstrumentID(0)
        session.handle(.command(.setLeverage(World.userAccount, btc, 100)))
        session.handle(
            .command(
                .place(
                    NewOrder(
                        account: World.userAccount, instrument: btc, clientOrderID: ClientOrderID(1),
                        terms: .market(.buy, Quantity(lots: 2_000)))))
        )
        session.advanceSimulated(to: 45 * .minute)
        return session.snapshot()
    }()

    private var userLog: [LogEntry] { Self.crashed.log.filter(\.isUser) }

    @Test func theLiquidationIsLoggedWithItsWordAndNoFillReadsLikeTheUsersTrade() throws {
        let notice = try #require(Self.crashed.notices.last)
        #expect(notice.kind == .liquidated)
        #expect(notice.text.hasPrefix("LIQUIDATED: your 2.000 BTC-PERP closed"))
        #expect(userLog.contains { $0.text == notice.text && $0.kind == .liquidation })
        #expect(userLog.contains { $0.text.hasPrefix("TAKEN OVER BY BACKSTOP") })
        // The buy is the user's only own trade; every later fill is the liquidation engine's.
        let trades = userLog.filter { $0.kind == .fill }
        #expect(!trades.isEmpty && trades.allSatisfy { $0.text.hasPrefix("Bought") })
        for entry in userLog where entry.kind == .liquidation || entry.kind == .deleveraging {
            #expect(EventLogView.role(entry) == .marginDanger, "\(entry.text)")
        }
    }

    @Test func aBannerSaysWhatHappenedAndEscOrEnterDismissesIt() throws {
        var state = AppState(themeName: "default-dark")
        state.takeNotices(from: Self.crashed)
        let notice = try #require(state.notice)
        for (width, height) in [(80, 24), (160, 48)] {
            let text = render(state, width: width, height: height)
            #expect(text.contains("╔ \(notice.kind.rawValue) "), "\(width)×\(height)")
            #expect(text.contains("LIQUIDATED: your 2.000 BTC-PERP closed"), "\(width)×\(height)")
            #expect(text.contains("equity now 0.00 USDC"), "\(width)×\(height)")
        }
        #expect(state.handle(.character("x"), snapshot: Self.crashed, visible: []).isEmpty)
        #expect(state.notice != nil, "other keys leave the banner up")
        let layout = try #require(DashboardLayout(width: 160, height: 48))
        let book = try #require(layout.panels.first { $0.panel == .book }?.rect)
        _ = state.handleMouse(x: book.x + 3, y: book.y + 5, action: .click, layout: layout, snapshot: Self.crashed)
        #expect(state.focus != .book, "clicks do not reach panels under the banner")
        _ = state.handle(.escape, snapshot: Self.crashed, visible: [])
        #expect(state.notice == nil)
        state.takeNotices(from: Self.crashed)
        #expect(state.notice == nil, "a notice shows once")
        var again = AppState(themeName: "default-dark")
        again.takeNotices(from: Self.crashed)
        _ = again.handle(.enter, snapshot: Self.crashed, visible: [])
        #expect(again.notice == nil)
        let help = KeyMap.standard.helpSections.flatMap(\.1)
        #expect(help.contains { $0.key == "Esc/Enter" && $0.text.contains("liquidation banner") })
    }

    @Test func theGaugeSaysLiquidatedNotSafe() {
        let text = render(AppState(themeName: "default-dark"), width: 160, height: 48)
        #expect(Self.crashed.account.equity.units <= 0)
        #expect(text.contains("LIQUIDATED"))
        #expect(!text.contains("SAFE"))
    }

    @Test func uShowsOnlyTheUsersEventsAndTheTitleSaysSo() {
        var state = AppState(themeName: "default-dark")
        #expect(render(state, width: 160, height: 48).contains("Events: all (u: yours only)"))
        _ = state.handle(.character("u"), snapshot: Self.crashed, visible: [])
        let text = render(state, width: 160, height: 48)
        #expect(text.contains("Events: yours only (u: all)"))
        #expect(text.contains("LIQUIDATED: your 2.000"))
        #expect(!text.contains("ADL: account"))
        #expect(Self.crashed.log.filter { !$0.isUser }.count > 100, "the market's lines did not push the user's out")
    }

    private func render(_ state: AppState, width: Int, height: Int) -> String {
        var canvas = Canvas(width: width, height: height)
        let layout = DashboardLayout(width: width, height: height)!
        DashboardScreen.draw(
            ViewContext(snapshot: Self.crashed, state: state, glyphs: .unicode), layout: layout, canvas: &canvas)
        return canvas.text
    }
}

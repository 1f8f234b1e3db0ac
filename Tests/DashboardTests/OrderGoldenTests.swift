import Foundation
import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// The order ticket (a post-only limit sized in USDC, a trailing stop, and the amend of the resting
/// bid) and the chart and positions panel with a take-profit and stop-loss or a trailing stop, over
/// `GoldenMarket`: text and roles
/// compared with `Golden/orders/NAME.txt`.
///
/// After an intended change: `CASCADE_UPDATE_GOLDEN=1 swift test --skip-build --filter Golden`, then
/// review the diff.
@Suite struct OrderGoldenTests {
    static let folder = PanelGoldenTests.folder.appendingPathComponent("orders")

    private func check(_ canvas: Canvas, _ name: String) {
        if let failure = GoldenFile.check(canvas.golden, against: Self.folder.appendingPathComponent("\(name).txt")) {
            Issue.record(Comment(rawValue: failure))
        }
    }

    /// The ticket alone, in the overlay area of an 80×24 screen.
    private func ticket(_ ticket: OrderTicket, state: AppState = AppState(themeName: "default-dark")) -> Canvas {
        let bounds = DashboardScreen.overlayBounds(width: 80, height: 24, lesson: false)
        var canvas = Canvas(width: 80, height: 24)
        TicketView.draw(
            ticket, ViewContext(snapshot: GoldenMarket.snapshot, state: state, glyphs: .unicode), in: bounds,
            canvas: &canvas)
        return canvas.cropped(to: bounds)
    }

    @Test func aPostOnlyLimitSizedInUsdc() {
        var order = OrderTicket(side: .sell, leverage: 10, mode: .cross, price: "")
        var state = AppState(themeName: "default-dark")
        order.prefillPrice(app: state, snapshot: GoldenMarket.snapshot)
        order.kind = .limit
        order.timeInForce = .postOnly
        order.size = TextInput(text: "$5000")
        order.field = .timeInForce
        state.overlay = .ticket(order)
        check(ticket(order, state: state), "ticket-post-only-usdc")
    }

    @Test func theAmendOfTheRestingBid() throws {
        var state = AppState(themeName: "default-dark")
        state.focus = .positions
        state.selectedRow = 1
        _ = state.handle(.character("a"), snapshot: GoldenMarket.snapshot, visible: AppState.Panel.allCases)
        guard case .ticket(let order) = state.overlay else {
            Issue.record("no amend ticket: \(String(describing: state.status))")
            return
        }
        check(ticket(order, state: state), "ticket-amend")
    }

    @Test func theChartAndPositionsWithATakeProfitAndStopLoss() throws {
        try checkProtected(named: "tp-sl") { mark, btc in
            ["tp \(btc.format(mark.offset(by: 300)))", "sl \(btc.format(mark.offset(by: -2_000)))"]
        }
    }

    /// A trailing stop 0.5% off the highest mark, trailing from now: its trigger is the line.
    @Test func theChartAndPositionsWithATrailingStop() throws {
        try checkProtected(named: "trail") { _, _ in ["trail 0.5%"] }
    }

    @Test func aTrailingStopTicket() {
        var order = OrderTicket(side: .sell, leverage: 10, mode: .cross, price: "")
        var state = AppState(themeName: "default-dark")
        order.prefillPrice(app: state, snapshot: GoldenMarket.snapshot)
        order.kind = .trailing
        order.size = TextInput(text: "0.5")
        order.reduceOnly = true
        order.field = .callback
        state.overlay = .ticket(order)
        check(ticket(order, state: state), "ticket-trailing")
    }

    /// The chart and positions panels at 160×48 after the user, long 0.5 BTC, ran the `commands`
    /// made from the mark: compared with `chart-NAME-160x48` and `positions-NAME-160x48`.
    private func checkProtected(named name: String, _ commands: (Price, Instrument) -> [String]) throws {
        var session = try EngineSession(
            scenario: ScenarioLibrary.named("calm"), seed: 7, speed: 1, paused: true, warmUp: GoldenMarket.warmUp)
        var state = AppState(themeName: "default-dark")
        session.handle(.command(.place(state.userOrder(.market(.buy, Quantity(lots: 500)), in: InstrumentID(0)))))
        session.advanceSimulated(to: GoldenMarket.warmUp + 30 * .second)
        let mark = try #require(session.snapshot().instruments[0].mark)
        for text in commands(mark, Instrument.btcPerp) {
            for effect in state.runCommand(text, snapshot: session.snapshot()) {
                if case .engine(let request) = effect { session.handle(request) }
            }
        }
        let context = ViewContext(snapshot: session.snapshot(), state: state, glyphs: .unicode)
        let layout = try #require(DashboardLayout(width: 160, height: 48))
        var screen = Canvas(width: 160, height: 48)
        DashboardScreen.draw(context, layout: layout, canvas: &screen)
        for panel in [AppState.Panel.chart, .positions] {
            let rect = try #require(layout.panels.first { $0.panel == panel }?.rect)
            check(screen.cropped(to: rect), "\(panel.rawValue)-\(name)-160x48")
        }
    }
}

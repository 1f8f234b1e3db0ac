import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// Numbers are never cut: every panel and overlay, at every layout from the smallest up, with the
/// widest values, shows each number whole or says less.
@Suite struct NoTruncationTests {
    /// The fixture at its widest: 100x cross, a stop order at 65,000, a long fill and rejection in
    /// the log, large liquidation totals.
    static func widest() -> ViewContext {
        var context = SnapshotFixture.context()
        context.snapshot.account.positions[0].position.leverage = 100
        context.snapshot.account.orders.append(
            OrderSnapshot(
                id: OrderID(71), instrument: InstrumentID(0), side: .buy, price: nil, trigger: Price(ticks: 650_000),
                quantity: Quantity(lots: 200), reduceOnly: false))
        context.snapshot.log += [
            LogEntry(time: 200_000, kind: .fill, text: "Bought 0.500 BTC-PERP at 71234.5, PnL -1234.56", isUser: true),
            LogEntry(
                time: 220_000, kind: .rejection,
                text: "Order rejected: insufficient margin: needs 6,532.50 USDC, 4,916.06 USDC free", isUser: true),
        ]
        context.snapshot.instruments[0].liquidatedLongs = Array(repeating: 123_456_789, count: 200)
        context.snapshot.instruments[0].liquidatedShorts = Array(repeating: 987_654, count: 200)
        return context
    }

    static var values: [String] {
        let context = widest()
        let position = context.snapshot.account.positions[0]
        let btc = SnapshotFixture.btc
        return [
            "65000.0", "71234.5", "1234.56", "6,532.50", "4,916.06", "100x cross", "#71", "$123M", "$988K",
            btc.format(position.risk.liquidationPrice!), DisplayFormat.money(position.risk.unrealizedPnL, signed: true),
            DisplayFormat.money(context.snapshot.account.equity), DisplayFormat.money(context.snapshot.insuranceFund),
        ]
    }

    static let sizes = [(80, 24), (100, 30), (120, 36), (160, 48), (190, 40), (240, 70)]

    private func screen(_ context: ViewContext, width: Int, height: Int) throws -> Canvas {
        let layout = try #require(DashboardLayout(width: width, height: height))
        var canvas = Canvas(width: width, height: height)
        DashboardScreen.draw(context, layout: layout, canvas: &canvas)
        return canvas
    }

    @Test(arguments: sizes) func noPanelCutsANumber(size: (Int, Int)) throws {
        var context = Self.widest()
        context.state.focus = .positions
        let canvas = try screen(context, width: size.0, height: size.1)
        #expect(truncations(of: Self.values, in: canvas).isEmpty, "\(truncations(of: Self.values, in: canvas))")
        #expect(canvas.row(size.1 - 1).contains("? help  q quit"), "the footer keeps help and quit")
    }

    /// The positions panel at the narrowest the layout gives it: the stop price and leverage whole.
    @Test func positionsShowTheStopPriceAndLeverageWhole() throws {
        let canvas = try screen(Self.widest(), width: 160, height: 48)
        #expect(canvas.find("stop 65000.0") != nil)
        #expect(canvas.find("100x cross") != nil)
    }

    @Test func theEventsPanelWrapsInsteadOfCutting() throws {
        let canvas = try screen(Self.widest(), width: 160, height: 48)
        #expect(canvas.find("Bought 0.500 BTC-PERP") != nil)
        #expect(canvas.find("71234.5") != nil)
    }

    /// The what-if and the ticket alone (what they cover underneath is not theirs to keep whole).
    @Test(arguments: sizes) func overlaysCutNoNumber(size: (Int, Int)) {
        let context = Self.widest()
        let bounds = DashboardScreen.overlayBounds(width: size.0, height: size.1, lesson: false)
        var whatIf = Canvas(width: size.0, height: size.1)
        WhatIfView.draw(
            WhatIf(mark: Price(ticks: 300_000), leverage: 100, mode: .cross), context, in: bounds, canvas: &whatIf)
        var order = OrderTicket(side: .buy, leverage: 100, mode: .cross, price: "65000.0")
        order.size = TextInput(text: "0.2")
        var ticket = Canvas(width: size.0, height: size.1)
        TicketView.draw(order, context, in: bounds, canvas: &ticket)
        for canvas in [whatIf, ticket] {
            #expect(truncations(of: Self.values + ["30000.0"], in: canvas).isEmpty, "\(canvas.text)")
        }
        #expect(whatIf.find("LIQUIDATED") != nil)
        #expect(whatIf.find("(margin balance ≤ main") == nil || whatIf.find("maintenance)") != nil)
    }

    @Test func theTicketHintWrapsWholeFields() throws {
        var context = Self.widest()
        context.state.overlay = .ticket(OrderTicket(side: .buy, leverage: 10, mode: .cross, price: "64000.0"))
        let canvas = try screen(context, width: 160, height: 48)
        #expect(canvas.find("Enter place · Esc cancel · Tab/↑↓ field · ←→ change") != nil)
        #expect(canvas.find("║F2 explain ") != nil, "the keys that do not fit go on a second line")
    }

    /// A reply longer than the status line grows upward instead of losing its end: at 80 columns the
    /// margin change's liquidation prices are read whole; at 240 it takes the one line.
    @Test(arguments: [(80, 24, 3), (240, 70, 1)]) func aLongStatusMessageWrapsUpward(size: (Int, Int, Int)) throws {
        var context = Self.widest()
        let text =
            "YOUR BTC-PERP position: maintenance 443.26 USDC → 701.65 USDC at 00:43:00, liquidation price "
            + "54426.7 → 54628.0 at today's mark (MMR 0.715% → 1.073%, announced by the predictive model)"
        context.state.status = (text, false)
        let canvas = try screen(context, width: size.0, height: size.1)
        let rows = (size.1 - size.2..<size.1).map { canvas.row($0) }
        #expect(rows.first?.hasPrefix(" YOUR BTC-PERP position:") == true, "\(canvas.text)")
        let shown = rows.flatMap { $0.split(separator: " ") }.joined(separator: " ")
        #expect(shown == text, "\(canvas.text)")
        #expect(truncations(of: ["443.26", "701.65", "54426.7", "54628.0"], in: canvas).isEmpty)
    }
}

import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// `:tp` and `:sl` attach a take-profit (a reduce-only limit) and a stop-loss (a reduce-only stop on
/// the mark) to the position; the chart and the positions panel label them; they go when the
/// position closes.
@Suite struct ProtectionTests {
    /// Long 0.5 BTC-PERP, mark 64001.0.
    private let snapshot = SnapshotFixture.snapshot()
    private let user = World.userAccount

    private func commands(_ effects: [AppEffect]) -> [Command] {
        effects.compactMap { if case .engine(.command(let command)) = $0 { command } else { nil } }
    }

    private func protected(_ orders: [OrderSnapshot]) -> MarketSnapshot {
        var snapshot = snapshot
        snapshot.account.orders = orders
        return snapshot
    }

    private let takeProfit = OrderSnapshot(
        id: OrderID(90), instrument: InstrumentID(0), side: .sell, price: Price(ticks: 660_000), trigger: nil,
        quantity: Quantity(lots: 500), reduceOnly: true)
    private let stopLoss = OrderSnapshot(
        id: OrderID(91), instrument: InstrumentID(0), side: .sell, price: nil, trigger: Price(ticks: 620_000),
        quantity: Quantity(lots: 500), reduceOnly: true)

    @Test func tpAndSlCloseTheWholePositionReduceOnly() {
        var state = AppState(themeName: "default-dark")
        guard case .place(let tp) = commands(state.runCommand("tp 66000", snapshot: snapshot)).first else {
            Issue.record("no take-profit: \(String(describing: state.status))")
            return
        }
        #expect(tp.terms == .limit(.sell, Quantity(lots: 500), at: Price(ticks: 660_000), reduceOnly: true))
        #expect(state.status?.text == "Take-profit: sell 0.500 BTC-PERP at 66000.0")
        guard case .place(let sl) = commands(state.runCommand("sl 62000", snapshot: snapshot)).first else {
            Issue.record("no stop-loss: \(String(describing: state.status))")
            return
        }
        #expect(
            sl.terms
                == .stop(
                    .sell, Quantity(lots: 500),
                    trigger: StopCondition(triggerPrice: Price(ticks: 620_000), reference: .mark),
                    reduceOnly: true))
    }

    @Test(arguments: [
        ("tp 63000", "a long's take-profit lies above the mark (64001.0), not below it"),
        ("sl 65000", "a long's stop-loss lies below the mark (64001.0), not above it"),
        ("tp", "usage: :tp PRICE or :tp off"), ("sl 6x", "price '6x' must be a positive multiple of 0.1"),
    ])
    func aProtectionOnTheWrongSideOrMistypedIsRefused(text: String, message: String) {
        var state = AppState(themeName: "default-dark")
        #expect(state.runCommand(text, snapshot: snapshot).isEmpty)
        #expect(state.status?.text == message && state.status?.isError == true)
    }

    @Test func withoutAPositionThereIsNothingToProtect() {
        var state = AppState(themeName: "default-dark")
        state.instrument = InstrumentID(1)
        #expect(state.runCommand("sl 2000", snapshot: snapshot).isEmpty)
        #expect(state.status?.text == "no ETH-PERP position to attach a stop-loss to: open one first")
    }

    @Test func aNewTakeProfitReplacesTheOldAndOffRemovesIt() {
        let snapshot = protected([takeProfit, stopLoss])
        var state = AppState(themeName: "default-dark")
        let replaced = commands(state.runCommand("tp 65000", snapshot: snapshot))
        #expect(replaced.first == .cancel(user, OrderID(90)) && replaced.count == 2)
        #expect(state.status?.text.hasSuffix("(replaces the old one)") == true)
        #expect(commands(state.runCommand("sl off", snapshot: snapshot)) == [.cancel(user, OrderID(91))])
        #expect(commands(state.runCommand("tp off", snapshot: self.snapshot)).isEmpty)
        #expect(state.status?.text == "No take-profit to remove")
    }

    @Test func theChartAndThePositionsPanelLabelThem() throws {
        let context = ViewContext(
            snapshot: protected([takeProfit, stopLoss]), state: AppState(themeName: "default-dark"), glyphs: .unicode)
        let layout = try #require(DashboardLayout(width: 160, height: 48))
        var canvas = Canvas(width: 160, height: 48)
        DashboardScreen.draw(context, layout: layout, canvas: &canvas)
        #expect(canvas.find("TP 0.500 66000.0") != nil && canvas.find("SL 0.500 62000.0") != nil, "\(canvas.text)")
        #expect(canvas.find("TP 66000.0") != nil && canvas.find("SL 62000.0") != nil)
    }

    @Test func theyGoWhenThePositionCloses() throws {
        var session = try EngineSession.calm()
        var state = AppState(themeName: "default-dark")
        session.handle(.command(.place(state.userOrder(.market(.buy, Quantity(lots: 100)), in: InstrumentID(0)))))
        let mark = try #require(session.snapshot().instruments[0].mark)
        let btc = Instrument.btcPerp
        for text in ["tp \(btc.format(mark.offset(by: 1_000)))", "sl \(btc.format(mark.offset(by: -1_000)))"] {
            for command in commands(state.runCommand(text, snapshot: session.snapshot())) {
                session.handle(.command(command))
            }
        }
        let orders = session.snapshot().account.orders
        #expect(orders.map(\.protection) == [.takeProfit, .stopLoss], "\(session.snapshot().replies.map(\.text))")
        for command in commands(state.runCommand("close", snapshot: session.snapshot())) {
            session.handle(.command(command))
        }
        #expect(session.snapshot().account.positions.isEmpty)
        #expect(session.snapshot().account.orders.isEmpty, "\(session.snapshot().account.orders)")
        // One line says what closed the position and what that cancelled.
        let told = try #require(session.snapshot().replies.last?.text)
        #expect(told.hasPrefix("Sold 0.100 BTC-PERP at"), "\(told)")
        #expect(told.hasSuffix(" cancelled") && told.contains("; its stop-loss #"), "\(told)")
    }
}

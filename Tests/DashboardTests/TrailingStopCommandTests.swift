import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// `:trail` attaches a trailing stop (a reduce-only trailing stop-market on the mark) to the
/// position; the ticket places one too; the orders table and the chart show its trigger now; it goes
/// when the position closes.
@Suite struct TrailingStopCommandTests {
    /// Long 0.5 BTC-PERP, mark 64001.0.
    private let snapshot = SnapshotFixture.snapshot()
    private static let onePercent = Rate(units: Rate.one / 100)

    private func commands(_ effects: [AppEffect]) -> [Command] {
        effects.compactMap { if case .engine(.command(let command)) = $0 { command } else { nil } }
    }

    @Test func trailStartsFromTheMarkOrAtAnActivationPrice() {
        var state = AppState(themeName: "default-dark")
        guard case .place(let now) = commands(state.runCommand("trail 1%", snapshot: snapshot)).first else {
            Issue.record("no trailing stop: \(String(describing: state.status))")
            return
        }
        #expect(
            now.terms
                == .stop(
                    .sell, Quantity(lots: 500),
                    trigger: .trailing(callback: Self.onePercent, activation: Price(ticks: 640_010)), reduceOnly: true))
        #expect(state.status?.text == "Trailing stop: sell 0.500 BTC-PERP 1.0% off the highest mark from the mark now")
        guard case .place(let later) = commands(state.runCommand("trail 0.5 at 66000", snapshot: snapshot)).first
        else {
            Issue.record("no trailing stop: \(String(describing: state.status))")
            return
        }
        #expect(
            later.terms.stop == .trailing(callback: Rate(units: Rate.one / 200), activation: Price(ticks: 660_000)))
    }

    @Test(arguments: [
        ("trail 0.05%", "callback '0.05%' must be 0.1% to 10% in steps of 0.1%"),
        ("trail 11%", "callback '11%' must be 0.1% to 10% in steps of 0.1%"),
        ("trail 0.15%", "callback '0.15%' must be 0.1% to 10% in steps of 0.1%"),
        ("trail", "usage: :trail 1% (from the mark now), :trail 1% at 66000, :trail off"),
        (
            "trail 1% at 63000",
            "a long's trailing stop starts above the mark (64001.0); without 'at' it starts now"
        ),
        ("trail 1% at 6x", "price '6x' must be a positive multiple of 0.1"),
    ])
    func aMistypedOrMisplacedTrailIsRefused(text: String, message: String) {
        var state = AppState(themeName: "default-dark")
        #expect(state.runCommand(text, snapshot: snapshot).isEmpty)
        #expect(state.status?.text == message && state.status?.isError == true)
    }

    @Test func aNewTrailReplacesTheOldAndOffRemovesIt() {
        var snapshot = snapshot
        snapshot.account.orders = [
            OrderSnapshot(
                id: OrderID(93), instrument: InstrumentID(0), side: .sell, price: nil, trigger: Price(ticks: 633_600),
                quantity: Quantity(lots: 500), reduceOnly: true,
                trailing: OrderSnapshot.Trailing(callback: Self.onePercent, isActive: true))
        ]
        var state = AppState(themeName: "default-dark")
        let replaced = commands(state.runCommand("trail 2%", snapshot: snapshot))
        #expect(replaced.first == .cancel(World.userAccount, OrderID(93)) && replaced.count == 2)
        #expect(
            commands(state.runCommand("trail off", snapshot: snapshot)) == [.cancel(World.userAccount, OrderID(93))])
        // A stop-loss is another protection: `:sl off` leaves the trailing stop.
        #expect(commands(state.runCommand("sl off", snapshot: snapshot)).isEmpty)
    }

    @Test func theTicketPlacesATrailingStop() throws {
        var ticket = OrderTicket(side: .sell, leverage: 10, mode: .cross, price: "66000.0")
        ticket.kind = .trailing
        ticket.size = TextInput(text: "0.5")
        #expect(ticket.fields.contains(.callback) && !ticket.fields.contains(.timeInForce))
        ticket.callback = TextInput(text: "2")
        let terms = try ticket.terms(on: .btcPerp, touch: nil, available: .zero).get()
        #expect(terms.stop == .trailing(callback: Rate(units: Rate.one / 50), activation: Price(ticks: 660_000)))
        #expect(terms.limit == nil)
        ticket.callback = TextInput(text: "20%")
        #expect(
            ticket.terms(on: .btcPerp, touch: nil, available: .zero)
                == .failure(TicketError("callback must be 0.1% to 10% in steps of 0.1%")))
    }

    /// On the engine: the trailing stop shows its trigger now in the orders table and on the chart,
    /// follows the mark, and is cancelled when the position closes.
    @Test func itTrailsOnTheChartAndGoesWhenThePositionCloses() throws {
        var session = try EngineSession.calm()
        var state = AppState(themeName: "default-dark")
        session.handle(.command(.place(state.userOrder(.market(.buy, Quantity(lots: 100)), in: InstrumentID(0)))))
        for command in commands(state.runCommand("trail 1%", snapshot: session.snapshot())) {
            session.handle(.command(command))
        }
        let order = try #require(session.snapshot().account.orders.first)
        #expect(order.protection == .trailingStop && order.trailing?.isActive == true)
        let trigger = try #require(order.trigger)
        let context = ViewContext(snapshot: session.snapshot(), state: state, glyphs: .unicode)
        let layout = try #require(DashboardLayout(width: 160, height: 48))
        var canvas = Canvas(width: 160, height: 48)
        DashboardScreen.draw(context, layout: layout, canvas: &canvas)
        let btc = Instrument.btcPerp
        #expect(canvas.find("TRAIL 1.0% \(btc.format(trigger))") != nil, "\(canvas.text)")
        #expect(canvas.find("TRAIL 0.100 \(btc.format(trigger))") != nil, "\(canvas.text)")
        for command in commands(state.runCommand("close", snapshot: session.snapshot())) {
            session.handle(.command(command))
        }
        #expect(session.snapshot().account.orders.isEmpty, "\(session.snapshot().account.orders)")
        let told = try #require(session.snapshot().replies.last?.text)
        #expect(told.contains("; its trailing stop #") && told.hasSuffix(" cancelled"), "\(told)")
    }
}

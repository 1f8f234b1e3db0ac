import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// Number keys switch workspaces; the header says which is open; Markets lists every instrument with
/// its figures, the funds, system-wide liquidations and the selected instrument's heatmap.
@Suite struct WorkspaceTests {
    private func press(_ keys: [Key], _ state: inout AppState, snapshot: MarketSnapshot = SnapshotFixture.snapshot())
        -> [AppEffect]
    {
        keys.flatMap { state.handle($0, snapshot: snapshot, visible: []) }
    }

    private func screen(_ state: AppState, width: Int = 160, height: Int = 48) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let layout = DashboardLayout(width: width, height: height)!
        DashboardScreen.draw(SnapshotFixture.context(state: state), layout: layout, canvas: &canvas)
        return canvas
    }

    @Test func numberKeysSwitchWorkspacesAndTheHeaderMarksTheOpenOne() throws {
        var state = AppState(themeName: "default-dark")
        #expect(screen(state).row(0).hasPrefix(" [1 Trade]  2 Markets  3 Options  BTC-PERP"))
        _ = press([.character("2")], &state)
        #expect(state.workspace == .markets)
        let markets = screen(state)
        #expect(markets.row(0).hasPrefix(" 1 Trade  [2 Markets]  3 Options  BTC-PERP"))
        let open = try #require(markets.find("[2 Markets]"))
        #expect(markets.style(x: open.x, y: 0).role == .accent && markets.style(x: open.x, y: 0).bold)
        _ = press([.character("1")], &state)
        #expect(state.workspace == .trade)
        #expect(screen(state).find("Book") != nil)
        let help = KeyMap.standard.helpSections
        let workspaces = try #require(help.first { $0.0 == "Workspaces" })
        #expect(
            workspaces.1.map(\.key) == ["1", "2", "3"] && workspaces.1.map(\.text) == ["Trade", "Markets", "Options"])
        #expect(help.contains { $0.0 == "Markets" && $0.1.contains { $0.key == "Enter" } })
    }

    @Test func numberKeysTypeDigitsInTheCommandLineAndTheTicket() throws {
        var state = AppState(themeName: "default-dark")
        _ = press([.character(":"), .character("2"), .character("1")], &state)
        guard case .commandLine(let input) = state.overlay else { throw CancellationError() }
        #expect(input.text == "21" && state.workspace == .trade)
        state.overlay = nil
        _ = press([.character("b"), .character("2")], &state)
        guard case .ticket(let ticket) = state.overlay else { throw CancellationError() }
        #expect(ticket.size.text == "2" && state.workspace == .trade)
    }

    @Test func arrowsSelectARowAndEnterOpensItsInstrumentInTrade() {
        var state = AppState(themeName: "default-dark")
        _ = press([.character("2"), .down, .down], &state)
        #expect(state.marketRow == 1, "the selection stops at the last instrument")
        #expect(screen(state).find("Liquidation heatmap ETH-PERP") != nil)
        _ = press([.up, .character("j")], &state)
        #expect(state.marketRow == 1)
        _ = press([.enter], &state)
        #expect(state.workspace == .trade && state.instrument == InstrumentID(index: 1))
        _ = press([.character("2")], &state)
        #expect(state.marketRow == 1, "Markets opens on the instrument Trade shows")
    }

    @Test func theMarketsTableShowsEveryInstrumentsFigures() throws {
        var state = AppState(themeName: "default-dark")
        state.workspace = .markets
        let canvas = screen(state)
        let row = try #require(canvas.text.split(separator: "\n").first { $0.contains("BTC-PERP") && $0.contains("$") })
        for figure in ["64000.5", "▲+3.23%", "▲+0.003%", "+0.0100%", "04:34:53", "1.25K", "$1.23M", "$2.50M", "$40.0K"]
        {
            #expect(row.contains(figure), "\(figure) in \(row)")
        }
        #expect(canvas.find("ETH-PERP") != nil)
        #expect(canvas.find("Insurance fund 250,126.14 USDC") != nil)
        #expect(canvas.find("Backstop vault 2,000,000.00 USDC") != nil)
        #expect(canvas.find("Last hour: $2.50M longs · $40.0K shorts") != nil, "\(canvas.text)")
        #expect(canvas.find("Liquidation heatmap BTC-PERP · engine") != nil)
        #expect(canvas.find("Trend") != nil)
        #expect(canvas.find("Order book") == nil && canvas.find("Positions") == nil)
    }

    @Test(arguments: [(80, 24), (240, 70)]) func marketsFitsSmallAndLargeScreens(size: (Int, Int)) throws {
        var state = AppState(themeName: "default-dark")
        state.workspace = .markets
        let canvas = screen(state, width: size.0, height: size.1)
        #expect(canvas.find("BTC-PERP  64000.5") != nil || canvas.find("64000.5") != nil)
        #expect(canvas.find("ETH-PERP") != nil)
        #expect(canvas.find("Insurance") != nil && canvas.find("Backstop") != nil)
        #expect(canvas.find("Liquidation heatmap") != nil)
    }

    /// The figures Markets adds come from the engine thread: 24 h volume from the candles, the last
    /// hour's liquidations and the funds' series from the market statistics.
    @Test func theSnapshotCarriesVolumeLastHourLiquidationsAndTheFundsSeries() throws {
        var session = EngineSession(
            scenario: try ScenarioLibrary.named("flash-crash"), seed: 3, speed: 1, paused: false)
        session.advanceSimulated(to: 45 * .minute)
        let snapshot = session.snapshot()
        let btc = snapshot.instruments[0]
        let traded = btc.candles.reduce(Money.zero) { $0 + btc.instrument.notional(of: $1.volume, at: $1.close) }
        #expect(btc.volume24h == traded && traded.units > 0)
        #expect(btc.liquidatedLongsLastHour == btc.liquidatedLongs.suffix(60).reduce(0, +))
        #expect(btc.liquidatedLongsLastHour > 0, "the crash liquidates longs")
        #expect(snapshot.insuranceSeries.count == btc.openInterestSeries.count)
        #expect(snapshot.backstopSeries.count == snapshot.insuranceSeries.count)
        let everyLong = snapshot.instruments.map(\.liquidatedLongs)
        let total = (0..<snapshot.systemLiquidatedLongs.count).map { minute in everyLong.reduce(0) { $0 + $1[minute] } }
        #expect(zip(snapshot.systemLiquidatedLongs, total).allSatisfy { abs($0 - $1) < 1e-6 })
    }
}

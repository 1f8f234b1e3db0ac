import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// `:alert BTC-PERP > 66000`: set on the engine thread, checked against every trade, fired once with
/// a banner and a log line; listed with `:alerts`, cleared with `:alert clear`; the bell rings only
/// after `:bell on`.
@Suite struct PriceAlertTests {
    @Test func anAlertFiresOnceOnTheFirstTradeBeyondItsPriceWithABannerAndALogLine() throws {
        var session = try EngineSession.calm()
        var state = AppState(themeName: "default-dark")
        let last = try #require(session.snapshot().instruments[0].trades.last?.price)
        let above = last.offset(by: 30)
        let text = btc.format(above)
        state.run("alert BTC-PERP > \(text)", on: &session)
        state.run("alert btc-perp <1", on: &session)
        let set = session.snapshot()
        #expect(set.alerts.count == 2)
        #expect(set.replies.last?.text == "Alert #2 BTC-PERP < 1.0 set: it fires on the first trade there")
        state.run("alerts", on: &session)
        #expect(state.status?.text == "Alerts: #1 BTC-PERP > \(text) · #2 BTC-PERP < 1.0 (:alert clear [N])")
        state.run("alert clear 2", on: &session)
        #expect(session.snapshot().alerts.map(\.id) == [1])
        var fired: MarketSnapshot?
        for minute in 1...120 where fired == nil {
            session.advanceSimulated(to: 2 * .minute + SimTime(minute) * .minute)
            let snapshot = session.snapshot()
            if snapshot.alerts.isEmpty { fired = snapshot }
        }
        let snapshot = try #require(fired, "the price never reached \(text)")
        let lines = snapshot.log.filter { $0.text.contains("(alert #1)") }
        #expect(lines.count == 1 && lines[0].isUser)
        #expect(lines.first?.text.hasPrefix("PRICE ALERT: BTC-PERP traded at ") == true)
        let taken = state.takeNotices(from: snapshot)
        #expect(taken)
        #expect(state.notice?.kind == .priceAlert)
        let canvas = try state.screen(snapshot, width: 80, height: 24)
        #expect(canvas.find("PRICE ALERT") != nil)
        #expect(canvas.find("at or above \(text)") != nil)
        _ = state.handle(.escape, snapshot: snapshot, visible: [])
        #expect(state.notice == nil)
    }

    @Test func anAlertAlreadyMetIsRefusedAndBadInputSaysHow() throws {
        var session = try EngineSession.calm()
        var state = AppState(themeName: "default-dark")
        state.run("alert > 1", on: &session)
        #expect(session.snapshot().alerts.isEmpty)
        #expect(session.snapshot().replies.last?.text.hasSuffix("at or above 1.0: no alert set") == true)
        #expect(session.snapshot().replies.last?.isError == true)
        state.run("alert DOGE-PERP > 1", on: &session)
        #expect(state.status?.text.hasPrefix("no perpetual 'DOGE-PERP' to watch") == true)
        state.run("alert BTC-PERP > lots\u{1B}[2J", on: &session)
        #expect(state.status?.text.contains("\\u{1B}[2J") == true, "a control character typed is escaped")
        state.run("alert BTC-PERP 66000", on: &session)
        #expect(state.status?.text.hasPrefix("usage: :alert") == true)
        state.run("alert clear 9", on: &session)
        #expect(session.snapshot().replies.last?.text == "No alert #9 (:alerts lists them)")
        state.run("alerts", on: &session)
        #expect(state.status?.text.hasPrefix("No price alerts") == true)
    }

    @Test func theBellRingsForANewBannerOnlyAfterBellOn() throws {
        var state = AppState(themeName: "default-dark")
        #expect(!state.bell)
        _ = state.runCommand("bell on", snapshot: SnapshotFixture.snapshot())
        #expect(state.bell && state.status?.text.hasPrefix("Bell on") == true)
        _ = state.runCommand("bell loud", snapshot: SnapshotFixture.snapshot())
        #expect(state.bell && state.status?.isError == true)
        _ = state.runCommand("bell off", snapshot: SnapshotFixture.snapshot())
        #expect(!state.bell)
    }

    private let btc = Instrument.btcPerp
}

import Foundation
import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// The margin model on screen: an announced rise reaches the user's log line and status line, the
/// header, the account panel (even at 80×24), the Markets table and margin panel, and the explain
/// panel with what it will do to the user's position; a static market shows its published rate.
@Suite struct MarginModelScreenTests {
    @Test func anAnnouncedRiseIsShownWithWhatItWillDoToTheUsersPosition() throws {
        var scenario = try ScenarioLibrary.named("flash-crash")
        scenario.margin = MarginModelParameters(kind: .predictive)
        var session = EngineSession(scenario: scenario, seed: 1, speed: 1, paused: false, warmUp: 2 * .minute)
        var state = AppState(themeName: "default-dark")
        state.run("buy 1", on: &session)
        let bought = session.snapshot().time
        var found: MarketSnapshot?
        for second in stride(from: 125, through: 40 * 60, by: 5) where found == nil {
            session.advanceSimulated(to: SimTime(second) * .second)
            let snapshot = session.snapshot()
            if let pending = snapshot.instruments[0].margin?.pending, pending.announced > bought,
                !snapshot.account.positions.isEmpty
            {
                found = snapshot
            }
        }
        let snapshot = try #require(found, "no rise announced while the user held a position")
        let pending = try #require(snapshot.instruments[0].margin?.pending)
        let (old, new) = (DisplayFormat.marginRate(pending.oldRate), DisplayFormat.marginRate(pending.newRate))
        let position = try #require(snapshot.account.positions.first)
        let after = try #require(position.atAnnouncedRate)
        #expect(after.maintenanceMargin > position.risk.maintenanceMargin)

        let line = try #require(snapshot.log.last { $0.kind == .margin && $0.isUser })
        #expect(line.text.hasPrefix("YOUR BTC-PERP position: maintenance "))
        #expect(line.text.contains(" USDC at ") && line.text.contains(", liquidation price "))
        #expect(line.text.hasSuffix("at today's mark (MMR \(old) → \(new), announced by the predictive model)"))
        #expect(snapshot.replies.contains { $0.text == line.text }, "the status line says it too")

        let wide = try state.screen(snapshot, width: 240, height: 70)
        let left = MarginModelText.countdown(pending.effective - snapshot.time)
        #expect(wide.row(0).contains("maintenance \(old) → \(new) at "))
        #expect(wide.row(0).contains("(in \(left))"))
        let small = try state.screen(snapshot, width: 80, height: 24)
        let accountLine = try #require(small.find("MMR ")).y
        #expect(small.row(accountLine).contains("\(old) → \(new) in \(left)"), "\(small.text)")

        let explain = ExplainView.lines(ViewContext(snapshot: snapshot, state: state, glyphs: .unicode)).map(\.text)
        #expect(explain.contains { $0.hasPrefix("BTC-PERP margin model: predictive") })
        #expect(explain.contains { $0.hasPrefix("    concentration = ") })
        let margin = try #require(snapshot.instruments[0].margin)
        let target = DisplayFormat.fixed(Double(margin.target.units) / Double(Rate.one) * 100, 3) + "%"
        #expect(explain.contains("    = \(target) now"), "the model's own target, \(explain)")
        #expect(explain.contains { $0.hasPrefix("announced: maintenance \(old) → \(new) at ") })
        let promise =
            "at that moment your position's maintenance goes "
            + "\(DisplayFormat.money(position.risk.maintenanceMargin)) → \(DisplayFormat.money(after.maintenanceMargin)) USDC"
        #expect(explain.contains { $0.hasPrefix(promise) }, "\(explain)")

        state.workspace = .markets
        let markets = try state.screen(snapshot, width: 160, height: 48)
        #expect(markets.find("Margin · BTC-PERP · predictive model") != nil)
        #expect(markets.find("\(old)→\(new)") != nil, "the table's MMR column shows the rise")
        #expect(markets.find("a year (predictive forecast)") != nil)
        state.workspace = .trade

        session.advanceSimulated(to: pending.effective + .second)
        let effective = try #require(session.snapshot().log.last { $0.kind == .margin && $0.isUser })
        #expect(effective.text.hasPrefix("YOUR BTC-PERP position now needs "))
        #expect(effective.text.hasSuffix("(MMR now \(new), was \(old))"))
    }

    @Test func aStaticMarketShowsItsPublishedRateAndRealisedVolatility() throws {
        var session = try EngineSession.calm()
        session.advanceSimulated(to: 12 * .minute)
        let snapshot = session.snapshot()
        let margin = try #require(snapshot.instruments[0].margin)
        #expect(margin.kind == .static && margin.pending == nil)
        let rate = DisplayFormat.marginRate(margin.maintenanceRate)
        var state = AppState(themeName: "default-dark")
        let wide = try state.screen(snapshot, width: 240, height: 70)
        #expect(wide.row(0).contains("MMR \(rate) static"))
        #expect(wide.find("MMR static") != nil, "the account panel names the model")
        state.workspace = .markets
        let markets = try state.screen(snapshot, width: 160, height: 48)
        #expect(markets.find("Margin · BTC-PERP · static model") != nil)
        #expect(markets.find("MMR \(rate) · floor \(rate) · peak \(rate)") != nil)
        #expect(markets.find("a year (realised over the last hour)") != nil, "\(markets.text)")
        let explain = ExplainView.lines(ViewContext(snapshot: snapshot, state: state, glyphs: .unicode)).map(\.text)
        #expect(explain.first == "BTC-PERP margin model: static")
    }

    @Test func ratesAndCountdownsReadAsATraderWritesThem() {
        #expect(DisplayFormat.marginRate(Rate(units: 500_000)) == "0.50%")
        #expect(DisplayFormat.marginRate(Rate(units: 525_000)) == "0.525%")
        #expect(DisplayFormat.marginRate(Rate(units: 1_073_100)) == "1.073%")
        #expect(MarginModelText.countdown(92 * .second) == "1:32")
        #expect(MarginModelText.countdown(5 * .second) == "0:05")
        #expect(MarginModelText.countdown(3_661 * .second) == "01:01:01")
        #expect(MarginModelText.countdown(-3 * .second) == "0:00")
    }

    /// Realised volatility: flat marks have none; marks moving 1% every minute, up and down, have
    /// 1% × √(525,600 minutes a year) ≈ 725% a year.
    @Test func realisedVolatilityAnnualisesTheMinuteReturns() throws {
        #expect(MarginSample.realisedVolatility([100, 100]) == nil)
        #expect(MarginSample.realisedVolatility(Array(repeating: 100, count: 30)) == 0)
        let swinging = (0..<61).map { $0.isMultiple(of: 2) ? 100.0 : 100 * exp(0.01) }
        let volatility = try #require(MarginSample.realisedVolatility(swinging))
        #expect(abs(volatility - 0.01 * 525_600.0.squareRoot()) < 1e-9)
    }
}

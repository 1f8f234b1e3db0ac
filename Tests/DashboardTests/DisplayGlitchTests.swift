import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// Small display defects: signs and arrows on zero, doubled signs in ASCII, negative zero, mixed
/// precision, and texts that disagree with the engine.
@Suite struct DisplayGlitchTests {
    @Test func noChangeIn24HoursHasNoArrow() {
        var context = SnapshotFixture.context()
        context.snapshot.instruments[0].dayAgo = context.snapshot.instruments[0].last
        let canvas = render(HeaderView.draw, context, width: 200, height: 1)
        #expect(canvas.row(0).contains(" 0.00% 24h"))
        #expect(!canvas.row(0).contains("▲0.00%") && !canvas.row(0).contains("▼0.00%"))
    }

    @Test func aFallIn24HoursHasOneSign() {
        var context = SnapshotFixture.context()
        context.snapshot.instruments[0].dayAgo = Price(ticks: 660_000)
        context.glyphs = .ascii
        let text = render(HeaderView.draw, context, width: 200, height: 1).row(0)
        #expect(text.contains(" -3.03% 24h"), "\(text)")
        #expect(!text.contains("--"))
    }

    @Test(arguments: [Glyphs.ascii, .unicode]) func fundingHasOneSign(glyphs: Glyphs) throws {
        var context = SnapshotFixture.context()
        context.glyphs = glyphs
        let canvas = render(OpenInterestView.draw, context, width: 40, height: 8)
        let line = try #require(canvas.text.split(separator: "\n").first { $0.contains("Funding") })
        #expect(line.contains(glyphs == .ascii ? "|Funding +0.0100% in" : "│Funding ▲+0.0100% in"), "\(line)")
    }

    @Test func amountsThatRoundToZeroHaveNoSign() {
        #expect(DisplayFormat.money(Money(units: -1), signed: true) == "0.00")
        #expect(DisplayFormat.money(Money(units: 1), signed: true) == "0.00")
        #expect(DisplayFormat.money(Money(units: -1_000_000)) == "-1.00")
        #expect(DisplayFormat.fixed(-0.001, 2) == "0.00")
        #expect(DisplayFormat.percent(Rate(units: 1), places: 2, signed: true) == "0.00%")
    }

    @Test func aReplayNeverShowsNegativeZero() {
        var replay = LiquidationReplay(id: 1, account: AccountID(5), isUser: false, started: 0)
        replay.moments = [
            .init(time: 0, entry: .step(.insuranceFund(asset: AssetID(0), change: Money(units: -1), balance: .zero))),
            .init(time: 0, entry: .step(.insuranceFund(asset: AssetID(0), change: Money(units: 1), balance: .zero))),
        ]
        let text = ReplayView.lines(replay, SnapshotFixture.snapshot()).map(\.text).joined(separator: "\n")
        #expect(!text.contains("−0.00") && !text.contains("-0.00") && !text.contains("+0.00"), "\(text)")
        #expect(text.contains("Insurance fund 0.00 → 0.00"))
    }

    /// Margin ratio and ROE print with two decimals, like the money beside them.
    @Test func explainUsesTwoDecimalsForComputedRates() {
        let lines = ExplainView.lines(SnapshotFixture.context()).map(\.text)
        let results = lines.filter { $0.hasPrefix("    = ") }.compactMap { $0.split(separator: " = ").last }
        for result in results where result.hasSuffix("%") {
            let decimals = result.dropLast().split(separator: ".").last ?? ""
            #expect(decimals.count == 2, "\(result)")
        }
        #expect(results.contains { $0.hasSuffix("%") })
    }

    /// The engine's liquidation price has no closing fee in it; the glossary and explain both say so.
    @Test func glossaryAndExplainAgreeOnTheClosingFee() throws {
        let risk = try #require(SnapshotFixture.snapshot().account.positions.first?.risk)
        #expect(risk.input.closeFeeRate == .zero)
        let term = try #require(GlossaryView.terms.first { $0.name == "liquidation price" })
        #expect(term.definition.contains("No closing fee"))
        #expect(!term.definition.contains("with the closing fee"))
        let lines = ExplainView.lines(SnapshotFixture.context()).map(\.text)
        #expect(lines.contains { $0.contains("no closing fee enters the liquidation price") })
    }

    /// ADL may close only part of the position; the lesson must not say it is gone.
    @Test func theADLLessonAllowsAPartialClose() throws {
        let lesson = try #require(LessonLibrary.named("adl"))
        let text = lesson.steps.map(\.text).joined(separator: " ")
        #expect(!text.contains("position gone"))
        #expect(text.contains("part or all"))
        #expect(text.contains("stays open"))
    }
}

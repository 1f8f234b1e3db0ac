import Testing

@testable import CascadeCore
@testable import Dashboard
@testable import TerminalKit

@Suite("Open interest and funding panel")
struct OpenInterestViewTests {
    @Test func fundingShowsRateWithSignAndGlyphAndTheCountdown() throws {
        let canvas = render(OpenInterestView.draw, width: 50, height: 12)
        // Fixture time is 3h25m07s and funding is due at 8h.
        let funding = try #require(canvas.find("Funding ▲+0.0100% in 04:34:53"))
        #expect(canvas.style(x: funding.x + 8, y: funding.y).role == .up)
    }

    @Test func negativeFundingPointsDown() throws {
        var context = SnapshotFixture.context()
        context.snapshot.instruments[0].fundingRate = Rate(units: -25_000)
        let canvas = render(OpenInterestView.draw, context, width: 50, height: 12)
        let funding = try #require(canvas.find("Funding ▼-0.0250% in"))
        #expect(canvas.style(x: funding.x + 8, y: funding.y).role == .down)
    }

    @Test func openInterestInBaseUnitsAndNotionalAtMark() {
        let canvas = render(OpenInterestView.draw, width: 50, height: 12)
        // 1,250 BTC at a mark of 64,001.0.
        #expect(canvas.row(1).contains("OI 1250.000 BTC · $80.0M"))
        #expect(canvas.row(2).contains("▁") && canvas.row(6).contains("█"), "a five-row trend")
        // The title says how far back the trend reaches: one column a minute, 48 columns wide.
        #expect(canvas.row(0).contains("Open interest BTC-PERP · trend 48m"))
        let short = render(OpenInterestView.draw, width: 50, height: 4)
        #expect(!short.row(0).contains("trend"), "no trend row, no span")
        let narrow = render(OpenInterestView.draw, width: 30, height: 12)
        #expect(narrow.row(0).contains("Open interest BTC-PERP") && !narrow.row(0).contains("trend"))
    }

    @Test func liquidationsOfLongsAndShortsOnTheirOwnRows() throws {
        let canvas = render(OpenInterestView.draw, width: 50, height: 12)
        let longs = try #require(canvas.find("▼longs"))
        let shorts = try #require(canvas.find("▲shorts"))
        #expect(shorts.y == longs.y + 1)
        #expect(canvas.style(x: longs.x, y: longs.y).role == .sell)
        #expect(canvas.style(x: shorts.x, y: shorts.y).role == .buy)
        #expect(canvas.style(x: 48, y: longs.y).role == .sell && canvas[48, longs.y].character != " ")
        // 40 minutes shown: longs 0–8 thousand a minute, shorts 0–3.2 thousand.
        #expect(canvas.find("Liquidated 40m: $160K longs · $64.0K shorts") != nil)
    }

    @Test func aShortPanelKeepsTheFigures() {
        let canvas = render(OpenInterestView.draw, width: 20, height: 5)
        #expect(canvas.row(1).contains("OI 1250.000 BTC"))
        #expect(canvas.row(3).contains("▲+0.0100% 04:34:53"))
    }
}

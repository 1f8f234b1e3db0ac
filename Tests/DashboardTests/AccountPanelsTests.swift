import Testing

@testable import CascadeCore
@testable import Dashboard
@testable import TerminalKit

/// The header, account, positions, log and status panels put the fixture's numbers where they belong.
@Suite struct AccountPanelsTests {
    private func render(_ draw: (ViewContext, Rect, inout Canvas) -> Void, width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        draw(SnapshotFixture.context(), canvas.bounds, &canvas)
        return canvas
    }

    @Test func theHeaderShowsPricesFundingAndTheClockAndDropsWhatDoesNotFit() throws {
        let wide = render(HeaderView.draw, width: 240, height: 1).row(0)
        #expect(wide.contains("BTC-PERP  64000.5"))
        #expect(wide.contains("▲+3.23% 24h"))
        #expect(wide.contains("mark 64001.0") && wide.contains("index 63999.0"))
        #expect(wide.contains("funding +0.0100% in 04:34:53"))
        #expect(wide.contains("insurance 250,126.14") && wide.contains("backstop 2,000,000.00"))
        #expect(wide.hasSuffix("day 1 03:25:07  1x  calm  liq Hyperliquid "))
        let narrow = render(HeaderView.draw, width: 80, height: 1).row(0)
        #expect(narrow.contains("BTC-PERP  64000.5"))
        // Below 100 columns the tabs are digits only (`[1 Trade]  2  3  4`), which leaves room for the scenario.
        #expect(narrow.hasPrefix(" [1 Trade]  2  3  4  BTC-PERP"))
        #expect(narrow.hasSuffix("day 1 03:25:07  1x  calm "))
        let middle = render(HeaderView.draw, width: 100, height: 1).row(0)
        #expect(middle.contains("4 Lending  BTC-PERP  64000.5  ▲+3.23% 24h"))
        #expect(middle.hasSuffix("day 1 03:25:07  1x "))
        #expect(!narrow.contains("insurance"))
        let canvas = render(HeaderView.draw, width: 240, height: 1)
        let price = try #require(canvas.find("64000.5"))
        #expect(canvas.style(x: price.x, y: 0).role == .up)
    }

    @Test func theAccountPanelShowsEquityHealthAndTheADLLights() throws {
        let canvas = render(AccountView.draw, width: 36, height: 14)
        let context = SnapshotFixture.context()
        let account = context.snapshot.account
        #expect(canvas.text.contains(DisplayFormat.money(account.equity)))
        #expect(canvas.text.contains("10,000.00"))
        #expect(canvas.text.contains("+1,000.50"))
        let ratio = Double(try #require(account.marginRatio).units) / 1e8
        #expect(canvas.text.contains("SAFE \(DisplayFormat.fixed(ratio * 100, 1))%"))
        let safe = try #require(canvas.find("SAFE"))
        #expect(canvas.style(x: safe.x, y: safe.y).role == .marginSafe)
        #expect(canvas.text.contains("ADL rank 3/5") && canvas.text.contains("●●●○○"))
        #expect(canvas.text.contains("To liquidation"))
    }

    @Test func thePositionsPanelShowsTheRowAndKeepsTheMostImportantColumnsWhenNarrow() {
        let wide = render(PositionsView.draw, width: 110, height: 6).text
        #expect(wide.contains("▲LONG") && wide.contains("0.500") && wide.contains("62000.0"))
        #expect(wide.contains("10x cross") && wide.contains("+1,000.50"))
        #expect(wide.contains("order #77"))
        let narrow = render(PositionsView.draw, width: 58, height: 6).text
        #expect(narrow.contains("▲LONG") && narrow.contains("Liq.") && narrow.contains("PnL"))
        #expect(!narrow.contains("Lev"))
    }

    @Test func theLogShowsNewestFirstWithTheirTimes() {
        let lines = render(EventLogView.draw, width: 70, height: 6).text.split(separator: "\n")
        #expect(lines[1].contains("00:03:00 Order rejected: insufficient margin"))
        #expect(lines[3].contains("00:01:00 Bought 0.500 BTC-PERP at 62000.0"))
    }
}

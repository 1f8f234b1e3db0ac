import Testing

@testable import CascadeCore
@testable import Dashboard
@testable import TerminalKit

@Suite("Liquidation heatmap panel")
struct HeatmapViewTests {
    static func context(_ source: AppState.HeatmapSource = .engine) -> ViewContext {
        var state = AppState(themeName: "default-dark")
        state.heatmapSource = source
        return SnapshotFixture.context(state: state)
    }

    @Test func titleNamesTheSource() {
        let engine = render(HeatmapView.draw, Self.context(), width: 70, height: 20)
        let estimate = render(HeatmapView.draw, Self.context(.estimate), width: 70, height: 20)
        #expect(engine.row(0).hasPrefix("╭ Liquidation heatmap · engine ─"))
        #expect(estimate.row(0).hasPrefix("╭ Liquidation heatmap · estimate from public data ─"))
    }

    @Test func shortsShadeAboveThePriceAndLongsBelow() throws {
        let canvas = render(HeatmapView.draw, Self.context(), width: 70, height: 20)
        let mark = try #require(canvas.find("─64001.0"))
        #expect(mark.y == 10 && mark.x == 61)
        #expect(canvas.style(x: mark.x, y: mark.y).role == .heatCurrent)
        let shades = cells(canvas).filter { "░▒▓█".contains($0.cell.character) && $0.x < 61 && $0.y < 19 }
        #expect(shades.count > 500)
        #expect(shades.filter { $0.y < mark.y }.allSatisfy { $0.cell.style.role == .heatShort })
        #expect(shades.filter { $0.y > mark.y }.allSatisfy { $0.cell.style.role == .heatLong })
        #expect(canvas.find("shorts")?.y == 2 && canvas.find("longs")?.y == 17)
        #expect(canvas.row(1).hasSuffix(" 67023.3│") && canvas.row(18).hasSuffix(" 60978.7│"))
    }

    /// The bottom border is the time axis (the span of the columns shown, to `now`) and the shade
    /// ramp's legend with the busiest cell's notional; too narrow a panel leaves it out.
    @Test func theBottomBorderHasATimeAxisAndAShadeLegend() throws {
        let canvas = render(HeatmapView.draw, Self.context(), width: 70, height: 20)
        let bottom = canvas.row(19)
        #expect(bottom.hasPrefix("╰ -1h ─"), "\(bottom)")
        #expect(bottom.contains(" now ─"))
        let legend = try #require(bottom.range(of: #" ░▒▓█ to \$[0-9.]+[KMB]? "#, options: .regularExpression))
        #expect(
            canvas.style(x: bottom.distance(from: bottom.startIndex, to: legend.lowerBound) + 1, y: 19).role == .axis)
        var context = Self.context()
        context.glyphs = .ascii
        let ascii = render(HeatmapView.draw, context, width: 70, height: 20).row(19)
        #expect(ascii.contains(" .:*# to $"))
        #expect(!render(HeatmapView.draw, Self.context(), width: 20, height: 12).row(11).contains("now"))
    }

    @Test func bucketsAreSpreadOverRowsByTheirPriceSpan() {
        // One long bucket from 62,000 to 62,100; the panel's rows are 640 wide from 67,201.05 down,
        // so 19% of it falls in row 7 and 81% in row 8.
        var context = Self.context()
        context.snapshot.instruments[0].heatmap = HeatmapSeries(columns: [
            HeatmapSeries.Column(
                time: 0, lowest: Price(ticks: 620_000), width: 1_000, longs: [1_000_000], shorts: [0])
        ])
        let canvas = render(HeatmapView.draw, context, width: 30, height: 12)
        #expect(canvas[20, 9].character == "█" && canvas.style(x: 20, y: 9) == Style(.heatLong, level: 7))
        #expect(canvas[20, 8].character == "░" && canvas.style(x: 20, y: 8) == Style(.heatLong, level: 1))
        #expect(cells(canvas).filter { "░▒▓█".contains($0.cell.character) }.count == 2)
        #expect(canvas[20, 6].character == "─" && canvas.style(x: 20, y: 6).role == .heatCurrent)
    }

    @Test func theEstimateShowsItsOwnColumns() {
        // The estimate holds only the newest 60 of the engine's 120 columns: a 90-column plot is
        // filled by the engine's map and only in its right two thirds by the estimate.
        let engine = render(HeatmapView.draw, Self.context(), width: 100, height: 20)
        let estimate = render(HeatmapView.draw, Self.context(.estimate), width: 100, height: 20)
        #expect((1..<19).contains { engine[1, $0].character != " " })
        #expect((1..<19).allSatisfy { estimate[30, $0].character == " " })
        #expect((1..<19).contains { estimate[31, $0].character != " " })
    }

    @Test func noPositionsYet() {
        var context = Self.context()
        context.snapshot.instruments[0].heatmap = HeatmapSeries()
        #expect(render(HeatmapView.draw, context, width: 40, height: 8).find("no positions yet") != nil)
    }
}

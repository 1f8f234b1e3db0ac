import Testing

@testable import TerminalKit

@Suite("Chart widgets")
struct ChartWidgetTests {
    @Test func aRisingLineHasBrailleDotsRisingLeftToRight() {
        var canvas = Canvas(width: 4, height: 1)
        let chart = BrailleChart(series: [ChartSeries(values: (0..<8).map(Double.init), style: Style(.chartLine))])
        let scale = chart.draw(in: canvas.bounds, glyphs: .unicode, canvas: &canvas)
        #expect(canvas.row(0) == "⣀⠤⠒⠉")
        #expect(canvas.style(x: 2, y: 0) == Style(.chartLine))
        #expect(scale.range == 0...7)
    }

    @Test func aTallerChartPutsLowValuesLowAndHighValuesHigh() {
        var canvas = Canvas(width: 3, height: 3)
        let scale = BrailleChart(series: [ChartSeries(values: [0, 1, 2, 3, 4, 5], style: .text)])
            .draw(in: canvas.bounds, glyphs: .unicode, canvas: &canvas)
        #expect(canvas[0, 2].character != " " && canvas[0, 0].character == " ")
        #expect(canvas[2, 0].character != " " && canvas[2, 2].character == " ")
        #expect(scale.row(for: 0) == 2 && scale.row(for: 5) == 0)
        #expect(scale.row(for: 6) == nil)
    }

    @Test func asciiChartsPlotStarsJoinedByDots() {
        var canvas = Canvas(width: 2, height: 4)
        BrailleChart(series: [ChartSeries(values: [0, 3], style: .text)]).draw(
            in: canvas.bounds, glyphs: .ascii, canvas: &canvas)
        #expect(canvas.text == " *\n .\n .\n*")
    }

    @Test func gapsBreakTheLineAndLevelsAreLabelled() {
        var canvas = Canvas(width: 4, height: 4)
        let chart = BrailleChart(
            series: [ChartSeries(values: [3, nil, 0, 0], style: Style(.chartLine))],
            levels: [ChartLevel(value: 1, style: Style(.chartLiquidation), label: "L")], range: 0...3)
        chart.draw(in: canvas.bounds, glyphs: .ascii, canvas: &canvas)
        #expect(canvas.text == "*\n\n---L\n  **")
        #expect(canvas.style(x: 3, y: 2) == Style(.chartLiquidation))
    }

    @Test func candlesShowWickAndBodyWithDirectionInGlyphAndRole() {
        var canvas = Canvas(width: 2, height: 5)
        let scale = CandleChart(candles: [
            Candle(open: 1, high: 4, low: 0, close: 3), Candle(open: 3, high: 3, low: 1, close: 2),
        ]).draw(in: canvas.bounds, glyphs: .unicode, canvas: &canvas)
        #expect(canvas.text == "│\n┃█\n┃█\n┃│\n│")
        #expect(canvas.style(x: 0, y: 1) == Style(.candleUp))
        #expect(canvas.style(x: 1, y: 1) == Style(.candleDown))
        #expect(scale.value(atRow: 2) == 2)
        var ascii = Canvas(width: 2, height: 5)
        CandleChart(candles: [Candle(open: 1, high: 4, low: 0, close: 3), Candle(open: 3, high: 3, low: 1, close: 2)])
            .draw(in: ascii.bounds, glyphs: .ascii, canvas: &ascii)
        #expect(ascii.text == "|\n+#\n+#\n+|\n|")
    }

    @Test func theHeatmapShowsIntensityAsAShadeRampAndSideAsRole() {
        var canvas = Canvas(width: 6, height: 1)
        HeatmapWidget(grid: [[0.25], [0.5], [0.75], [1.0], [-0.5], [0]]).draw(
            in: canvas.bounds, glyphs: .unicode, canvas: &canvas)
        #expect(canvas.row(0) == "░▒▓█▒ ")
        #expect(canvas.style(x: 0, y: 0) == Style(.heatLong, level: 1))
        #expect(canvas.style(x: 3, y: 0) == Style(.heatLong, level: 7))
        #expect(canvas.style(x: 4, y: 0) == Style(.heatShort, level: 3))
        var ascii = Canvas(width: 4, height: 1)
        HeatmapWidget(grid: [[0.25], [0.5], [0.75], [1.0]]).draw(in: ascii.bounds, glyphs: .ascii, canvas: &ascii)
        #expect(ascii.row(0) == ".:*#")
    }

    @Test func theHeatmapMarkerRowFillsEmptyCellsAndNewestColumnsSitRight() {
        var canvas = Canvas(width: 3, height: 3)
        HeatmapWidget(grid: [[0, 0, 0], [0, 1, 0]], markerRow: 1).draw(
            in: canvas.bounds, glyphs: .unicode, canvas: &canvas)
        #expect(canvas.text == "\n ─█\n")
        #expect(canvas.style(x: 1, y: 1) == Style(.heatCurrent))
    }
}

import Testing

@testable import TerminalKit

@Suite("Bar, gauge, ladder and sparkline widgets")
struct BarWidgetTests {
    @Test func aGaugeAtOneHalfFillsHalfItsBar() {
        var canvas = Canvas(width: 10, height: 1)
        Gauge.draw(
            fraction: 0.5, label: "", in: canvas.bounds, gradient: .marginGauge, glyphs: .unicode, canvas: &canvas)
        #expect(canvas.row(0) == "█████·····")
        #expect(canvas.style(x: 0, y: 0) == Style(.marginGauge, level: 4))
        #expect(canvas.style(x: 5, y: 0) == Style(.muted))
    }

    @Test func aGaugeLabelFollowsTheBarAndPartialCellsUseTheRamp() {
        var canvas = Canvas(width: 15, height: 1)
        Gauge.draw(
            fraction: 0.5, label: "50%", in: canvas.bounds, gradient: .marginGauge, glyphs: .unicode, canvas: &canvas)
        #expect(canvas.row(0) == "█████▌····· 50%")
        var ascii = Canvas(width: 10, height: 1)
        Gauge.draw(fraction: 1, label: "ok", in: ascii.bounds, gradient: .marginGauge, glyphs: .ascii, canvas: &ascii)
        #expect(ascii.row(0) == "####### ok")
        #expect(ascii.style(x: 8, y: 0) == Style(.marginGauge, level: 7))
    }

    @Test func ladderRowsRightAlignColumnsAndScaleTheBar() {
        let ladder = DepthLadder(
            columnWidths: [5, 3],
            rows: [
                LadderRow(columns: ["100.5", "7"], barFraction: 0.5, barStyle: Style(.ask), marker: "*"),
                LadderRow(columns: ["100", "12"], barFraction: 0.3, barStyle: Style(.bid), flash: true),
            ])
        var canvas = Canvas(width: 20, height: 3)
        ladder.draw(in: canvas.bounds, glyphs: .unicode, canvas: &canvas)
        #expect(canvas.text == "* 100.5   7 ████\n    100  12 ██▍\n")
        #expect(canvas.style(x: 0, y: 0) == Style(.ownOrder))
        #expect(canvas.style(x: 12, y: 0) == Style(.ask))
        #expect(canvas.style(x: 4, y: 1) == Style(.flash))
        #expect(canvas.style(x: 4, y: 0) == .text)

        var ascii = Canvas(width: 20, height: 1)
        ladder.draw(in: Rect(x: 0, y: 0, width: 20, height: 1), glyphs: .ascii, canvas: &ascii)
        #expect(ascii.row(0).hasSuffix(" ####    "))
    }

    @Test func aLadderBarIsProportionalToItsFraction() {
        var canvas = Canvas(width: 25, height: 2)
        DepthLadder(
            columnWidths: [2],
            rows: [
                LadderRow(columns: ["1"], barFraction: 1, barStyle: Style(.bid)),
                LadderRow(columns: ["2"], barFraction: 0.25, barStyle: Style(.bid)),
            ]
        ).draw(in: canvas.bounds, glyphs: .unicode, canvas: &canvas)
        #expect(canvas.row(0).count { $0 == "█" } == 20)
        #expect(canvas.row(1).count { $0 == "█" } == 5)
    }

    @Test func aSparklineClimbsTheBlockRamp() {
        var canvas = Canvas(width: 8, height: 1)
        Sparkline.draw(
            values: [1, 2, 3, 4, 5, 6, 7, 8], in: canvas.bounds, style: Style(.chartLine), glyphs: .unicode,
            canvas: &canvas)
        #expect(canvas.row(0) == "▁▂▃▄▅▆▇█")
        #expect(canvas.style(x: 3, y: 0) == Style(.chartLine))
    }

    @Test func aTallSparklineStacksFullBlocksAndKeepsTheNewestValues() {
        var canvas = Canvas(width: 2, height: 2)
        Sparkline.draw(
            values: [9, 0, 1], in: canvas.bounds, style: .text, glyphs: .unicode, range: 0...1, canvas: &canvas)
        #expect(canvas.text == " █\n▁█")
    }
}

import Testing

@testable import TerminalKit

@Suite("Canvas diff")
struct CanvasDiffTests {
    @Test func withoutAPreviousCanvasEveryCellIsSentInRunsOfOneStyle() {
        var canvas = Canvas(width: 6, height: 2)
        canvas.put("ab", x: 2, y: 0, style: Style(.bid))
        let runs = canvas.changedRuns(since: nil)
        #expect(
            runs == [
                CanvasRun(x: 0, y: 0, text: "  ", style: .text),
                CanvasRun(x: 2, y: 0, text: "ab", style: Style(.bid)),
                CanvasRun(x: 4, y: 0, text: "  ", style: .text),
                CanvasRun(x: 0, y: 1, text: "      ", style: .text),
            ])
    }

    @Test func threeChangedCellsInARowAreOneRun() {
        var before = Canvas(width: 10, height: 3)
        before.put("price 100", x: 0, y: 1)
        var after = before
        after.put("987", x: 6, y: 1)
        #expect(after.changedRuns(since: before) == [CanvasRun(x: 6, y: 1, text: "987", style: .text)])
    }

    @Test func aStyleChangeAloneIsARunAndAStyleBoundarySplitsRuns() {
        var before = Canvas(width: 8, height: 1)
        before.put("abcd", x: 0, y: 0)
        var after = before
        after.setStyle(Rect(x: 1, y: 0, width: 2, height: 1), Style(.flash))
        after.put("d", x: 3, y: 0, style: Style(.ask))
        #expect(
            after.changedRuns(since: before) == [
                CanvasRun(x: 1, y: 0, text: "bc", style: Style(.flash)),
                CanvasRun(x: 3, y: 0, text: "d", style: Style(.ask)),
            ])
    }

    @Test func unchangedCellsSplitRunsAndIdenticalCanvasesSendNothing() {
        var before = Canvas(width: 6, height: 1)
        before.put("aXbXc", x: 0, y: 0)
        var after = before
        after.put("1", x: 0, y: 0)
        after.put("2", x: 2, y: 0)
        #expect(after.changedRuns(since: before).map(\.x) == [0, 2])
        #expect(after.changedRuns(since: after).isEmpty)
    }

    @Test func aCanvasOfAnotherSizeIsRepaintedInFull() {
        let small = Canvas(width: 2, height: 1)
        let large = Canvas(width: 3, height: 2)
        #expect(large.changedRuns(since: small).map(\.text) == ["   ", "   "])
    }
}

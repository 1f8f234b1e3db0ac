import Testing

@testable import TerminalKit

@Suite("Box and table widgets")
struct BoxTableTests {
    @Test func aBoxFramesItsRectWithTheTitleOnTheTopBorder() {
        var canvas = Canvas(width: 10, height: 4)
        let inner = Box.draw(in: canvas.bounds, title: "Book", focused: false, glyphs: .unicode, canvas: &canvas)
        #expect(inner == Rect(x: 1, y: 1, width: 8, height: 2))
        #expect(canvas.text == "╭ Book ──╮\n│        │\n│        │\n╰────────╯")
        #expect(canvas.style(x: 0, y: 0) == Style(.border))
        #expect(canvas.style(x: 2, y: 0) == Style(.title))
        Box.draw(in: canvas.bounds, title: nil, focused: true, glyphs: .ascii, canvas: &canvas)
        #expect(canvas.row(0) == "#========#", "focus shows in the frame's shape, not only its colour")
        Box.draw(in: canvas.bounds, title: nil, focused: true, glyphs: .unicode, canvas: &canvas)
        #expect(canvas.text == "╔════════╗\n║        ║\n║        ║\n╚════════╝")
        #expect(canvas.style(x: 9, y: 2) == Style(.borderFocused))
    }

    @Test func aRectTooSmallForAFrameDrawsNothing() {
        var canvas = Canvas(width: 5, height: 5)
        let inner = Box.draw(
            in: Rect(x: 1, y: 1, width: 1, height: 3), title: "x", focused: false, glyphs: .unicode, canvas: &canvas)
        #expect(inner.isEmpty)
        #expect(canvas.text == "\n\n\n\n")
    }

    @Test func aTableAlignsClipsAndScrollsToTheSelectedRow() {
        let table = Table(
            columns: [TableColumn(title: "Side", width: 4), TableColumn(title: "Size", width: 0, alignment: .right)],
            rows: [
                [TableCell(text: "buy", style: Style(.buy)), TableCell(text: "1.5")],
                [TableCell(text: "sell", style: Style(.sell)), TableCell(text: "20")],
                [TableCell(text: "buy", style: Style(.buy, bold: true)), TableCell(text: "300")],
            ], selectedRow: 2)
        var canvas = Canvas(width: 12, height: 3)
        #expect(table.draw(in: canvas.bounds, canvas: &canvas) == 2)
        #expect(canvas.text == "Side    Size\nsell      20\nbuy      300")
        #expect(canvas.style(x: 0, y: 0) == Style(.header))
        #expect(canvas.style(x: 0, y: 1) == Style(.sell))
        #expect(canvas.style(x: 0, y: 2) == Style(.selection, bold: true))
        #expect(canvas.style(x: 5, y: 2) == Style(.selection))
    }

    /// Columns widen to their content, so no value is cut; one that does not fit whole is left out.
    @Test func tableColumnsWidenToTheirContentAndDropWhatDoesNotFit() {
        let table = Table(
            columns: [TableColumn(title: "Name", width: 3), TableColumn(title: "N", width: 2, alignment: .right)],
            rows: [[TableCell(text: "liquidation"), TableCell(text: "12345")]])
        #expect(table.contentWidths == [11, 5])
        var wide = Canvas(width: 17, height: 2)
        #expect(table.draw(in: wide.bounds, canvas: &wide) == 1)
        #expect(wide.text == "Name            N\nliquidation 12345")
        var narrow = Canvas(width: 16, height: 2)
        table.draw(in: narrow.bounds, canvas: &narrow)
        #expect(narrow.text == "Name\nliquidation")
    }

    /// A shared column's text loses whole words, never part of a number.
    @Test func sharedColumnTextShortensByWords() {
        let table = Table(
            columns: [TableColumn(title: "#", width: 1), TableColumn(title: "Kind", width: 0)],
            rows: [[TableCell(text: "1"), TableCell(text: "stop 65000.0")]])
        var canvas = Canvas(width: 11, height: 2)
        table.draw(in: canvas.bounds, canvas: &canvas)
        #expect(canvas.text == "# Kind\n1 stop")
    }
}

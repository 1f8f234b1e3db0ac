import Testing

@testable import TerminalKit

@Suite("Canvas")
struct CanvasTests {
    @Test func textIsWrittenCellByCellAndClippedAtTheEdges() {
        var canvas = Canvas(width: 6, height: 2)
        #expect(canvas.put("hello world", x: 1, y: 0) == 5)
        #expect(canvas.put("▲ up", x: -2, y: 1) == 2)
        #expect(canvas.put("lost", x: 0, y: 5) == 0)
        #expect(canvas.row(0) == " hello")
        #expect(canvas.text == " hello\nup")
    }

    @Test func maxWidthStopsTheTextAndControlCharactersCannotReachTheTerminal() {
        var canvas = Canvas(width: 10, height: 1)
        #expect(canvas.put("abcdef", x: 2, y: 0, maxWidth: 3) == 3)
        canvas.put("\n", x: 0, y: 0)
        #expect(canvas.row(0) == "? abc     ")
    }

    @Test func nonASCIITextTakesOneCellPerCharacterAndControlCharactersStayHidden() {
        var canvas = Canvas(width: 8, height: 1)
        // "é" written as e + combining acute is one character: one cell, showing its first scalar.
        #expect(canvas.put("▲e\u{301}\u{1B}[2J", x: 0, y: 0) == 6)
        #expect(canvas.row(0) == "▲e?[2J  ")
        canvas.put("\u{7F}\u{85}", x: 6, y: 0)
        #expect(canvas.row(0) == "▲e?[2J??")
    }

    /// A cell is a plain value, so creating, diffing and freeing a canvas never touches a reference
    /// count: the frame diff compares every cell of the screen every frame.
    @Test func aCellIsAPlainValue() {
        #expect(_isPOD(Cell.self))
        #expect(MemoryLayout<Cell>.stride <= 12)
    }

    @Test func writesCarryTheirStyleAndDefaultToText() {
        var canvas = Canvas(width: 8, height: 1)
        canvas.put("bid", x: 0, y: 0, style: Style(.bid, bold: true))
        canvas.put("x", x: 5, y: 0)
        #expect(canvas.style(x: 1, y: 0) == Style(.bid, bold: true))
        #expect(canvas.style(x: 5, y: 0) == .text)
        #expect(canvas.style(x: 99, y: 0) == .text)
    }

    @Test func fillAndSetStyleStayInsideTheRectAndTheCanvas() {
        var canvas = Canvas(width: 5, height: 3)
        canvas.put("abcde", x: 0, y: 1)
        canvas.fill(Rect(x: 3, y: 0, width: 10, height: 1), character: "#", style: Style(.accent))
        canvas.setStyle(Rect(x: 1, y: 1, width: 2, height: 1), Style(.selection))
        #expect(canvas.text == "   ##\nabcde\n")
        #expect(canvas.style(x: 4, y: 0) == Style(.accent))
        #expect(canvas[1, 1] == Cell(character: "b", style: Style(.selection)))
        #expect(canvas.style(x: 3, y: 1) == .text)
    }

    @Test func subscriptOutsideReadsBlankAndIgnoresWrites() {
        var canvas = Canvas(width: 2, height: 2)
        canvas[5, 5] = Cell(character: "x", style: Style(.ask))
        #expect(canvas[5, 5] == .blank)
        #expect(canvas.text == "\n")
    }

    @Test func findLocatesTheFirstOccurrence() {
        var canvas = Canvas(width: 10, height: 3)
        canvas.put("ab ab", x: 2, y: 1)
        #expect(canvas.find("ab").map { [$0.x, $0.y] } == [2, 1])
        #expect(canvas.find("zz") == nil)
    }

    @Test func theLinkedLibraryIsNcurses() {
        #expect(CursesLibrary.version.hasPrefix("ncurses"))
    }
}

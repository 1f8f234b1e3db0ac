import Testing

@testable import TerminalKit

@Suite("Canvas")
struct CanvasTests {
    @Test func textIsWrittenCellByCellAndClippedAtTheEdges() {
        var canvas = Canvas(width: 6, height: 2)
        canvas.put("hello world", x: 1, y: 0)
        canvas.put("▲ up", x: -2, y: 1)
        canvas.put("lost", x: 0, y: 5)
        #expect(canvas.row(0) == " hello")
        #expect(canvas.text == " hello\nup")
    }

    @Test func theLinkedLibraryIsNcurses() {
        #expect(CursesLibrary.version.hasPrefix("ncurses"))
    }
}

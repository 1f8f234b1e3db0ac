import Testing

@testable import TerminalKit

@Suite("Help overlay")
struct HelpOverlayTests {
    @Test func aSmallHelpIsCentredAndFramedWithKeysAndTexts() {
        var canvas = Canvas(width: 40, height: 10)
        let frame = HelpOverlay.draw(
            title: "Help", sections: [("Move", [(key: "↑↓", text: "select"), (key: "q", text: "quit")])],
            in: canvas.bounds, glyphs: .unicode, canvas: &canvas)
        #expect(frame == Rect(x: 13, y: 2, width: 14, height: 5))
        #expect(canvas.row(2).hasPrefix("             ╔ Help ══════╗"))
        #expect(canvas.find("Move").map { [$0.x, $0.y] } == [15, 3])
        #expect(canvas.find("select").map { [$0.x, $0.y] } == [19, 4])
        #expect(canvas.find("quit").map { [$0.x, $0.y] } == [19, 5])
        #expect(canvas.style(x: 15, y: 3) == Style(.header))
        #expect(canvas.style(x: 15, y: 5) == Style(.key))
        #expect(canvas.style(x: 19, y: 5) == Style(.overlay))
        #expect(canvas.style(x: 25, y: 4) == Style(.overlay))
        #expect(canvas.style(x: 5, y: 5) == .text)
    }

    @Test func sectionsFlowIntoAnotherColumnWhenTheHeightRunsOut() {
        var canvas = Canvas(width: 60, height: 6)
        HelpOverlay.draw(
            title: "Keys",
            sections: [
                ("Trade", [(key: "b", text: "buy"), (key: "s", text: "sell"), (key: "x", text: "close")]),
                ("View", [(key: "t", text: "theme"), (key: "D", text: "depth")]),
            ], in: canvas.bounds, glyphs: .ascii, canvas: &canvas)
        let trade = canvas.find("Trade")
        let view = canvas.find("View")
        #expect(trade?.y == view?.y)
        #expect((view?.x ?? 0) - (trade?.x ?? 0) == 8 + 3)
        #expect(canvas.find("close") != nil && canvas.find("depth") != nil)
    }
}

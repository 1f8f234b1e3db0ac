import Testing

@testable import TerminalKit

@Suite("Text input")
struct TextInputTests {
    @Test func typingMovingAndDeletingEditAtTheCursor() {
        var input = TextInput()
        for character in "buy" { #expect(input.handle(.character(character)) == .edited) }
        #expect(input.text == "buy" && input.cursor == 3)
        #expect(input.handle(.left) == .edited)
        #expect(input.handle(.left) == .edited)
        #expect(input.handle(.backspace) == .edited)
        #expect(input.text == "uy" && input.cursor == 0)
        #expect(input.handle(.backspace) == .ignored)
        #expect(input.handle(.left) == .ignored)
        #expect(input.handle(.end) == .edited)
        _ = input.handle(.character(" "))
        _ = input.handle(.character("1"))
        #expect(input.text == "uy 1")
        #expect(input.handle(.home) == .edited)
        #expect(input.handle(.delete) == .edited)
        #expect(input.text == "y 1" && input.cursor == 0)
        #expect(input.handle(.right) == .edited && input.cursor == 1)
    }

    @Test func enterSubmitsEscapeCancelsOtherKeysAreLeftToTheCaller() {
        var input = TextInput(text: "sell 0.5")
        #expect(input.cursor == 8)
        #expect(input.handle(.enter) == .submitted("sell 0.5"))
        #expect(input.handle(.escape) == .cancelled)
        #expect(input.handle(.up) == .ignored)
        #expect(input.handle(.character("\u{7}")) == .ignored)
        #expect(input.handle(.delete) == .ignored)
        #expect(input.handle(.character("\u{15}")) == .edited)
        #expect(input.text.isEmpty && input.cursor == 0)
    }

    @Test func drawingShowsPromptTextAndAReversedCursorScrolledIntoView() {
        var input = TextInput(text: "lev 25")
        var canvas = Canvas(width: 10, height: 1)
        input.draw(prompt: ":", in: canvas.bounds, canvas: &canvas)
        #expect(canvas.row(0) == ":lev 25   ")
        #expect(canvas.style(x: 7, y: 0) == Style(.text, reverse: true))
        #expect(canvas.style(x: 0, y: 0) == Style(.accent))

        input = TextInput(text: "cancel all orders")
        input.draw(prompt: ":", in: canvas.bounds, canvas: &canvas)
        #expect(canvas.row(0) == ":l orders ")
        #expect(canvas.style(x: 9, y: 0).reverse)
        _ = input.handle(.home)
        input.draw(prompt: ":", in: canvas.bounds, canvas: &canvas)
        #expect(canvas.row(0) == ":cancel al")
        #expect(canvas.style(x: 1, y: 0).reverse)
    }

    @Test func aSelectedTextIsReplacedByTypingClearedByBackspaceAndKeptByAMove() {
        var input = TextInput(text: "64000.0", selected: true)
        #expect(input.isSelected)
        #expect(input.handle(.character("6")) == .edited)
        #expect(input.text == "6" && !input.isSelected)
        input = TextInput(text: "64000.0", selected: true)
        #expect(input.handle(.backspace) == .edited && input.text.isEmpty)
        input = TextInput(text: "64000.0", selected: true)
        #expect(input.handle(.left) == .edited && !input.isSelected && input.text == "64000.0")
        _ = input.handle(.character("5"))
        #expect(input.text == "64000.05", "the move ends the selection, the cursor stays at the end")
        input = TextInput(text: "64000.0", selected: true)
        #expect(input.handle(.enter) == .submitted("64000.0") && input.isSelected)
        #expect(!TextInput(text: "", selected: true).isSelected)
    }

    @Test func aSelectedTextIsDrawnInTheSelectionRole() {
        let input = TextInput(text: "0.5", selected: true)
        var canvas = Canvas(width: 6, height: 1)
        input.draw(prompt: ">", in: canvas.bounds, canvas: &canvas)
        #expect(canvas.row(0) == ">0.5  ")
        #expect(canvas.style(x: 1, y: 0) == Style(.selection) && canvas.style(x: 3, y: 0) == Style(.selection))
        #expect(!canvas.style(x: 4, y: 0).reverse)
    }
}

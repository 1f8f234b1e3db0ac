import Testing

@testable import CascadeCore

/// Input echoed in an error message never reaches the terminal as a control sequence.
@Suite("Escaping echoed input")
struct InputEscapingTests {
    @Test func controlAndFormatCharactersAreWrittenAsEscapes() {
        #expect("a\u{1B}]0;owned\u{07}b".escapingNonPrintable() == "a\\u{1B}]0;owned\\u{7}b")
        #expect("x\ty\r\nz\u{7F}\u{9B}".escapingNonPrintable() == "x\\ty\\r\\nz\\u{7F}\\u{9B}")
        #expect("\u{202E}txt\u{2028}".escapingNonPrintable() == "\\u{202E}txt\\u{2028}")
        #expect("line 1\nline 2\u{1B}".escapingNonPrintable(keepingNewlines: true) == "line 1\nline 2\\u{1B}")
    }

    @Test func printableTextIsKept() {
        let text = "BTC-PERP ▲ 64 000 · é 日本 '#' \\ ok"
        #expect(text.escapingNonPrintable() == text)
    }

    @Test func bookScriptErrorsEscapeTheLineTheyEcho() {
        let script = ParsedBookScript(parsing: "L B 1 100 5\nL \u{1B}]0;x\u{07} 2 100 5\n")
        #expect(script.error?.description == "line 2: side '\\u{1B}]0;x\\u{7}' must be B or S")
    }
}

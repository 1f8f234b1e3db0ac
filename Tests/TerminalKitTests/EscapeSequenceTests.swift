import Testing

@testable import TerminalKit

/// What follows an ESC is read as one sequence: known ones become keys, the rest nothing, so no
/// byte of it acts as a key of its own (`[` would lower the leverage, `x` close the position).
@Suite("Escape sequences")
struct EscapeSequenceTests {
    /// Decodes ESC followed by `text`, and says how many of its characters were left unread.
    private func decode(_ text: String) -> (key: Key?, unread: Int) {
        var pending = text.unicodeScalars.map { EscapeSequence.Input.character($0.value) }[...]
        let key = EscapeSequence.decode { pending.popFirst() }
        return (key, pending.count)
    }

    @Test(arguments: [
        ("[H", Key.home), ("[F", .end), ("[1~", .home), ("[4~", .end), ("[7~", .home), ("[8~", .end), ("OH", .home),
        ("OF", .end), ("[5~", .pageUp), ("[6~", .pageDown), ("[3~", .delete), ("[A", .up), ("OD", .left),
        ("[Z", .backTab), ("OP", .function(1)), ("[15~", .function(5)),
    ])
    func knownSequencesBecomeTheirKeys(sequence: String, key: Key) {
        let decoded = decode(sequence)
        #expect(decoded.key == key)
        #expect(decoded.unread == 0)
    }

    @Test(arguments: ["x", "[", "b", "[1;5H", "[200~", "[9999~", "OZ", "[?25h", "\u{1B}", "[Ma++"])
    func altCombinationsAndUnknownSequencesAreConsumedAndIgnored(sequence: String) {
        let decoded = decode(sequence)
        #expect(decoded.key == nil)
        #expect(decoded.unread == 0)
    }

    @Test func escapeAloneIsEscape() {
        #expect(decode("").key == .escape)
    }

    @Test func aFunctionKeyAfterEscapeIsAnAltCombination() {
        var inputs: [EscapeSequence.Input] = [.functionKey]
        #expect(EscapeSequence.decode { inputs.popLast() } == nil)
    }
}

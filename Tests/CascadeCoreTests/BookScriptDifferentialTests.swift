import Testing

@testable import CascadeCore

/// `BookScriptSession` (the real engine behind `cascade book`) against `ReferenceBook` (a naive model
/// written from the spec): on random streams they must print the same text, line for line.
@Suite("cascade book against the reference model")
struct BookScriptDifferentialTests {
    static let streams = 200
    static let commandsPerStream = 300

    @Test func randomStreamsPrintWhatTheReferencePrints() {
        for seed in 0..<UInt64(Self.streams) {
            let commands = RandomScript.commands(seed: seed, count: Self.commandsPerStream)
            let expectedOrders = seed.isMultiple(of: 4) ? 1 : 4096  // 1 exercises the id table's growth
            guard let mismatch = Self.firstMismatch(commands, expectedOrders: expectedOrders) else { continue }
            let minimal = Self.shrink(commands, expectedOrders: expectedOrders)
            Issue.record(
                """
                seed \(seed): \(mismatch)
                smallest script that still differs:
                \(minimal.map(Self.line).joined(separator: "\n"))
                """)
        }
    }

    /// Every generated command (odd ids and extreme values included) prints as a line that parses
    /// back to the same command, so a reported failing script replays as it ran.
    @Test func generatedCommandsSurviveTheParser() throws {
        for seed in 0..<UInt64(20) {
            for command in RandomScript.commands(seed: seed, count: Self.commandsPerStream) {
                let line = try #require(command.scriptLine)
                #expect(try BookScriptCommand(parsing: Substring(line), lineNumber: 1) == command, "\(line)")
            }
        }
    }

    /// Hand-checked scripts: they pin the reference model itself, so that a rule both sides got
    /// wrong in the same way still fails somewhere.
    @Test(arguments: [
        // Price-time priority across and within levels; fills at the maker's price.
        (
            "L S 1 101 2\nL S 2 100 1\nL S 3 100 1\nL B 4 101 3",
            "T 2 4 100 1\nT 3 4 100 1\nT 1 4 101 1\nEND_EVENTS\nASK 101 1 1\nQ 1 1\nEND\n"
        ),
        // IOC and FOK: the rest expires; FOK that cannot fill in full expires untouched.
        (
            "L S 1 100 2\nI B 2 100 5\nL S 3 100 2\nF B 4 100 3\nF B 5 100 2",
            "T 1 2 100 2\nK 2 3\nK 4 3\nT 3 5 100 2\nEND_EVENTS\nEND\n"
        ),
        // Post-only: refused when it would cross (its id stays free), rests otherwise.
        (
            "L S 1 100 1\nP B 2 100 1\nP B 2 99 1\nP S 3 99 1",
            "R 2\nR 3\nEND_EVENTS\nBID 99 1 1\nQ 2 1\nASK 100 1 1\nQ 1 1\nEND\n"
        ),
        // Amend down at the same price keeps the place; a size increase goes to the back.
        (
            "L B 1 99 5\nL B 2 99 5\nL B 3 99 5\nA 1 99 4\nA 2 99 6",
            "U 1 99 4\nU 2 99 6\nEND_EVENTS\nBID 99 15 3\nQ 1 4\nQ 3 5\nQ 2 6\nEND\n"
        ),
        // An amend that crosses trades after its U line, then rests; a post-only one is refused.
        (
            "L S 1 101 2\nL B 2 99 5\nA 2 101 5\nP S 3 105 1\nA 3 101 1",
            "U 2 101 5\nT 1 2 101 2\nR 3\nEND_EVENTS\nBID 101 3 1\nQ 2 3\nASK 105 1 1\nQ 3 1\nEND\n"
        ),
        // A market order that outlasts the other side (or meets an empty one) expires its rest.
        (
            "L S 1 100 3\nM B 2 5\nM S 3 1\nM B 4 1",
            "T 1 2 100 3\nK 2 2\nK 3 1\nK 4 1\nEND_EVENTS\nEND\n"
        ),
        // A market order takes what it needs and is gone: its id cannot be cancelled.
        (
            "L S 1 100 2\nL S 2 100 2\nM B 3 3\nA 2 100 2\nC 3",
            "T 1 3 100 2\nT 2 3 100 1\nU 2 100 2\nR 3\nEND_EVENTS\nASK 100 2 1\nQ 2 2\nEND\n"
        ),
        // Ids are single-use, even after the order is gone; bad sizes and prices are refused.
        (
            "L B 1 99 1\nC 1\nL B 1 99 1\nC 1\nL B 2 0 1\nL B 3 99 0\nA 9 99 1\nM S 4 -1",
            "X 1 1\nR 1\nR 1\nR 2\nR 3\nR 9\nR 4\nEND_EVENTS\nEND\n"
        ),
    ])
    func workedExample(script: String, expected: String) {
        let commands = ParsedBookScript(parsing: script).commands
        #expect(ReferenceBook.transcript(of: commands) == expected, "reference")
        #expect(Self.engineTranscript(of: commands) == expected, "engine")
    }

    // MARK: - Running both

    /// The engine's full transcript, as `cascade book --queues` prints it.
    static func engineTranscript(of commands: [BookScriptCommand], expectedOrders: Int = 4096) -> String {
        var session = BookScriptSession(expectedOrders: expectedOrders)
        var text = ""
        for command in commands {
            session.apply(command)
            session.writeEvents(to: &text)
        }
        text += "END_EVENTS\n"
        session.writeBook(queues: true, to: &text)
        return text + "END\n"
    }

    /// Feeds both books the same commands; where their output first differs, or `nil`.
    static func firstMismatch(_ commands: [BookScriptCommand], expectedOrders: Int) -> String? {
        var session = BookScriptSession(expectedOrders: expectedOrders)
        var reference = ReferenceBook()
        for (index, command) in commands.enumerated() {
            session.apply(command)
            var actual = ""
            session.writeEvents(to: &actual)
            let expected = reference.apply(command)
            if actual != expected {
                let at = "command \(index + 1) `\(line(command))`"
                return "\(at): engine printed \(lines(actual)), reference \(lines(expected))"
            }
        }
        var actual = ""
        session.writeBook(queues: true, to: &actual)
        let expected = reference.bookText(queues: true)
        guard actual != expected else { return nil }
        let actualLines = actual.split(separator: "\n")
        let expectedLines = expected.split(separator: "\n")
        let first =
            zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let shown = { (lines: [Substring]) in first < lines.count ? "'\(lines[first])'" : "nothing" }
        return "final book line \(first + 1): engine \(shown(actualLines)), reference \(shown(expectedLines))"
    }

    /// Drops commands one at a time, pass after pass, while the two books still disagree: a short
    /// script to report. Only runs on failure, so its quadratic cost does not matter.
    static func shrink(_ commands: [BookScriptCommand], expectedOrders: Int) -> [BookScriptCommand] {
        var script = commands
        var removed = true
        while removed {
            removed = false
            for index in script.indices.reversed() {
                var candidate = script
                candidate.remove(at: index)
                if firstMismatch(candidate, expectedOrders: expectedOrders) != nil {
                    script = candidate
                    removed = true
                }
            }
        }
        return script
    }

    private static func line(_ command: BookScriptCommand) -> String { command.scriptLine ?? "\(command)" }

    private static func lines(_ text: String) -> String {
        text.isEmpty ? "nothing" : "[\(text.split(separator: "\n").joined(separator: " | "))]"
    }
}

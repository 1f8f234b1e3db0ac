import PropertyBased
import Testing

@testable import CascadeCore

/// `BookScriptSession.run` reads a script as a byte stream. Whatever the chunks it arrives in, it must
/// print what the line parser and the reference model print for the whole text, and stop at the same
/// `line N:` error.
@Suite("Book scripts read as a stream")
struct BookScriptStreamTests {
    /// Chunk sizes that split lines, numbers and multi-byte characters in every place.
    static let chunkSizes = [1, 2, 3, 7, 64, 1 << 20]

    @Test func theDemoScriptStreamsInAnyChunksLikeTheWholeText() throws {
        let script = Array(Self.demo.utf8)
        let expected = Self.reference(script)
        #expect(expected.error == nil)
        for chunk in Self.chunkSizes {
            let actual = try Self.stream(script, chunk: chunk)
            #expect(actual.output == expected.output, "chunk \(chunk)")
            #expect(actual.error == nil)
        }
    }

    @Test(.shrinking(false)) func randomScriptsOfTokensStreamLikeTheLineParser() async {
        let scripts = Gen.element(of: BookBadInputTests.tokens).array(of: 0...80).map {
            Array($0.compactMap { $0 }.joined().utf8)
        }
        await propertyCheck(count: 200, input: scripts, Gen.element(of: Self.chunkSizes).map { $0 ?? 1 }) {
            script, chunk in
            Self.expectSameAsReference(script, chunk: chunk)
        }
    }

    @Test(.shrinking(false)) func randomBytesStreamLikeTheLineParser() async {
        let scripts = Gen<UInt8>.value(in: 0...255).array(of: 0...200)
        await propertyCheck(count: 200, input: scripts, Gen.element(of: Self.chunkSizes).map { $0 ?? 1 }) {
            script, chunk in
            Self.expectSameAsReference(script, chunk: chunk)
        }
    }

    @Test(
        "Bad bytes and numbers stop the stream with the line parser's message",
        arguments: [
            ("L B 1 100 5\nL B 2 1\u{0}0 5\n", "line 2: price '1\\u{0}0' is not an integer"),
            ("L B 1 100 5\nC 9223372036854775808\n", "line 2: id '9223372036854775808' is not an integer"),
            ("L B 1 100 5\n\nL S 2 -9223372036854775809 1\n", "line 3: price '-9223372036854775809' is not an integer"),
            ("C 1\nL B 2 10é 1\n", "line 2: price '10é' is not an integer"),
            ("L B 1 100 5 6\n", "line 1: 'L' takes 4 fields (B|S id price qty), found 5"),
            ("L B + 100 5\n", "line 1: id '+' is not an integer"),
        ])
    func badLines(script: String, message: String) throws {
        for chunk in Self.chunkSizes {
            let run = try Self.stream(Array(script.utf8), chunk: chunk)
            #expect(run.error?.description == message, "chunk \(chunk)")
        }
    }

    @Test func invalidUTF8IsAnErrorNamingItsLine() throws {
        let script: [UInt8] = Array("L B 1 100 5\nL B 2 100 ".utf8) + [0xFF, 0xC3] + Array("\nC 1\n".utf8)
        let run = try Self.stream(script, chunk: 5)
        #expect(run.error == BookScriptError(line: 2, problem: "quantity '\u{FFFD}\u{FFFD}' is not an integer"))
        #expect(run.output.isEmpty)
    }

    @Test func signsAndLeadingZerosReadAsInt64Reads() throws {
        let run = try Self.stream(Array("L B +1 0100 -0\nC 1\nL S 2 -9223372036854775808 1\n".utf8), chunk: 4)
        #expect(run.error == nil)
        #expect(run.output == "R 1\nR 1\nR 2\nEND_EVENTS\nEND\n")
    }

    @Test func anOverlongLineIsAnErrorAndTheRestIsNeverHeld() throws {
        let limit = BookScriptReader.maximumLineLength
        var script = Array("L B 1 100 5\n".utf8)
        script += Array(repeating: UInt8(ascii: " "), count: limit + 1)
        script += Array("\nC 1\n".utf8)
        for chunk in [4096, 1 << 20] {
            let run = try Self.stream(script, chunk: chunk)
            #expect(run.error == BookScriptError(line: 2, problem: "longer than \(limit) bytes"))
        }
        let whole = ParsedBookScript(parsing: String(decoding: script, as: UTF8.self))
        #expect(whole.error == BookScriptError(line: 2, problem: "longer than \(limit) bytes"))
        #expect(whole.commands.count == 1)
        // A line of exactly the limit is still a line.
        var atLimit = Array(repeating: UInt8(ascii: " "), count: limit - 3)
        atLimit += Array("C 1\n".utf8)
        #expect(try Self.stream(atLimit, chunk: 1 << 20).output == "R 1\nEND_EVENTS\nEND\n")
    }

    @Test func aLastLineWithoutANewlineCounts() throws {
        #expect(try Self.stream(Array("L B 1 100 5\nC 1".utf8), chunk: 3).output == "X 1 5\nEND_EVENTS\nEND\n")
    }

    /// Every command form, comments, blank lines, CRLF and tabs.
    static let demo = """
        # a comment line
        L S 1 1005 10     # ask
        L S 2 1005 5\r
        L\tS 3 1007 20

        L B 4 1000 8
        L B 5 998 12
        M B 6 12
        I S 7 999 20
        F B 8 1007 100
        P B 9 1005 4
        P B 10 1001 4
        A 3 1006 15
        A 5 998 6
        C 2
        C 2
        L B 11 1006 3
        L B 4 990 1
        """

    // MARK: - Both paths

    static func expectSameAsReference(_ script: [UInt8], chunk: Int) {
        let expected = reference(script)
        guard let actual = try? stream(script, chunk: chunk) else {
            Issue.record("the stream threw")
            return
        }
        #expect(actual.output == expected.output)
        #expect(actual.error == expected.error)
    }

    /// The whole text decoded, split at `\n`, each line through the line parser up to the first error,
    /// and the commands through the reference model: what `cascade book --queues` printed before streams.
    static func reference(_ script: [UInt8]) -> (output: String, error: BookScriptError?) {
        let text = String(decoding: script, as: UTF8.self)
        var commands: [BookScriptCommand] = []
        for (index, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .enumerated()
        {
            do {
                if let command = try BookScriptCommand(parsing: Substring(line), lineNumber: index + 1) {
                    commands.append(command)
                }
            } catch {
                var book = ReferenceBook()
                return (commands.map { book.apply($0) }.joined(), error)
            }
        }
        return (ReferenceBook.transcript(of: commands), nil)
    }

    /// The stream path, `chunk` bytes a read at most.
    static func stream(_ script: [UInt8], chunk: Int, queues: Bool = true) throws -> (
        output: String, error: BookScriptError?
    ) {
        var offset = 0
        var output: [UInt8] = []
        var session = BookScriptSession()
        let error = try session.run(
            queues: queues,
            read: { buffer in
                let count = min(chunk, buffer.count, script.count - offset)
                script.withUnsafeBytes {
                    buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<offset + count]))
                }
                offset += count
                return count
            },
            write: { output += $0 })
        return (String(decoding: output, as: UTF8.self), error)
    }
}

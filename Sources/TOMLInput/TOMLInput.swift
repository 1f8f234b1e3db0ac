import TOMLKit

/// Checks TOML text for what the TOML reader (TOMLKit over toml++ 3) cannot be trusted with, before
/// the text reaches it. Every Cascade file in TOML (scenarios, themes, portfolios) goes through this first.
public enum TOMLInput {
    /// Where and why a text cannot be given to the TOML reader; lines and columns count from 1.
    public struct Problem: Error, Sendable, Hashable {
        /// Line of the problem, from 1.
        public var line: Int
        /// Column in UTF-8 bytes from the start of the line, from 1.
        public var column: Int
        /// What is wrong there, for a person to read.
        public var message: String
    }

    /// Refuses, with the first place it happens:
    /// - a NUL byte: the reader takes a C string, so the file would silently end there;
    /// - a Unicode line separator (NEL U+0085, U+2028, U+2029): toml++ takes it for a line break in
    ///   some places and not in others, and editors and `wc -l` see no line there; only `\n` (or
    ///   `\r\n`) ends a line;
    /// - a table header whose key starts with a character no key can start with (`[{`, `[#`, a `[`
    ///   alone on its line), and a `}` or `]` that closes the wrong bracket (`x = [}`): toml++
    ///   asserts on both (`parse_key`, `parse_value`), which aborts the process in a debug build and
    ///   is undefined behaviour in a release build.
    /// Strings and comments are skipped the way TOML reads them, so valid TOML is never refused.
    /// - Complexity: O(n) in the UTF-8 bytes of `text`.
    public static func check(_ text: String) throws(Problem) {
        var scanner = Scanner(bytes: Array(text.utf8))
        try scanner.run()
    }

    /// `check`, then the reader: the document's root table, or the first problem with its line and
    /// column (the reader's syntax errors included), so every file format reports them alike.
    public static func table(_ text: String) throws(Problem) -> TOMLTable {
        try check(text)
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Problem(line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        } catch {
            // TOMLKit throws nothing else; should it, the message still reaches the person.
            throw Problem(line: 1, column: 1, message: "\(error)")
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lineStartIndex = 0
        /// Open `[` and `{` of arrays and inline tables, innermost last.
        var brackets: [UInt8] = []
        var inHeader = false

        init(bytes: [UInt8]) {
            self.bytes = bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
            lineStartIndex = index
        }

        func problem(_ message: String, at position: Int? = nil) -> Problem {
            Problem(line: line, column: (position ?? index) - lineStartIndex + 1, message: message)
        }

        func byte(at offset: Int = 0) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }

        mutating func run() throws(Problem) {
            while let current = byte() {
                try checkByte()
                switch current {
                case UInt8(ascii: "\n"):
                    newLine()
                    continue
                case UInt8(ascii: "#"):
                    try skipComment()
                    continue
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    try skipString(quote: current)
                    continue
                case UInt8(ascii: "[") where brackets.isEmpty && !inHeader && atLineStart():
                    try header()
                    continue
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    if !inHeader { brackets.append(current) }
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    if !inHeader {
                        let opener = current == UInt8(ascii: "]") ? UInt8(ascii: "[") : UInt8(ascii: "{")
                        guard brackets.last == opener else {
                            throw problem("'\(Character(Unicode.Scalar(current)))' closes no open bracket of its kind")
                        }
                        brackets.removeLast()
                    }
                default:
                    break
                }
                index += 1
            }
        }

        /// Refuses NUL and the Unicode line separators at `index`.
        func checkByte() throws(Problem) {
            switch byte() {
            case 0: throw problem("a NUL byte is not allowed in TOML")
            case 0xC2 where byte(at: 1) == 0x85,
                0xE2 where byte(at: 1) == 0x80 && (byte(at: 2) == 0xA8 || byte(at: 2) == 0xA9):
                throw problem(
                    "a Unicode line separator (U+0085, U+2028 or U+2029) is not allowed; only \\n ends a line")
            default: return
            }
        }

        mutating func newLine() {
            index += 1
            line += 1
            lineStartIndex = index
            inHeader = false
        }

        func atLineStart() -> Bool {
            bytes[lineStartIndex..<index].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        }

        mutating func skipComment() throws(Problem) {
            while let current = byte(), current != UInt8(ascii: "\n") {
                try checkByte()
                index += 1
            }
        }

        /// Skips a basic or literal string, single- or multi-line; an unclosed single-line string
        /// ends at the line's end, where the reader reports it.
        mutating func skipString(quote: UInt8) throws(Problem) {
            let multiline = byte(at: 1) == quote && byte(at: 2) == quote
            index += multiline ? 3 : 1
            while let current = byte() {
                try checkByte()
                if current == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") {
                    index += 2
                    continue
                }
                if current == UInt8(ascii: "\n") {
                    guard multiline else { return }
                    newLine()
                    continue
                }
                if current == quote {
                    if !multiline {
                        index += 1
                        return
                    }
                    var run = 0
                    while byte(at: run) == quote { run += 1 }
                    index += run
                    if run >= 3 { return }
                    continue
                }
                index += 1
            }
        }

        /// A `[` or `[[` table header at the start of a line: a key must follow.
        mutating func header() throws(Problem) {
            inHeader = true
            index += 1
            let blanksBefore = skipBlanks()
            if byte() == UInt8(ascii: "[") {
                if blanksBefore { return }
                index += 1
                _ = skipBlanks()
            }
            guard let first = byte() else { return }
            let startsKey =
                (first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z"))
                || (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z"))
                || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
                || [UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "]")]
                    .contains(first)
            guard startsKey else {
                throw problem("a table header needs a key: a letter, digit, '_', '-' or a quote after '['")
            }
        }

        mutating func skipBlanks() -> Bool {
            let start = index
            while byte() == UInt8(ascii: " ") || byte() == UInt8(ascii: "\t") { index += 1 }
            return index > start
        }
    }
}

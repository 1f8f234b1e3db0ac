/// Finds where a key was written in TOML text, since TOMLKit reports positions only for syntax errors.
///
/// A line-based scan that understands `[table]` headers and dotted keys, which is all theme files
/// use; anything it cannot find falls back to the table's header line, then to no line at all.
struct SourceLocator {
    let file: String
    private let lines: [Substring]

    init(source: String, file: String) {
        self.file = file
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Where `key` is assigned inside `table` (a dotted path such as `["ansi16", "market"]`, empty for
    /// the top level), or where a table of that name begins. The column points at `value` (written
    /// in quotes) when the line contains it.
    func locate(table: [String], key: String, value: String? = nil) -> SourceLocation {
        var current: [String] = []
        var headerLine: Int?
        for (number, line) in lines.enumerated() {
            let text = line.drop { $0 == " " || $0 == "\t" }
            if text.hasPrefix("[") {
                current = Self.path(text.drop { $0 == "[" }.prefix { $0 != "]" })
                if current == table { headerLine = number + 1 }
                if current.starts(with: table + [key]) {
                    return SourceLocation(file: file, line: number + 1, column: line.count - text.count + 1)
                }
                continue
            }
            guard let equals = text.firstIndex(of: "="), !text.hasPrefix("#") else { continue }
            guard current + Self.path(text[..<equals]) == table + [key] else { continue }
            let indent = line.count - text.count
            var column = indent + 1
            if let value, let offset = Self.offset(of: "\"\(value)\"", in: line) { column = offset + 1 }
            return SourceLocation(file: file, line: number + 1, column: column)
        }
        return SourceLocation(file: file, line: headerLine, column: nil)
    }

    /// The character offset of the first `needle` in `line`.
    private static func offset(of needle: String, in line: Substring) -> Int? {
        let characters = Array(line)
        let pattern = Array(needle)
        guard pattern.count <= characters.count else { return nil }
        return (0...(characters.count - pattern.count)).first {
            characters[$0..<($0 + pattern.count)].elementsEqual(pattern)
        }
    }

    /// `a . "b"` → `["a", "b"]`.
    private static func path(_ text: Substring) -> [String] {
        text.split(separator: ".").map {
            $0.trimmingCharacters(in: " \t\"'")
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

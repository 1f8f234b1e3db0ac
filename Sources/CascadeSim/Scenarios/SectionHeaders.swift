/// Where each `[table]` and `[[array]]` header of a TOML file sits, to tell which lines a section spans.
struct SectionHeaders {
    private var headers: [(text: String, line: Int)] = []
    let lineCount: Int

    init(lines: [Substring]) {
        lineCount = lines.count
        for (number, line) in lines.enumerated() {
            let text = line.trimmingWhitespace
            guard text.hasPrefix("[") else { continue }
            // `[ margin.markets."ETH-PERP" ]` is `[margin.markets.ETH-PERP]`.
            let header = text.prefix { $0 != "#" }.filter { $0 != " " && $0 != "\t" && $0 != "\"" && $0 != "'" }
            headers.append((String(header), number))
        }
    }

    /// The 0-based line of the first header, where the top-level keys end.
    var firstHeader: Int { headers.first?.line ?? lineCount }

    /// The 1-based header line of the `occurrence`-th section called `header`, and where the next one
    /// begins; `nil` when no header says it (a table written inline, or one made by `--set`).
    func find(_ header: String, occurrence: Int = 0) -> (start: Int, end: Int)? {
        let matching = headers.indices.filter { headers[$0].text == header }
        guard occurrence < matching.count else { return nil }
        let position = matching[occurrence]
        let end = position + 1 < headers.count ? headers[position + 1].line : lineCount
        return (headers[position].line + 1, end)
    }

    /// As `find`, or the whole file when no header says it.
    func range(of header: String, occurrence: Int = 0) -> (start: Int, end: Int) {
        find(header, occurrence: occurrence) ?? (0, lineCount)
    }
}

extension Substring {
    fileprivate var trimmingWhitespace: Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return self[first...last]
    }
}

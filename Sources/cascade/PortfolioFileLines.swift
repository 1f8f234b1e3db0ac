/// Where things are written in a portfolio file: TOMLKit reports lines for syntax errors only, so
/// the line of a table or key is found in the text.
struct PortfolioFileLines {
    /// The path as given, for errors.
    let file: String
    /// The file's lines, without their line breaks.
    let lines: [Substring]
    /// The 0-based lines of table headers (`[…]` or `[[…]]` starting a line), with the header's text.
    let headers: [(line: Int, text: Substring)]

    init(file: String, text: String) {
        self.file = file
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        headers = lines.enumerated().compactMap { number, line in
            let text = line.drop { $0 == " " || $0 == "\t" }.prefix { $0 != "#" }
            let trimmed = text.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }
            return text.first == "[" ? (number, text.prefix(trimmed.count)) : nil
        }
    }

    /// The 0-based line of the `occurrence`-th header written exactly `header`; `nil` when the table
    /// was written inline.
    func header(_ header: String, occurrence: Int) -> Int? {
        let matching = headers.filter { $0.text == header }
        return occurrence < matching.count ? matching[occurrence].line : nil
    }

    /// The 1-based line where `key` is assigned in the table whose header is on 0-based line `header`
    /// (`nil`: the top level, before the first header).
    func line(of key: String, inTableAt header: Int?) -> Int? {
        let start = header.map { $0 + 1 } ?? 0
        let end = headers.first { $0.line >= start }?.line ?? lines.count
        for number in start..<end {
            let text = lines[number].drop { $0 == " " || $0 == "\t" }
            guard text.hasPrefix(key) else { continue }
            if text.dropFirst(key.count).drop(while: { $0 == " " || $0 == "\t" }).first == "=" { return number + 1 }
        }
        return nil
    }
}

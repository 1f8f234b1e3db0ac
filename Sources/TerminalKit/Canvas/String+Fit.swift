extension String {
    /// The text shortened to at most `width` columns by dropping whole space-separated words (and a
    /// trailing separator such as `,` `·` `:` `(`) from the end, never by cutting inside one; empty
    /// when even the first word does not fit. How a view that is short of room says less instead of
    /// showing a number with digits missing (`6500` for `65000`).
    ///
    /// - Complexity: O(n) in the text's length.
    public func fitting(_ width: Int) -> String {
        guard count > width else { return self }
        guard width > 0 else { return "" }
        var words = split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        while !words.isEmpty {
            words.removeLast()
            while let last = words.last, last.isEmpty || last.allSatisfy(Self.separators.contains) {
                words.removeLast()
            }
            var text = words.joined(separator: " ")
            while let last = text.last, Self.trailing.contains(last) { text.removeLast() }
            if text.count <= width { return text }
        }
        return ""
    }

    /// The text shortened to at most `width` columns by dropping whole fields, separated by
    /// `separator`, from the end (`Enter place · Esc cancel · F2 explain` → `Enter place · Esc cancel`);
    /// a single field too long is shortened by words.
    public func fitting(_ width: Int, fieldsSeparatedBy separator: String) -> String {
        guard count > width else { return self }
        var fields = components(separatedBy: separator)
        while fields.count > 1 {
            fields.removeLast()
            let text = fields.joined(separator: separator)
            if text.count <= width { return text }
        }
        return (fields.first ?? "").fitting(width)
    }

    /// The text in lines of at most `width` columns, broken at spaces; continuation lines start with
    /// `indent` spaces. Words are never split: a word longer than a line gets a line of its own
    /// (and is clipped where it is drawn).
    public func wrapped(_ width: Int, indent: Int = 4) -> [String] {
        guard width > 0, count > width else { return [self] }
        let prefix = String(repeating: " ", count: max(0, min(indent, width - 1)))
        var lines: [String] = []
        var current = ""
        // Widths are counted as words are added, not recounted from the line (the log wraps every frame).
        var currentWidth = 0
        var atLineStart = true
        for word in split(separator: " ", omittingEmptySubsequences: false) {
            let wordWidth = word.count
            if !atLineStart, currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = prefix
                currentWidth = prefix.count
                atLineStart = true
            }
            if atLineStart {
                atLineStart = word.isEmpty
            } else {
                current += " "
                currentWidth += 1
            }
            current += word
            currentWidth += wordWidth
        }
        lines.append(current)
        return lines
    }

    /// Characters that only join fields and mean nothing left at the end of a shortened line.
    private static let separators: Set<Character> = ["·", "|", "-", "—", "–", "/", "+", "="]
    private static let trailing: Set<Character> = [",", ":", ";", "(", "·", " "]
}

extension Canvas {
    /// Writes `text` shortened by whole words to fit `maxWidth` (and the canvas edge), so nothing
    /// shown is a cut-off number. - Returns: the cells written.
    @discardableResult
    public mutating func putFitting(_ text: String, x: Int, y: Int, style: Style = .text, maxWidth: Int) -> Int {
        put(text.fitting(min(maxWidth, width - x)), x: x, y: y, style: style)
    }

    /// Writes `text` broken at spaces into lines of `rect`'s width from row `y` down (continuation
    /// lines indented by `indent`), as far as the rect's bottom, so a sentence in a narrow panel
    /// loses no words. - Returns: the row after the last line written.
    @discardableResult
    public mutating func putWrapped(_ text: String, in rect: Rect, y: Int, style: Style = .text, indent: Int = 2)
        -> Int
    {
        var row = y
        for line in text.wrapped(rect.width, indent: indent) where row < rect.maxY {
            putFitting(line, x: rect.x, y: row, style: style, maxWidth: rect.width)
            row += 1
        }
        return row
    }
}

extension Canvas {
    /// Row `y` as a string, trailing blanks kept; empty outside the canvas.
    public func row(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: cells[(y * width)..<((y + 1) * width)].lazy.map(\.scalar))
        return String(text)
    }

    /// All rows joined by newlines, trailing blanks of each row removed: the form golden tests compare.
    public var text: String {
        (0..<height).map { y in
            var line = row(y)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The style of the cell at a position (plain text outside the canvas).
    public func style(x: Int, y: Int) -> Style { self[x, y].style }

    /// The first position, reading row by row, where `text` appears within one row; for tests.
    public func find(_ text: String) -> (x: Int, y: Int)? {
        let needle = Array(text)
        guard !needle.isEmpty, needle.count <= width else { return nil }
        for y in 0..<height {
            let line = Array(row(y))
            for x in 0...(width - needle.count) where line[x..<(x + needle.count)].elementsEqual(needle) {
                return (x, y)
            }
        }
        return nil
    }
}

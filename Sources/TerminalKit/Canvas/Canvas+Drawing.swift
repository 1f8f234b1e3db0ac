extension Canvas {
    /// Writes `text` from column `x` of row `y`, one character a cell, clipped at the edges and at
    /// `maxWidth` columns; it never wraps. Control characters are shown as `?` so they cannot move
    /// the terminal's cursor.
    ///
    /// - Returns: the number of cells written inside the canvas.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .text, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var column = x
        var written = 0
        // Most text is ASCII: one byte is one character is one cell, with no grapheme breaking.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in text.utf8 {
                if column >= limit { break }
                if column >= 0 {
                    let scalar = byte < 0x20 || byte == 0x7F ? "?" : Unicode.Scalar(byte)
                    cells[y * width + column] = Cell(scalar: scalar, style: style)
                    written += 1
                }
                column += 1
            }
            return written
        }
        for character in text {
            if column >= limit { break }
            if column >= 0 {
                cells[y * width + column] = Cell(scalar: Self.printable(character), style: style)
                written += 1
            }
            column += 1
        }
        return written
    }

    /// Sets every cell of `rect` (clipped to the canvas) to `character` in `style`.
    public mutating func fill(_ rect: Rect, character: Character = " ", style: Style = .text) {
        let area = rect.intersection(bounds)
        let cell = Cell(scalar: Self.printable(character), style: style)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { cells[y * width + x] = cell }
        }
    }

    /// Gives every cell of `rect` (clipped to the canvas) `style`, keeping its character: how a
    /// selection bar or a flash is laid over text already drawn.
    mutating func setStyle(_ rect: Rect, _ style: Style) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { cells[y * width + x].style = style }
        }
    }

    /// The scalar a cell shows for `character`: its first, or `?` for a control character.
    private static func printable(_ character: Character) -> Unicode.Scalar {
        guard let scalar = character.unicodeScalars.first else { return " " }
        return scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) ? "?" : scalar
    }
}

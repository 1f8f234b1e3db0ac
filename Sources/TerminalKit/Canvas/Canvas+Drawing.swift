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
        for character in text {
            if column >= limit { break }
            if column >= 0 {
                cells[y * width + column] = Cell(character: Self.printable(character), style: style)
                written += 1
            }
            column += 1
        }
        return written
    }

    /// Sets every cell of `rect` (clipped to the canvas) to `character` in `style`.
    public mutating func fill(_ rect: Rect, character: Character = " ", style: Style = .text) {
        let area = rect.intersection(bounds)
        let cell = Cell(character: Self.printable(character), style: style)
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

    private static func printable(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first else { return " " }
        return scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) ? "?" : character
    }
}

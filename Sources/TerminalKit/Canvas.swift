/// A grid of character cells that views draw into before anything reaches the terminal.
///
/// Drawing is pure: the same calls give the same grid, so tests read a canvas as text. Writes past
/// an edge are clipped, never wrapped.
public struct Canvas: Sendable, Hashable {
    public let width: Int
    public let height: Int
    private var cells: [Character]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: " ", count: self.width * self.height)
    }

    /// Writes `text` from column `x` of row `y`, one character a cell, clipped at the edges.
    public mutating func put(_ text: String, x: Int, y: Int) {
        guard y >= 0, y < height else { return }
        var column = x
        for character in text {
            if column >= width { break }
            if column >= 0 { cells[y * width + column] = character }
            column += 1
        }
    }

    /// Row `y` as a string, trailing blanks kept.
    public func row(_ y: Int) -> String { String(cells[(y * width)..<((y + 1) * width)]) }

    /// All rows joined by newlines, trailing blanks removed: the form golden tests compare.
    public var text: String {
        (0..<height).map { y in
            var line = row(y)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}

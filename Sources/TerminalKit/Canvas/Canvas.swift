/// A grid of styled character cells that views draw into before anything reaches the terminal.
///
/// Drawing is pure: the same calls give the same grid, so tests read a canvas as text and styles.
/// Writes past an edge are clipped, never wrapped. Terminals show a canvas by diffing it against the
/// one they showed last (`changedRuns(since:)`), so redrawing everything every frame costs only the
/// cells that actually changed on screen.
public struct Canvas: Sendable, Hashable {
    /// Columns; never negative.
    public let width: Int
    /// Rows; never negative.
    public let height: Int
    /// Row-major: cell (x, y) is at `y * width + x`.
    var cells: [Cell]

    /// A blank canvas of `width` × `height` cells (negative sizes become 0).
    /// Allocates the whole grid: views get a new canvas every frame.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole canvas as a rectangle at the origin.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a position; reading outside the canvas gives a blank cell, writing there does nothing.
    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x, y) ? cells[y * width + x] : .blank }
        set { if contains(x, y) { cells[y * width + x] = newValue } }
    }

    func contains(_ x: Int, _ y: Int) -> Bool { x >= 0 && x < width && y >= 0 && y < height }
}

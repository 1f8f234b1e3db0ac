/// A rectangle of cells: where a view or widget may draw.
///
/// Sizes never go negative; operations that would shrink a rectangle past nothing give an empty one,
/// so layout code can subtract freely on a tiny terminal.
public struct Rect: Hashable, Sendable {
    /// Column of the left edge, in cells from the canvas's left.
    public var x: Int
    /// Row of the top edge, in cells from the canvas's top.
    public var y: Int
    /// Columns covered; never negative.
    public var width: Int
    /// Rows covered; never negative.
    public var height: Int

    /// A rectangle at (`x`, `y`); a negative width or height becomes 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// One past the last column.
    public var maxX: Int { x + width }
    /// One past the last row.
    public var maxY: Int { y + height }
    /// No cell to draw in: widgets return at once.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Whether cell (`column`, `row`) lies inside; mouse clicks find their panel with it.
    public func contains(x column: Int, y row: Int) -> Bool {
        column >= x && column < maxX && row >= y && row < maxY
    }

    /// The rectangle shrunk by `amount` cells on every side.
    public func inset(by amount: Int) -> Rect {
        Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// The overlap of two rectangles, empty (at this one's origin) when they do not meet.
    func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        guard right > left, bottom > top else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }
}

/// Consecutive cells of one row sharing a style: the unit a terminal writes in one call.
public struct CanvasRun: Hashable, Sendable {
    /// Column of the run's first cell.
    public var x: Int
    /// Row of the run.
    public var y: Int
    /// The run's characters, one cell each, left to right.
    public var text: String
    /// The style every cell of the run shares.
    public var style: Style

    /// A run of `text` from cell (`x`, `y`), as `Canvas.changedRuns(since:)` builds them.
    public init(x: Int, y: Int, text: String, style: Style) {
        self.x = x
        self.y = y
        self.text = text
        self.style = style
    }
}

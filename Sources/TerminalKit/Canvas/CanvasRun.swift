/// Consecutive cells of one row sharing a style: the unit a terminal writes in one call.
public struct CanvasRun: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var text: String
    public var style: Style

    public init(x: Int, y: Int, text: String, style: Style) {
        self.x = x
        self.y = y
        self.text = text
        self.style = style
    }
}

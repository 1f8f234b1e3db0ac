/// A grid of signed intensities: positive cells in the `.heatLong` gradient, negative in
/// `.heatShort`, each also drawn with a shade glyph so density reads without colour.
public struct HeatmapWidget: Hashable, Sendable {
    /// `grid[column][row]`, row 0 at the top, values in -1...1 (clamped).
    public var grid: [[Double]]
    /// A row to mark (the current price): its empty cells become a line in `.heatCurrent`.
    public var markerRow: Int?

    /// A heatmap of `grid` (columns oldest first), with no current-price row unless `markerRow` is given.
    public init(grid: [[Double]], markerRow: Int? = nil) {
        self.grid = grid
        self.markerRow = markerRow
    }

    /// The shade ramp, lightest first (`░▒▓█`, ASCII `.:*#`): for a legend beside the heatmap.
    public static func shades(_ glyphs: Glyphs) -> String { String(glyphs.shadeRamp) }

    /// Draws the newest `rect.width` columns right-aligned and the first `rect.height` rows.
    public func draw(in rect: Rect, glyphs: Glyphs, canvas: inout Canvas) {
        let ramp = glyphs.shadeRamp
        guard !rect.isEmpty, !ramp.isEmpty else { return }
        let columns = grid.suffix(rect.width)
        let startX = rect.maxX - columns.count
        if let markerRow, markerRow >= 0, markerRow < rect.height {
            let line = String(repeating: glyphs.horizontal, count: columns.count)
            canvas.put(line, x: startX, y: rect.y + markerRow, style: Style(.heatCurrent))
        }
        for (offset, column) in columns.enumerated() {
            for (row, value) in column.prefix(rect.height).enumerated() {
                guard value.isFinite else { continue }
                let intensity = min(1, abs(value))
                guard intensity > 0 else { continue }
                let shade = min(ramp.count - 1, max(0, Int((intensity * Double(ramp.count)).rounded(.up)) - 1))
                let level = min(Role.levels - 1, max(0, Int((intensity * Double(Role.levels)).rounded(.up)) - 1))
                let style = Style(value > 0 ? .heatLong : .heatShort, level: UInt8(level))
                canvas[startX + offset, rect.y + row] = Cell(character: ramp[shade], style: style)
            }
        }
    }
}

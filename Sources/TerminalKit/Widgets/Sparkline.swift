/// A compact trend: one column per value, its height on the block ramp.
public enum Sparkline {
    /// Draws the last `rect.width` values, newest at the right, scaled between `range` (or the
    /// values' own minimum and maximum). With more than one row the column stacks full blocks
    /// under a partial one, so resolution grows with height. The lowest value still shows the
    /// ramp's first glyph, so a flat series is visible.
    public static func draw(
        values: [Double], in rect: Rect, style: Style, glyphs: Glyphs, range: ClosedRange<Double>? = nil,
        canvas: inout Canvas
    ) {
        let ramp = glyphs.blockRamp
        guard !rect.isEmpty, !ramp.isEmpty else { return }
        let shown = values.suffix(rect.width)
        let finite = shown.filter(\.isFinite)
        guard let low = range?.lowerBound ?? finite.min(), let high = range?.upperBound ?? finite.max() else { return }
        let steps = ramp.count
        let levels = rect.height * steps
        let startX = rect.maxX - shown.count
        for (offset, value) in shown.enumerated() where value.isFinite {
            let fraction = high > low ? min(1, max(0, (value - low) / (high - low))) : 0
            let level = 1 + Int((fraction * Double(levels - 1)).rounded())
            for row in 0..<rect.height {
                let cellLevel = min(steps, level - row * steps)
                guard cellLevel > 0 else { break }
                canvas[startX + offset, rect.maxY - 1 - row] = Cell(character: ramp[cellLevel - 1], style: style)
            }
        }
    }

    /// The last `width` values as one row of text, lowest on the ramp's first glyph: for a sparkline
    /// inside a line of text (an overlay page), where `draw` needs a rectangle.
    public static func text(values: [Double], width: Int, glyphs: Glyphs) -> String {
        var canvas = Canvas(width: max(0, min(width, values.count)), height: 1)
        draw(values: values, in: canvas.bounds, style: Style(.text), glyphs: glyphs, canvas: &canvas)
        return canvas.row(0)
    }
}

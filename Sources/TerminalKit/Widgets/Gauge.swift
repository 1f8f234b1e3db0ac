/// A one-row meter: a bar coloured along a gradient (safe → danger) and a label after it.
public enum Gauge {
    /// Fills `fraction` (0...1) of the bar part of `rect`'s first row, in the `gradient` role at the
    /// step matching the fraction, marks the unfilled part with `glyphs.gaugeEmpty` so the extent
    /// reads without colour, and writes `label` after one space, in the same style.
    public static func draw(
        fraction: Double, label: String, in rect: Rect, gradient role: Role, glyphs: Glyphs, canvas: inout Canvas
    ) {
        guard !rect.isEmpty else { return }
        let style = Style(role, level: Style.level(for: fraction))
        let barWidth = label.isEmpty ? rect.width : rect.width - label.count - 1
        guard barWidth > 0 else {
            canvas.put(label, x: rect.x, y: rect.y, style: style, maxWidth: rect.width)
            return
        }
        let drawn = Bar.draw(
            fraction: fraction, x: rect.x, y: rect.y, width: barWidth, style: style, glyphs: glyphs, canvas: &canvas)
        canvas.put(
            String(repeating: glyphs.gaugeEmpty, count: barWidth - drawn), x: rect.x + drawn, y: rect.y,
            style: Style(.muted))
        if !label.isEmpty { canvas.put(label, x: rect.x + barWidth + 1, y: rect.y, style: style) }
    }
}

/// A horizontal bar with sub-cell precision: the building block of gauges and depth ladders.
public enum Bar {
    /// Draws `fraction` (clamped to 0...1) of `width` cells from (`x`, `y`) with the glyph ramp's
    /// full cell, plus one partial cell for the remainder, rounded to the ramp's resolution.
    ///
    /// - Returns: the number of cells drawn (full and partial).
    @discardableResult
    public static func draw(
        fraction: Double, x: Int, y: Int, width: Int, style: Style, glyphs: Glyphs, canvas: inout Canvas
    ) -> Int {
        let ramp = glyphs.barRamp
        guard width > 0, ramp.count > 1, let full = ramp.last else { return 0 }
        let steps = ramp.count - 1
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let total = Int((clamped * Double(width * steps)).rounded())
        let fullCells = total / steps
        let partial = total % steps
        canvas.put(String(repeating: full, count: fullCells), x: x, y: y, style: style)
        guard partial > 0 else { return fullCells }
        canvas[x + fullCells, y] = Cell(character: ramp[partial], style: style)
        return fullCells + 1
    }
}

extension ChartLevel {
    /// Draws each level inside the scale's range as a dashed line across the plot.
    static func drawLines(_ levels: [ChartLevel], scale: ChartScale, glyphs: Glyphs, canvas: inout Canvas) {
        for level in levels {
            guard let y = scale.row(for: level.value) else { continue }
            let line = String(repeating: glyphs.levelLine, count: scale.rect.width)
            canvas.put(line, x: scale.rect.x, y: y, style: level.style)
        }
    }

    /// Writes each visible level's label at the right end of its line, over whatever is drawn there;
    /// a label too long for the plot loses whole words from its end, never digits.
    static func drawLabels(_ levels: [ChartLevel], scale: ChartScale, canvas: inout Canvas) {
        for level in levels where !level.label.isEmpty {
            guard let y = scale.row(for: level.value) else { continue }
            let shown = level.label.fitting(scale.rect.width)
            canvas.put(shown, x: scale.rect.maxX - shown.count, y: y, style: level.style)
        }
    }
}

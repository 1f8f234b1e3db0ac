extension Canvas {
    /// What must be written to turn `previous` into this canvas: maximal runs of consecutive changed
    /// cells within a row that share one style, top to bottom, left to right.
    ///
    /// A cell counts as changed when its character or its style differs, so a restyle alone is sent.
    /// With no previous canvas, or one of another size, every cell is changed (a full repaint).
    ///
    /// - Complexity: O(width × height) comparisons; allocation only for the runs returned.
    public func changedRuns(since previous: Canvas?) -> [CanvasRun] {
        let base = previous.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        var runs: [CanvasRun] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                let index = y * width + x
                if let base, base.cells[index] == cells[index] {
                    x += 1
                    continue
                }
                let style = cells[index].style
                var text = String.UnicodeScalarView()
                text.append(cells[index].scalar)
                var end = x + 1
                while end < width {
                    let next = cells[y * width + end]
                    if next.style != style { break }
                    if let base, base.cells[y * width + end] == next { break }
                    text.append(next.scalar)
                    end += 1
                }
                runs.append(CanvasRun(x: x, y: y, text: String(text), style: style))
                x = end
            }
        }
        return runs
    }
}

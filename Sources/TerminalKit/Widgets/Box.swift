/// A framed panel with an optional title on its top border.
public enum Box {
    /// Draws the frame of `rect` (when `focused`, in `.borderFocused` and the heavier
    /// `Glyphs.focusedFrame`, so focus does not rest on colour alone; else in `.border`) and
    /// `title` on the top edge in `.title`, clipped to fit.
    ///
    /// - Returns: the rectangle inside the frame, where the panel's content goes (empty when `rect`
    ///   is too small for a frame).
    @discardableResult
    public static func draw(in rect: Rect, title: String?, focused: Bool, glyphs: Glyphs, canvas: inout Canvas) -> Rect
    {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let style = Style(focused ? .borderFocused : .border)
        let frame = focused ? glyphs.focusedFrame : glyphs.frame
        // Cell by cell rather than through `put`: a frame draws a dozen boxes, and their glyphs are
        // not ASCII, so a string would be broken into graphemes on every frame.
        let horizontal = Cell(character: frame.horizontal, style: style)
        let vertical = Cell(character: frame.vertical, style: style)
        for x in (rect.x + 1)..<(rect.maxX - 1) {
            canvas[x, rect.y] = horizontal
            canvas[x, rect.maxY - 1] = horizontal
        }
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            canvas[rect.x, y] = vertical
            canvas[rect.maxX - 1, y] = vertical
        }
        canvas[rect.x, rect.y] = Cell(character: frame.topLeft, style: style)
        canvas[rect.maxX - 1, rect.y] = Cell(character: frame.topRight, style: style)
        canvas[rect.x, rect.maxY - 1] = Cell(character: frame.bottomLeft, style: style)
        canvas[rect.maxX - 1, rect.maxY - 1] = Cell(character: frame.bottomRight, style: style)
        if let title, !title.isEmpty, rect.width > 4 {
            canvas.put(" \(title) ", x: rect.x + 1, y: rect.y, style: Style(.title), maxWidth: rect.width - 2)
        }
        return rect.inset(by: 1)
    }
}

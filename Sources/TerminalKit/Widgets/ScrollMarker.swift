/// Where a scrolled view stands, written on the bottom border of its frame: `↓ more 1–20/64`,
/// `↑↓ 21–40/64`, `↑ more 45–64/64`. Nothing when everything shows.
public enum ScrollMarker {
    /// `first` is the index of the first line shown, `visible` how many show, `total` how many
    /// there are; `frame` is the box the content sits in.
    public static func draw(frame: Rect, first: Int, visible: Int, total: Int, canvas: inout Canvas) {
        guard total > visible, frame.width > 6 else { return }
        put(text(first: first, visible: visible, total: total), frame: frame, canvas: &canvas)
    }

    /// A selected row out of many, for lists: `3/40 ↓`.
    public static func draw(frame: Rect, selected: Int, total: Int, scrolled: Bool, canvas: inout Canvas) {
        guard scrolled, frame.width > 6 else { return }
        put("\(selected + 1)/\(total)", frame: frame, canvas: &canvas)
    }

    static func text(first: Int, visible: Int, total: Int) -> String {
        let last = min(total, first + visible)
        let above = first > 0
        let below = last < total
        let arrows = above && below ? "↑↓" : above ? "↑ more" : "↓ more"
        return "\(arrows) \(first + 1)–\(last)/\(total)"
    }

    /// `text` in spaces, right-aligned on the bottom border of `frame`, if it fits.
    private static func put(_ text: String, frame: Rect, canvas: inout Canvas) {
        let label = " \(text) "
        guard label.count <= frame.width - 4 else { return }
        canvas.put(label, x: frame.maxX - 2 - label.count, y: frame.maxY - 1, style: Style(.title))
    }
}

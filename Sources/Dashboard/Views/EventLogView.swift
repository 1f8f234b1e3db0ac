import TerminalKit

/// The event log: the user's fills, rejections and funding, and the market's liquidations and ADL,
/// newest first; the user's own lines stand out.
public enum EventLogView {
    public static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let inner = Box.draw(
            in: rect, title: "Events", focused: context.focused(.log), glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        for (row, entry) in context.snapshot.log.reversed().prefix(inner.height).enumerated() {
            let role: Role =
                switch entry.kind {
                case .fill: .text
                case .rejection: .statusError
                case .liquidation: .liquidation
                case .deleveraging: .marginWarning
                case .funding, .margin: .muted
                case .info: .accent
                }
            let time = DisplayFormat.clock(entry.time % (24 * .hour))
            let x = inner.x
            let used = canvas.put(time + " ", x: x, y: inner.y + row, style: Style(.muted), maxWidth: inner.width)
            canvas.put(
                entry.text, x: x + used, y: inner.y + row, style: Style(role, bold: entry.isUser),
                maxWidth: inner.width - used)
        }
    }
}

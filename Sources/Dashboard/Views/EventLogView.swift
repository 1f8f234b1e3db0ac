import TerminalKit

/// The event log: the user's fills, rejections and funding, and the market's liquidations and ADL,
/// newest first; the user's own lines stand out, and `u` shows only them. What the liquidation
/// engine did to the user is in the danger colour.
public enum EventLogView {
    public static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let yoursOnly = context.state.logYoursOnly
        let inner = Box.draw(
            in: rect, title: yoursOnly ? "Events: yours only (u: all)" : "Events: all (u: yours only)",
            focused: context.focused(.log), glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        let entries = context.snapshot.log.reversed().filter { !yoursOnly || $0.isUser }
        for (row, entry) in entries.prefix(inner.height).enumerated() {
            let time = DisplayFormat.clock(entry.time % (24 * .hour))
            let x = inner.x
            let used = canvas.put(time + " ", x: x, y: inner.y + row, style: Style(.muted), maxWidth: inner.width)
            canvas.put(
                entry.text, x: x + used, y: inner.y + row, style: Style(role(entry), bold: entry.isUser),
                maxWidth: inner.width - used)
        }
    }

    static func role(_ entry: LogEntry) -> Role {
        if entry.isUser && (entry.kind == .liquidation || entry.kind == .deleveraging) { return .marginDanger }
        return switch entry.kind {
        case .fill: .text
        case .rejection: .statusError
        case .liquidation: .liquidation
        case .deleveraging: .marginWarning
        case .funding, .margin: .muted
        case .info: .accent
        }
    }
}

import TerminalKit

/// The event log: the user's fills, rejections and funding, and the market's liquidations and ADL,
/// newest first; the user's own lines stand out, and `u` shows only them. What the liquidation
/// engine did to the user is in the danger colour. An entry wider than the panel wraps at spaces
/// onto lines under its text, so prices and amounts are never cut.
enum EventLogView {
    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let yoursOnly = context.state.logYoursOnly
        let inner = Box.draw(
            in: rect, title: yoursOnly ? "Events: yours only (u: all)" : "Events: all (u: yours only)",
            focused: context.focused(.log), glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        var y = inner.y
        for entry in context.snapshot.log.reversed() where y < inner.maxY && (!yoursOnly || entry.isUser) {
            let time = DisplayFormat.clock(entry.time % (24 * .hour)) + " "
            let timeWidth = inner.width >= time.count + 12 ? time.count : 0
            if timeWidth > 0 { canvas.put(time, x: inner.x, y: y, style: Style(.muted)) }
            let width = inner.width - timeWidth
            for line in entry.text.wrapped(width, indent: 1) where y < inner.maxY {
                canvas.putFitting(
                    line, x: inner.x + timeWidth, y: y, style: Style(role(entry), bold: entry.isUser), maxWidth: width)
                y += 1
            }
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
        case .info, .settlement: .accent
        }
    }
}

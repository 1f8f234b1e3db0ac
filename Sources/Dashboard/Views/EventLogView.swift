import CascadeCore
import TerminalKit

/// The event log: the user's fills, rejections and funding, and the market's liquidations and ADL,
/// newest first; the user's own lines stand out, `u` shows only them and `/` only those containing a
/// text (the title says both). With the log focused `↑↓` scroll it; a scrolled log stands still while
/// lines arrive, and its bottom border says where it is (`↑↓ 21–40/64`). What the liquidation engine
/// did to the user is in the danger colour. An entry wider than the panel wraps at spaces onto lines
/// under its text, so prices and amounts are never cut.
enum EventLogView {
    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let state = context.state
        let entries = state.logEntries(in: context.snapshot)
        let inner = Box.draw(
            in: rect, title: title(state, matches: entries.count), focused: context.focused(.log),
            glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        if entries.isEmpty && !state.logSearch.isEmpty {
            canvas.putFitting(
                "No event contains “\(state.logSearch.escapingNonPrintable())”: "
                    + "\(state.keyMap.key(for: .searchLog)) then Esc clears",
                x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            return
        }
        let first = state.firstLogEntry(in: entries)
        var y = inner.y
        var shown = 0
        for entry in entries[first...] where y < inner.maxY {
            let time = DisplayFormat.clock(entry.time % (24 * .hour)) + " "
            let timeWidth = inner.width >= time.count + 12 ? time.count : 0
            if timeWidth > 0 { canvas.put(time, x: inner.x, y: y, style: Style(.muted)) }
            let width = inner.width - timeWidth
            for line in entry.text.wrapped(width, indent: 1) where y < inner.maxY {
                canvas.putFitting(
                    line, x: inner.x + timeWidth, y: y, style: Style(role(entry), bold: entry.isUser), maxWidth: width)
                y += 1
            }
            shown += 1
        }
        ScrollMarker.draw(frame: rect, first: first, visible: shown, total: entries.count, canvas: &canvas)
    }

    /// `Events: all (u: yours only)` (on the user's key for the filter), then the search and its
    /// count: `· /liq: 12`.
    static func title(_ state: AppState, matches: Int) -> String {
        let filter = state.keyMap.key(for: .logFilter)
        let base = state.logYoursOnly ? "Events: yours only (\(filter): all)" : "Events: all (\(filter): yours only)"
        guard !state.logSearch.isEmpty else { return base }
        return base + " · /\(state.logSearch.escapingNonPrintable()): \(matches)"
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

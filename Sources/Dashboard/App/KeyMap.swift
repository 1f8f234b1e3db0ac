import TerminalKit

/// What a key does on the main screen.
public enum Action: Sendable, Hashable {
    case help, commandLine, focusNext, focusPrevious, moveUp, moveDown
    case buy, sell, closePosition, cancelOrders, toggleMarginMode, leverageDown, leverageUp
    /// The order selected in the positions panel: cancel it, or amend it in the ticket.
    case cancelSelectedOrder, amendSelectedOrder
    case explain, whatIf, replays, glossary, lessons, continueLesson, nextInstrument, togglePause, slower, faster,
        nextTheme, bookDepth
    /// The book panel: its ladder, or the depth chart.
    case depthChart
    case chartMode, timeframe, heatmapSource, logFilter, dismissNotice, quit
    /// Maximise the focused panel, or restore the layout.
    case maximise
    /// Search the event log.
    case searchLog
    /// The session's fills, orders, totals and equity curve.
    case history
    /// Open this workspace (its number key).
    case workspace(Workspace)
}

/// The main screen's keys: one list, read by the key handler and by the help overlay, so help
/// always says what the keys really do.
public struct KeyMap: Sendable {
    struct Binding: Sendable {
        var keys: [Key]
        /// How the keys are written in help (`b`, `Tab`, `?/F1`).
        var label: String
        var action: Action
        var help: String
        var section: String
    }

    let bindings: [Binding]

    /// The main screen's keys: what the key handler dispatches on and what the `?` help lists.
    public static let standard = KeyMap(bindings: [
        Binding(keys: [.character("b")], label: "b", action: .buy, help: "buy: open an order ticket", section: "Trade"),
        Binding(
            keys: [.character("s")], label: "s", action: .sell, help: "sell: open an order ticket", section: "Trade"),
        Binding(
            keys: [.character("x")], label: "x", action: .closePosition,
            help: "close the position (market); on a selected order: cancel it", section: "Trade"),
        Binding(
            keys: [.delete], label: "Del", action: .cancelSelectedOrder, help: "cancel the selected order",
            section: "Trade"),
        Binding(
            keys: [.character("a")], label: "a", action: .amendSelectedOrder,
            help: "amend the selected order's price and size", section: "Trade"),
        Binding(
            keys: [.character("c")], label: "c", action: .cancelOrders,
            help: "cancel this instrument's orders (asks first)", section: "Trade"),
        Binding(
            keys: [.character("m")], label: "m", action: .toggleMarginMode, help: "switch cross / isolated margin",
            section: "Trade"),
        Binding(keys: [.character("[")], label: "[", action: .leverageDown, help: "leverage down", section: "Trade"),
        Binding(keys: [.character("]")], label: "]", action: .leverageUp, help: "leverage up", section: "Trade"),
        Binding(
            keys: [.character(":")], label: ":", action: .commandLine, help: "command line (:buy 0.5, :close …)",
            section: "Trade"),
        Binding(
            keys: [.character("H")], label: "H", action: .history,
            help: "history: fills, orders, realised PnL, funding, fees, equity", section: "Trade"),
        Binding(
            keys: [.character("e")], label: "e", action: .explain, help: "explain the margin arithmetic",
            section: "Learn"),
        Binding(
            keys: [.character("w")], label: "w", action: .whatIf, help: "what-if: move the mark, change leverage",
            section: "Learn"),
        Binding(
            keys: [.character("r")], label: "r", action: .replays,
            help: "liquidation and auction replays, step by step",
            section: "Learn"),
        Binding(
            keys: [.character("G")], label: "G", action: .glossary, help: "glossary of margin terms", section: "Learn"),
        Binding(keys: [.character("L")], label: "L", action: .lessons, help: "guided lessons", section: "Learn"),
        Binding(
            keys: [.enter], label: "Enter", action: .continueLesson, help: "lesson: go on after reading",
            section: "Learn"),
        Binding(
            keys: [.tab], label: "Tab", action: .focusNext, help: "focus the next panel", section: "Screen"),
        Binding(
            keys: [.backTab], label: "S-Tab", action: .focusPrevious, help: "focus the previous panel",
            section: "Screen"),
        Binding(
            keys: [.up, .character("k")], label: "↑/k", action: .moveUp,
            help: "select up (positions, orders); scroll the focused event log",
            section: "Screen"),
        Binding(
            keys: [.down, .character("j")], label: "↓/j", action: .moveDown,
            help: "select down (positions, orders); scroll the focused event log",
            section: "Screen"),
        Binding(
            keys: [.character("z")], label: "z", action: .maximise,
            help: "maximise the focused panel (Tab pages through all) / restore", section: "Screen"),
        Binding(
            keys: [.character("i")], label: "i", action: .nextInstrument, help: "next instrument", section: "Screen"),
        Binding(
            keys: [.character("D")], label: "D", action: .bookDepth, help: "book price grouping", section: "Screen"),
        Binding(
            keys: [.character("d")], label: "d", action: .depthChart, help: "book: ladder / depth chart",
            section: "Screen"),
        Binding(
            keys: [.character("g")], label: "g", action: .chartMode, help: "chart: candles / line", section: "Screen"),
        Binding(
            keys: [.character("f")], label: "f", action: .timeframe, help: "chart timeframe", section: "Screen"),
        Binding(
            keys: [.character("h")], label: "h", action: .heatmapSource,
            help: "heatmap: engine truth / public estimate", section: "Screen"),
        Binding(
            keys: [.character("u")], label: "u", action: .logFilter, help: "events: all / only yours",
            section: "Screen"),
        Binding(
            keys: [.character("/")], label: "/", action: .searchLog,
            help: "events: show only lines containing a text (↑↓ scroll the focused log)", section: "Screen"),
        Binding(keys: [.character("t")], label: "t", action: .nextTheme, help: "next theme", section: "Screen"),
        Binding(
            keys: [.character(" ")], label: "space", action: .togglePause, help: "pause / resume", section: "Time"),
        Binding(keys: [.character("<")], label: "<", action: .slower, help: "slower simulation", section: "Time"),
        Binding(keys: [.character(">")], label: ">", action: .faster, help: "faster simulation", section: "Time"),
        Binding(
            keys: [.character("?"), .function(1)], label: "?/F1", action: .help, help: "this help", section: "Screen"),
        Binding(keys: [.character("q")], label: "q", action: .quit, help: "quit", section: "Screen"),
        // After `continueLesson`, so Enter on the bare screen still goes on with a lesson.
        Binding(
            keys: [.escape, .enter], label: "Esc/Enter", action: .dismissNotice,
            help: "dismiss a liquidation banner; restore a maximised panel", section: "Screen"),
    ])

    /// `1` Trade, `2` Markets, …: a number key for each registered `Workspace`, in every workspace.
    static let workspaces = KeyMap(
        bindings: Workspace.allCases.map { workspace in
            Binding(
                keys: [workspace.key], label: "\(workspace.rawValue)", action: .workspace(workspace),
                help: workspace.title, section: "Workspaces")
        })

    /// Whether `key` is bound to `action`.
    func binds(_ key: Key, to action: Action) -> Bool {
        bindings.contains { $0.action == action && $0.keys.contains(key) }
    }

    func action(for key: Key) -> Action? { bindings.first { $0.keys.contains(key) }?.action }

    /// Help sections in first-appearance order, for `HelpOverlay`.
    var helpSections: [(String, [(key: String, text: String)])] {
        var order: [String] = []
        var sections: [String: [(key: String, text: String)]] = [:]
        for binding in bindings {
            if sections[binding.section] == nil { order.append(binding.section) }
            sections[binding.section, default: []].append((binding.label, binding.help))
        }
        let workspaces = Workspace.allCases.map { ($0.title, $0.screen.helpEntries) }.filter { !$0.1.isEmpty }
        return order.map { ($0, sections[$0]!) } + Self.workspaces.helpSections(of: "Workspaces") + workspaces
            + [("Overlays", Self.overlayHelp)]
    }

    /// This map's lines as one help section.
    private func helpSections(of title: String) -> [(String, [(key: String, text: String)])] {
        [(title, bindings.map { ($0.label, $0.help) })]
    }
}

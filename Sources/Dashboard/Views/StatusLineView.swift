import TerminalKit

/// The bottom line: the command line when open, else the latest message (errors stand out), else
/// the most useful keys.
enum StatusLineView {
    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect, style: Style(.status))
        if case .commandLine(let input) = context.state.overlay {
            input.draw(prompt: ":", in: rect, canvas: &canvas)
            return
        }
        if let status = context.state.status {
            canvas.putFitting(
                " " + status.text, x: rect.x, y: rect.y,
                style: Style(status.isError ? .statusError : .status, bold: true), maxWidth: rect.width)
            return
        }
        let keys = context.state.workspace == .options ? optionKeys : keys
        canvas.put(" " + hint(width: rect.width - 1, keys: keys), x: rect.x, y: rect.y, style: Style(.status))
    }

    /// The most useful keys in display order, each with its rank: the lowest ranked go first when
    /// the line is short, so `? help` and `q quit` stay at any width.
    static let keys: [(text: String, rank: Int)] = [
        ("b buy", 2), ("s sell", 2), ("x close", 3), ("c cancel", 6), ("[ ] leverage", 5), ("m mode", 7),
        ("e explain", 4), ("w what-if", 4), (": command", 3), ("? help", 1), ("q quit", 1),
    ]

    /// The Options workspace's most useful keys, ranked alike.
    static let optionKeys: [(text: String, rank: Int)] = [
        ("↑↓←→ pick", 2), ("f/F expiry", 2), ("b buy", 1), ("s sell", 2), ("p payoff", 4), ("R risk", 4),
        ("e explain", 3),
        ("i underlying", 4), (": command", 5), ("? help", 1), ("q quit", 1),
    ]

    /// The `keys` that fit in `width`, two spaces apart.
    static func hint(width: Int, keys: [(text: String, rank: Int)] = keys) -> String {
        var rank = keys.map(\.rank).max() ?? 0
        while rank > 0 {
            let text = keys.filter { $0.rank <= rank }.map(\.text).joined(separator: "  ")
            if text.count <= width { return text }
            rank -= 1
        }
        return ""
    }
}

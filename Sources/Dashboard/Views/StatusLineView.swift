import TerminalKit

/// The bottom line: the command line when open, else the latest message (errors stand out), else
/// the most useful keys.
enum StatusLineView {
    static func draw(_ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect, style: Style(.status))
        if case .commandLine(let input) = context.state.overlay {
            input.draw(prompt: ":", in: rect, canvas: &canvas)
            // A lending command's preview after the text, where it fits (whole words only).
            let x = rect.x + 1 + input.text.count + 3
            if let preview = context.state.lendingPreview(input.text, snapshot: context.snapshot), x < rect.maxX {
                canvas.putFitting(
                    preview.text, x: x, y: rect.y, style: Style(preview.isError ? .statusError : .accent),
                    maxWidth: rect.maxX - x)
            }
            return
        }
        if case .logSearch(let input) = context.state.overlay {
            input.draw(prompt: "/", in: rect, canvas: &canvas)
            return
        }
        if let status = context.state.status {
            // A reply longer than the line grows upward over the panels' last rows until a key clears
            // it: a margin change names two maintenance figures and two liquidation prices, and at 80
            // columns its end would otherwise be cut.
            let lines = messageLines(status.text, width: rect.width, limit: min(maximumMessageRows, rect.y))
            for (offset, line) in lines.enumerated() {
                let y = rect.maxY - lines.count + offset
                canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: Style(.status))
                canvas.putFitting(
                    line, x: rect.x + 1, y: y, style: Style(status.isError ? .statusError : .status, bold: true),
                    maxWidth: rect.width - 1)
            }
            return
        }
        let map = context.state.keyMap
        let keys =
            switch context.state.workspace {
            case .options: Self.optionKeys(map)
            case .lending: Self.lendingKeys(map)
            default: context.state.maximised == nil ? Self.keys(map) : Self.maximisedKeys(map) + Self.keys(map)
            }
        canvas.put(" " + hint(width: rect.width - 1, keys: keys), x: rect.x, y: rect.y, style: Style(.status))
    }

    /// The most rows a status message takes; the header's row is never covered.
    static let maximumMessageRows = 6

    /// `text` as the status line shows it at `width`, after a one-column margin: one line when it fits, else broken at spaces into
    /// at most `limit` lines (continuations indented), so no word or figure is cut before the last.
    static func messageLines(_ text: String, width: Int, limit: Int) -> [String] {
        let lines = text.wrapped(max(1, width - 1), indent: 2)
        return Array(lines.prefix(max(1, limit)))
    }

    /// The most useful keys of `map` (the user's) in display order, each with its rank: the lowest
    /// ranked go first when the line is short, so `? help` and `q quit` stay at any width.
    static func keys(_ map: KeyMap) -> [(text: String, rank: Int)] {
        [
            (map.key(for: .buy) + " buy", 2), (map.key(for: .sell) + " sell", 2),
            (map.key(for: .closePosition) + " close", 3), (map.key(for: .cancelOrders) + " cancel", 6),
            (map.key(for: .leverageDown) + " " + map.key(for: .leverageUp) + " leverage", 5),
            (map.key(for: .toggleMarginMode) + " mode", 7), (map.key(for: .explain) + " explain", 4),
            (map.key(for: .whatIf) + " what-if", 4), (map.key(for: .commandLine) + " command", 3),
            (map.key(for: .help) + " help", 1), (map.key(for: .quit) + " quit", 1),
        ]
    }

    /// While a panel is maximised, first how to restore the layout and page through the panels (`z/Esc
    /// restore`, `Tab next panel`), on `map`'s keys.
    static func maximisedKeys(_ map: KeyMap) -> [(text: String, rank: Int)] {
        [
            (map.key(for: .maximise) + "/" + map.key(for: .dismissNotice) + " restore", 1),
            (map.key(for: .focusNext) + " next panel", 1),
        ]
    }

    /// The Options workspace's most useful keys, ranked alike (its own keys, then `map`'s).
    static func optionKeys(_ map: KeyMap) -> [(text: String, rank: Int)] {
        [
            ("↑↓←→ pick", 2), ("f/F expiry", 2), ("b buy", 1), ("s sell", 2), ("p payoff", 4), ("R risk", 4),
            (map.key(for: .explain) + " explain", 3), (map.key(for: .nextInstrument) + " underlying", 4),
            (map.key(for: .commandLine) + " command", 5), (map.key(for: .help) + " help", 1),
            (map.key(for: .quit) + " quit", 1),
        ]
    }

    /// The Lending workspace's most useful keys and commands, ranked alike.
    static func lendingKeys(_ map: KeyMap) -> [(text: String, rank: Int)] {
        [
            ("↑↓ auction", 3), ("←→ vault", 3), (":supply :deposit :borrow :repay :take :bark", 2),
            (map.key(for: .explain) + " explain vault", 2), (map.key(for: .glossary) + " glossary", 4),
            (map.key(for: .help) + " help", 1), (map.key(for: .quit) + " quit", 1),
        ]
    }

    /// The `keys` that fit in `width`, two spaces apart.
    static func hint(width: Int, keys: [(text: String, rank: Int)]) -> String {
        var rank = keys.map(\.rank).max() ?? 0
        while rank > 0 {
            let text = keys.filter { $0.rank <= rank }.map(\.text).joined(separator: "  ")
            if text.count <= width { return text }
            rank -= 1
        }
        return ""
    }
}

import CascadeCore
import TerminalKit

/// The event log's search (`/`): a text input on the status line that filters the log as it is
/// typed. Enter keeps the search (an empty one shows everything again), Esc drops it. Characters a
/// terminal would act on are not taken, so the search and the log's title stay printable.
struct LogSearchOverlay: OverlayUnit {
    enum KeyAction: Sendable, Hashable {
        case keep, drop
        case edit(Key)
    }

    static let name = "event search"
    static let keys = OverlayKeys<KeyAction>(
        bindings: [
            .init(keys: [.enter], actions: [.keep], label: "Enter", help: "keep the search"),
            .init(keys: [.escape], actions: [.drop], label: "Esc", help: "clear the search"),
        ],
        fallback: .init(label: "text ←→ ⌫", help: "type the text to find (any case)") { key in
            guard key.editsText else { return nil }
            if case .character(let character) = key, character != "\u{15}",
                String(character).escapingNonPrintable() != String(character)
            {
                return nil
            }
            return .edit(key)
        })

    var input: TextInput

    func perform(_ action: KeyAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        switch action {
        case .keep: app.overlay = nil
        case .drop:
            app.overlay = nil
            app.setLogSearch("")
        case .edit(let key):
            var input = input
            _ = input.handle(key)
            app.overlay = .logSearch(input)
            app.setLogSearch(input.text)
        }
        return []
    }

    /// Nothing over the panels: the status line shows the input, the log its matches.
    func draw(_ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {}
}

import TerminalKit

/// The command line (`:`): a text input the status line shows; Enter runs it, Esc leaves it.
struct CommandLineOverlay: OverlayUnit {
    enum KeyAction: Sendable, Hashable {
        case run, cancel
        case edit(Key)
    }

    static let name = "command line"
    static let keys = OverlayKeys<KeyAction>(
        bindings: [
            .init(keys: [.enter], actions: [.run], label: "Enter", help: "run the command"),
            .init(keys: [.escape], actions: [.cancel], label: "Esc", help: "cancel"),
        ],
        fallback: .init(label: "text ←→ ⌫", help: "type and edit (Home, End, Del, Ctrl-U)") { key in
            key.editsText ? .edit(key) : nil
        })

    var input: TextInput

    func perform(_ action: KeyAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        switch action {
        case .run:
            app.overlay = nil
            return app.runCommand(input.text, snapshot: snapshot)
        case .cancel: app.overlay = nil
        case .edit(let key):
            var input = input
            _ = input.handle(key)
            app.overlay = .commandLine(input)
        }
        return []
    }

    /// Nothing over the panels: the status line shows the input.
    func draw(_ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {}
}

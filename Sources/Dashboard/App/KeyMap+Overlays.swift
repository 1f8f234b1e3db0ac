import TerminalKit

/// How a key moves through an overlay taller than the screen.
enum ScrollAction: Sendable, Hashable {
    case lineUp, lineDown, pageUp, pageDown, top, bottom

    /// `offset` moved by this action, for a page of `total` lines of which `visible` show; never
    /// past the last screenful.
    func apply(to offset: Int, total: Int, visible: Int) -> Int {
        let last = max(0, total - visible)
        let page = max(1, visible - 1)
        let moved =
            switch self {
            case .lineUp: offset - 1
            case .lineDown: offset + 1
            case .pageUp: offset - page
            case .pageDown: offset + page
            case .top: 0
            case .bottom: last
            }
        return max(0, min(last, moved))
    }
}

/// What a key does in the what-if overlay.
enum WhatIfAction: Sendable, Hashable {
    case markDown, markUp, markDownFar, markUpFar, leverageDown, leverageUp, toggleMode, close
}

/// The keys of one overlay (or a workspace's own keys): each binding is a group of keys shown under
/// one label (`←→`), so the overlay's hint line and the help screen are written from the same list
/// the handler reads. An overlay's handler sees only the actions these keys map to, so a key it
/// reacts to cannot be missing from help.
struct OverlayKeys<Action: Sendable & Hashable>: Sendable {
    struct Binding: Sendable {
        var keys: [Key]
        var actions: [Action]
        var label: String
        var help: String
    }

    /// A key class rather than a list: "any printable character" for a text field, "any other key"
    /// for a question. Tried after the bindings.
    struct Fallback: Sendable {
        var label: String
        var help: String
        var action: @Sendable (Key) -> Action?
    }

    let bindings: [Binding]
    /// Keys shared with other overlays (scrolling), listed once in help rather than per overlay.
    let shared: [Binding]
    let fallback: Fallback?

    init(bindings: [Binding], shared: [Binding] = [], fallback: Fallback? = nil) {
        self.bindings = bindings
        self.shared = shared
        self.fallback = fallback
    }

    func action(for key: Key) -> Action? {
        for binding in bindings + shared {
            if let index = binding.keys.firstIndex(of: key) { return binding.actions[index] }
        }
        return fallback?.action(key)
    }

    /// These keys plus `other`'s, whose actions `transform` wraps; `other`'s are shared ones.
    func sharing<Other>(_ other: OverlayKeys<Other>, as transform: (Other) -> Action) -> OverlayKeys<Action> {
        let wrapped = other.bindings.map {
            Binding(keys: $0.keys, actions: $0.actions.map(transform), label: $0.label, help: $0.help)
        }
        return OverlayKeys(bindings: bindings, shared: shared + wrapped, fallback: fallback)
    }

    /// The help lines of this overlay's own keys, `name: what it does` (shared keys not included).
    func helpEntries(_ name: String) -> [(key: String, text: String)] {
        bindings.map { ($0.label, "\(name): \($0.help)") }
            + (fallback.map { [($0.label, "\(name): \($0.help)")] } ?? [])
    }

    /// `←→ mark 0.5%, PgUp/PgDn 5%, …`: every binding, for a frame title or hint line.
    var hint: String { bindings.map { "\($0.label) \($0.help)" }.joined(separator: ", ") }
}

extension Key {
    /// Keys a `TextInput` edits or moves with: printable characters (space too), Ctrl-U, Backspace,
    /// Delete, Left, Right, Home, End.
    var editsText: Bool {
        switch self {
        case .character(let character):
            guard let scalar = character.unicodeScalars.first else { return false }
            return (scalar.value >= 0x20 && scalar.value != 0x7F) || character == "\u{15}"
        case .backspace, .delete, .left, .right, .home, .end: return true
        default: return false
        }
    }
}

extension KeyMap {
    /// Scrolling in every overlay that can be taller than the screen (explain, help, glossary,
    /// replays, lessons).
    static let scrolling = OverlayKeys<ScrollAction>(bindings: [
        .init(
            keys: [.up, .character("k"), .down, .character("j")], actions: [.lineUp, .lineUp, .lineDown, .lineDown],
            label: "↑↓/jk", help: "scroll"),
        .init(keys: [.pageUp, .pageDown], actions: [.pageUp, .pageDown], label: "PgUp/PgDn", help: "page"),
        .init(keys: [.home, .end], actions: [.top, .bottom], label: "Home/End", help: "top / bottom"),
    ])

    /// The what-if overlay's keys.
    static let whatIf = OverlayKeys<WhatIfAction>(bindings: [
        .init(keys: [.left, .right], actions: [.markDown, .markUp], label: "←→", help: "mark 0.5%"),
        .init(keys: [.pageDown, .pageUp], actions: [.markDownFar, .markUpFar], label: "PgDn/PgUp", help: "mark 5%"),
        .init(
            keys: [.character("["), .character("]")], actions: [.leverageDown, .leverageUp], label: "[ ]",
            help: "leverage"),
        .init(keys: [.character("m")], actions: [.toggleMode], label: "m", help: "mode"),
        .init(keys: [.escape, .character("w")], actions: [.close, .close], label: "Esc", help: "close"),
    ])

    /// The help screen's section on overlay keys: Esc, the scroll keys they share, then every
    /// registered overlay's own keys (`AppState.Overlay.units`; what-if last).
    static var overlayHelp: [(key: String, text: String)] {
        [("Esc", "close the overlay")] + scrolling.bindings.map { ($0.label, "overlays: \($0.help)") }
            + AppState.Overlay.units.flatMap { $0.helpEntries }
    }
}

import TerminalKit

/// How a key moves through an overlay taller than the screen.
public enum ScrollAction: Sendable, Hashable {
    case lineUp, lineDown, pageUp, pageDown, top, bottom

    /// `offset` moved by this action, for a page of `total` lines of which `visible` show; never
    /// past the last screenful.
    public func apply(to offset: Int, total: Int, visible: Int) -> Int {
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
public enum WhatIfAction: Sendable, Hashable {
    case markDown, markUp, markDownFar, markUpFar, leverageDown, leverageUp, toggleMode, close
}

/// The keys of one overlay: each binding is a group of keys shown under one label (`←→`), so the
/// overlay's hint line and the help screen are written from the same list the handler reads.
public struct OverlayKeys<Action: Sendable & Hashable>: Sendable {
    public struct Binding: Sendable {
        public var keys: [Key]
        public var actions: [Action]
        public var label: String
        public var help: String
    }

    public let bindings: [Binding]

    public func action(for key: Key) -> Action? {
        for binding in bindings {
            if let index = binding.keys.firstIndex(of: key) { return binding.actions[index] }
        }
        return nil
    }

    /// `←→ mark 0.5%, PgUp/PgDn 5%, …`: every binding, for a frame title or hint line.
    public var hint: String { bindings.map { "\($0.label) \($0.help)" }.joined(separator: ", ") }
}

extension KeyMap {
    /// Scrolling in every overlay that can be taller than the screen (explain, help, glossary,
    /// replays, lessons).
    public static let scrolling = OverlayKeys<ScrollAction>(bindings: [
        .init(
            keys: [.up, .character("k"), .down, .character("j")], actions: [.lineUp, .lineUp, .lineDown, .lineDown],
            label: "↑↓/jk", help: "scroll"),
        .init(keys: [.pageUp, .pageDown], actions: [.pageUp, .pageDown], label: "PgUp/PgDn", help: "page"),
        .init(keys: [.home, .end], actions: [.top, .bottom], label: "Home/End", help: "top / bottom"),
    ])

    /// The what-if overlay's keys.
    public static let whatIf = OverlayKeys<WhatIfAction>(bindings: [
        .init(keys: [.left, .right], actions: [.markDown, .markUp], label: "←→", help: "mark 0.5%"),
        .init(keys: [.pageDown, .pageUp], actions: [.markDownFar, .markUpFar], label: "PgDn/PgUp", help: "mark 5%"),
        .init(
            keys: [.character("["), .character("]")], actions: [.leverageDown, .leverageUp], label: "[ ]",
            help: "leverage"),
        .init(keys: [.character("m")], actions: [.toggleMode], label: "m", help: "mode"),
        .init(keys: [.escape, .character("w")], actions: [.close, .close], label: "Esc", help: "close"),
    ])

    /// The help screen's section on overlay keys.
    static var overlayHelp: [(key: String, text: String)] {
        [
            ("Esc", "close the overlay"), ("Enter", "place the order / run the command"),
            ("Tab ↑↓", "ticket: move between fields"), ("F2", "ticket: explain its preview"),
            ("← →", "ticket: change a choice"),
        ] + scrolling.bindings.map { ($0.label, "overlays: \($0.help)") }
            + whatIf.bindings.map { ($0.label, "what-if: \($0.help)") }
    }
}

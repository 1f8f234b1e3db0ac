import TerminalKit

/// Keys as a config file writes them: a printable character (`b`, `?`, `[`), or a name (`space`,
/// `Enter`, `Esc`, `Tab`, `S-Tab`, `Backspace`, `Del`, `Up`, `Down`, `Left`, `Right`, `Home`, `End`,
/// `PgUp`, `PgDn`, `F1` … `F12`; names in any case).
enum KeyName {
    private static let named: [(String, Key)] = [
        ("space", .character(" ")), ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("S-Tab", .backTab),
        ("Backspace", .backspace), ("Del", .delete), ("Up", .up), ("Down", .down), ("Left", .left),
        ("Right", .right), ("Home", .home), ("End", .end), ("PgUp", .pageUp), ("PgDn", .pageDown),
    ]

    /// The key `text` names, or nil.
    static func key(_ text: String) -> Key? {
        if text.count == 1, let scalar = text.unicodeScalars.first, scalar.value > 0x20, scalar.value != 0x7F,
            scalar.properties.generalCategory != .control
        {
            return .character(Character(text))
        }
        if let (_, key) = named.first(where: { $0.0.lowercased() == text.lowercased() }) { return key }
        if text.first == "F" || text.first == "f", let number = Int(text.dropFirst()), (1...12).contains(number) {
            return .function(number)
        }
        return nil
    }

    /// How the config file writes `key` (`KeyName.key` reads it back).
    static func name(_ key: Key) -> String {
        switch key {
        case .character(" "): "space"
        case .character(let character): String(character)
        case .function(let number): "F\(number)"
        default: named.first { $0.1 == key }?.0 ?? "\(key)"
        }
    }

    /// How help shows `key`: arrows as `↑↓←→`, the rest as the file writes them.
    static func label(_ key: Key) -> String {
        switch key {
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        default: name(key)
        }
    }

    /// What a key name may be, for an error message.
    static let hint =
        "a single character, or one of space, Enter, Esc, Tab, S-Tab, Backspace, Del, Up, Down, Left, Right, "
        + "Home, End, PgUp, PgDn, F1 to F12"
}

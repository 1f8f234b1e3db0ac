/// Decodes what a terminal sends after ESC when curses did not recognise it as a key.
///
/// curses turns the sequences its terminfo entry knows into `KEY_*` codes; anything else (tmux's
/// Home `ESC [ 1 ~` under `TERM=xterm-256color`, Alt-x as `ESC x`) arrives as ESC followed by
/// plain characters. Read one by one, `[` or `x` would act as keys of their own, so the bytes that
/// follow an ESC within the escape delay are consumed here as one sequence: a known one becomes its
/// key, any other (an Alt combination, an unknown CSI or SS3 sequence) becomes nothing.
enum EscapeSequence {
    /// One unit of input as curses reports it: a character code, or a `KEY_*` code.
    enum Input: Hashable, Sendable {
        case character(UInt32)
        case functionKey
    }

    /// The key for an ESC and what followed it: `.escape` when nothing followed, the key of a known
    /// sequence, or nil (ignore it) for anything else.
    /// - Parameter next: the next input within the escape delay, or nil when there is none.
    /// - Complexity: reads at most `maximumLength` inputs.
    static func decode(next: () -> Input?) -> Key? {
        guard let first = next() else { return .escape }
        switch first {
        case .character(0x5B):  // [
            return controlSequence(next: next)
        case .character(0x4F):  // O
            guard case .character(let final)? = next(), let scalar = Unicode.Scalar(final) else { return nil }
            return singleShift[scalar]
        default:
            // Alt plus a key (or ESC then a key curses decoded): no binding uses Alt.
            return nil
        }
    }

    /// The longest sequence read before giving up on it (an unknown one is dropped whole).
    static let maximumLength = 16

    /// `ESC [` parameters… final: parameter and intermediate bytes are 0x20–0x3F, the final byte
    /// 0x40–0x7E (ECMA-48).
    private static func controlSequence(next: () -> Input?) -> Key? {
        var parameters = ""
        for _ in 0..<maximumLength {
            guard case .character(let code)? = next(), let scalar = Unicode.Scalar(code) else { return nil }
            switch code {
            case 0x20...0x3F: parameters.unicodeScalars.append(scalar)
            case 0x40...0x7E:
                if scalar == "~" { return tilde[parameters] }
                // An X10 mouse report curses did not take (mouse off): three bytes follow.
                if scalar == "M" && parameters.isEmpty {
                    for _ in 0..<3 { _ = next() }
                    return nil
                }
                // A modifier (`1;5H`, Ctrl-Home) makes it a combination no binding uses.
                return parameters.isEmpty ? controlFinal[scalar] : nil
            default: return nil
            }
        }
        return nil
    }

    /// `ESC [ X`: arrows, Home, End, Shift-Tab.
    private static let controlFinal: [Unicode.Scalar: Key] = [
        "A": .up, "B": .down, "C": .right, "D": .left,
        "H": .home, "F": .end, "Z": .backTab,
    ]

    /// `ESC O X`: application-mode arrows, Home, End, F1–F4.
    private static let singleShift: [Unicode.Scalar: Key] = [
        "A": .up, "B": .down, "C": .right, "D": .left,
        "H": .home, "F": .end, "P": .function(1),
        "Q": .function(2), "R": .function(3), "S": .function(4),
    ]

    /// `ESC [ N ~` (vt220 and rxvt numbering).
    private static let tilde: [String: Key] = [
        "1": .home, "7": .home, "4": .end, "8": .end, "3": .delete, "5": .pageUp,
        "6": .pageDown, "11": .function(1), "12": .function(2), "13": .function(3), "14": .function(4),
        "15": .function(5), "17": .function(6), "18": .function(7), "19": .function(8), "20": .function(9),
        "21": .function(10), "23": .function(11), "24": .function(12),
    ]
}

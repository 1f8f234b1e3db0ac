/// How many colours the terminal can show, from 24-bit down to none.
///
/// Ordered from richest to poorest; the raw values are what `--color` accepts.
public enum ColorDepth: String, CaseIterable, Sendable {
    case trueColor = "truecolor"
    case palette256 = "256"
    case ansi16 = "16"
    case ansi8 = "8"
    case none

    /// The depth to use by convention: `NO_COLOR` (any value) turns colour off,
    /// `COLORTERM=truecolor|24bit` asks for 24-bit, otherwise the terminal's own colour count decides.
    static func detect(environment: [String: String], terminalColors: Int) -> ColorDepth {
        if environment["NO_COLOR"] != nil { return .none }
        if let colorTerm = environment["COLORTERM"]?.lowercased(), colorTerm == "truecolor" || colorTerm == "24bit" {
            return .trueColor
        }
        return forColorCount(terminalColors)
    }

    /// The richest palette depth a terminal with `count` colours can show.
    static func forColorCount(_ count: Int) -> ColorDepth {
        switch count {
        case 256...: .palette256
        case 16...: .ansi16
        case 8...: .ansi8
        default: .none
        }
    }

    /// Position in `allCases`: 0 for true colour up to 4 for none. Indexes per-depth tables.
    var index: Int {
        switch self {
        case .trueColor: 0
        case .palette256: 1
        case .ansi16: 2
        case .ansi8: 3
        case .none: 4
        }
    }

    /// The poorer of two depths: what both a request and the terminal allow.
    func limited(to other: ColorDepth) -> ColorDepth { index >= other.index ? self : other }
}

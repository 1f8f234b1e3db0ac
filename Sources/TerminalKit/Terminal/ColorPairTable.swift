import CNCursesW

/// Curses colour pairs allocated on first use and cached by (foreground, background).
///
/// Pair 0 is the terminal's default pair. When the terminal's `COLOR_PAIRS` runs out, further
/// combinations fall back to pair 0: text keeps its attributes and loses only its colour.
struct ColorPairTable {
    private var pairs: [Int64: Int32] = [:]
    private var next: Int32 = 1
    private let limit: Int32

    init(limit: Int32) { self.limit = limit }

    /// The pair number for curses colour numbers `foreground` and `background` (-1 = default).
    mutating func pair(foreground: Int32, background: Int32) -> Int32 {
        if foreground == -1, background == -1 { return 0 }
        let key = Int64(foreground) << 32 | Int64(UInt32(bitPattern: background))
        if let pair = pairs[key] { return pair }
        guard next < limit, init_extended_pair(next, foreground, background) == OK else { return 0 }
        pairs[key] = next
        next += 1
        return next - 1
    }
}

/// A colour as a terminal takes it: its own default, an exact RGB, or an index into its palette
/// (0–15 are the ANSI colours the user's terminal may have retuned, 16–255 the xterm cube and greys).
enum TerminalColor: Hashable, Sendable {
    case `default`
    case rgb(RGB)
    case indexed(Int)
}

/// Why the program cannot run a full-screen interface here; printed as one line before exit 1.
public enum TerminalError: Error, CustomStringConvertible, Hashable, Sendable {
    /// Standard input or output is a pipe or a file.
    case notATerminal
    /// `TERM` is missing, `dumb` or unknown to terminfo; the payload says which and what to do.
    case unusableTerminal(String)

    /// The one line printed before exit 1: what is wrong and how to fix it.
    public var description: String {
        switch self {
        case .notATerminal: "cascade needs an interactive terminal: standard output is not a TTY"
        case .unusableTerminal(let reason): "cascade cannot drive this terminal \(reason)"
        }
    }
}

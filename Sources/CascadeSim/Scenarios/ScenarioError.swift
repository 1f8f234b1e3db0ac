import CascadeCore

/// A scenario file that cannot be used, with where and why (the dashboard's config file reports its
/// problems with it too, as `ConfigError`).
public struct ScenarioError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's path, or the built-in scenario name that was asked for.
    public var file: String
    /// Line of the problem, from 1; `nil` when it concerns the whole file (unreadable, unknown name).
    public var line: Int?
    /// What is wrong, in words for the person who wrote the file.
    public var message: String

    /// An error at `line` of `file`, or about the whole file when `line` is `nil`.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, with any control character of the file name or echoed text escaped.
    public var description: String {
        let file = file.escapingNonPrintable()
        let message = message.escapingNonPrintable()
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

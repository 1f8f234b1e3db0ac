import CascadeCore

/// A scenario file that cannot be used, with where and why.
public struct ScenarioError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

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

/// A problem in the config file, with where it is; the setting it concerns keeps its default.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The config file's path.
    public var file: String
    /// Line of the problem, from 1; nil when it concerns the whole file.
    public var line: Int?
    /// What is wrong, in words for the person who wrote the file.
    public var message: String

    /// A problem at `line` of `file`.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, with control characters escaped.
    public var description: String {
        let place = file.escapingNonPrintable() + (line.map { ":\($0)" } ?? "")
        return "\(place): \(message.escapingNonPrintable())"
    }
}

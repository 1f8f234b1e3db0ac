/// A session that cannot be saved or resumed, with the file (or name) and why.
public struct SessionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The session file's path, or the name asked for.
    public var file: String
    /// What is wrong, in words for the user.
    public var message: String

    /// An error about `file`.
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    /// `file: message`, with control characters of either escaped.
    public var description: String { "\(file.escapingNonPrintable()): \(message.escapingNonPrintable())" }
}

/// A session's name as the user types it (`:save NAME`, `--resume NAME`): also its file's name, so
/// it cannot leave the sessions folder or hide in it.
public struct SessionName: Sendable, Hashable, CustomStringConvertible {
    /// The name, checked.
    public let text: String

    /// The longest name, in characters: a file name must stay well inside the file system's 255 bytes.
    static let longest = 64

    /// `text` as a session name, or why it cannot be one.
    public init(_ text: String) throws(SessionError) {
        func refuse(_ why: String) -> SessionError {
            SessionError(file: text, message: "a session name \(why)")
        }
        guard !text.isEmpty else { throw refuse("cannot be empty") }
        guard text.count <= Self.longest else { throw refuse("has at most \(Self.longest) characters") }
        if let separator = text.first(where: { $0 == "/" || $0 == "\\" }) {
            throw refuse("cannot contain a path separator ('\(separator)'): it names a file in the sessions folder")
        }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw refuse("cannot contain control characters")
        }
        guard !text.hasPrefix("."), !text.hasPrefix("-") else {
            throw refuse("cannot start with '.' or '-' (hidden files, flags)")
        }
        guard !text.contains(where: \.isWhitespace) else { throw refuse("cannot contain spaces") }
        self.text = text
    }

    /// The name itself.
    public var description: String { text }
}

/// A theme that cannot be used, with the place in the file to fix.
///
/// Reads like a compiler message, `themes/x.toml:12:5: unknown colour 'reed' for market.bid`, so
/// editors can jump to it. The program shows it and carries on with the built-in theme.
public struct ThemeError: Error, CustomStringConvertible, Hashable, Sendable {
    /// The theme file's path, or the theme's name when no file was found.
    public var file: String
    /// Line of the problem, counted from 1; nil when the place is unknown (say, an unreadable file).
    public var line: Int?
    /// Column within `line`, counted from 1; nil when unknown.
    public var column: Int?
    /// What is wrong, and where possible what to write instead.
    public var message: String

    /// An error in `file`, at `line` and `column` when they are known.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    init(_ location: SourceLocation, _ message: String) {
        self.init(file: location.file, line: location.line, column: location.column, message: message)
    }

    /// `file:line:column: message`, leaving out the parts not known, as compilers write it.
    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(message)"
    }
}

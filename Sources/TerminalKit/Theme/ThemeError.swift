/// A theme that cannot be used, with the place in the file to fix.
///
/// Reads like a compiler message, `themes/x.toml:12:5: unknown colour 'reed' for market.bid`, so
/// editors can jump to it. The program shows it and carries on with the built-in theme.
public struct ThemeError: Error, CustomStringConvertible, Hashable, Sendable {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    init(_ location: SourceLocation, _ message: String) {
        self.init(file: location.file, line: location.line, column: location.column, message: message)
    }

    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(message)"
    }
}

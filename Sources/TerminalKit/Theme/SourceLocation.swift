/// Where something was written in a theme file, for error messages.
struct SourceLocation: Hashable, Sendable {
    var file: String
    var line: Int?
    var column: Int?
}

import Testing

@testable import TerminalKit

/// Theme files written to break the reader.
@Suite("Theme files with bad bytes")
struct ThemeBadInputTests {
    /// TOMLKit reads C strings: a NUL once ended the file silently, dropping what followed.
    @Test func aNulByteIsRefusedWithItsLineAndColumn() throws {
        let toml = "description = \"ok\"\n[market]\nbid = \"green\" \0\nask = \"nonsense\"\n"
        #expect {
            _ = try Theme.parse(toml, name: "x", file: "themes/x.toml")
        } throws: { error in
            guard let error = error as? ThemeError else { return false }
            return error.line == 3 && error.column == 15 && error.message.contains("NUL")
        }
    }
}

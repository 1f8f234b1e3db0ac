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

    /// Inputs on which toml++ asserted (aborting the process), found by ThemeFuzzTests.
    @Test(
        arguments: [
            ("[{x]\n", 1, 2, "a table header needs a key"),
            ("description = \"ok\"\n[\n", 2, 2, "a table header needs a key"),
            ("description = \"ok\"\n[ui]\nx = [}\n", 3, 6, "closes no open bracket"),
            ("description = \"a\u{2028}b\"\n", 1, 17, "line separator"),
        ] as [(String, Int, Int, String)])
    func inputsTheTOMLReaderAssertsOnAreRefusedFirst(toml: String, line: Int, column: Int, message: String) {
        #expect {
            _ = try Theme.parse(toml, name: "x", file: "themes/x.toml")
        } throws: { error in
            guard let error = error as? ThemeError else { return false }
            return error.line == line && error.column == column && error.message.contains(message)
        }
    }

    /// What the checks skip: brackets and quotes inside strings and comments, multi-line strings.
    @Test func validTOMLWithBracketsInStringsStillReads() throws {
        let toml = """
            description = "a [} \\" ] { theme" # and ] } here
            inherits = '''default-dark'''
            [market]
            bid = '''
            [{ not a header'''
            """
        #expect {
            _ = try Theme.parse(toml, name: "x", file: "themes/x.toml")
        } throws: { error in
            // The reader gets the file: what it says is about the colour, not about brackets.
            (error as? ThemeError)?.message.contains("bid") == true
        }
    }
}

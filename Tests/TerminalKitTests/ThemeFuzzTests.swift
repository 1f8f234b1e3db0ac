import PropertyBased
import Testing

@testable import TerminalKit

/// Theme files of random bytes and of random TOML-shaped text: loading never traps, and a broken
/// file is an error naming it (the caller then falls back to the built-in theme).
@Suite("Theme files of random input")
struct ThemeFuzzTests {
    static let tokens = [
        "description", "inherits", "[palette]", "[ui]", "[market]", "[chart]", "[heatmap]", "[margin]", "[glyphs]",
        "[ansi16]", "[ansi8]", "bid", "ask", "background", "gradient", "red", "green", " = ", "=", "\n", "\n",
        "\"#00ff00\"", "\"#fff\"", "\"#gggggg\"", "\"red\"", "\"default\"", "\"\"", "255", "256", "-1",
        "9223372036854775807", "[\"#000\", \"#fff\"]", "[\"#000\"]", "{ fg = \"red\", bold = true }", "[", "]", "{",
        "}", ",", "\"", "#", "\0", "\u{1B}]0;x\u{07}", "\u{2028}", "é", "\r\n", "\"default-dark\"", "\"x\"",
    ]

    static func expectNoTrap(_ text: String) {
        do {
            _ = try Theme.parse(text, name: "fuzz", file: "themes/fuzz.toml")
        } catch {
            #expect(error.file == "themes/fuzz.toml")
        }
    }

    @Test(.shrinking(false)) func randomTokensNeverTrap() async {
        let texts = Gen.element(of: Self.tokens).array(of: 0...60).map { $0.compactMap { $0 }.joined() }
        await propertyCheck(count: 300, input: texts) { Self.expectNoTrap($0) }
    }

    @Test(.shrinking(false)) func randomBytesNeverTrap() async {
        let texts = Gen<UInt8>.value(in: 0...255).array(of: 0...200).map { String(decoding: $0, as: UTF8.self) }
        await propertyCheck(count: 300, input: texts) { Self.expectNoTrap($0) }
    }
}

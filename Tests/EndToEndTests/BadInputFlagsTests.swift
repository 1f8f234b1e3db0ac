import Foundation
import Testing

/// Flags written to break `cascade`: each is a usage error that says what is wrong, and none echoes
/// a control character to the terminal.
@Suite("Bad flags, end to end")
struct BadInputFlagsTests {
    /// Negative numbers once read as a flag missing its value ("Missing value for '--seed <seed>'").
    @Test(arguments: [
        (["--speed", "-1"], "--speed must lie between 0.25x and 600x, got -1"),
        (["--balance", "-100"], "--balance must lie between 1 and 1,000,000,000, got -100"),
        (["--seed", "-5"], "a seed must be 0 or more"),
        (["--fps", "-3"], "--fps must lie between 1 and 120, got -3"),
        (["run", "--seed", "-5"], "a seed must be 0 or more"),
        (["run", "--duration", "-1h"], "a duration is above zero"),
        (["run", "--duration", "0s"], "a duration is above zero"),
        (["bench", "matching", "--commands", "-4"], "--commands must be positive, got -4"),
        (["calc", "margin", "--side", "long", "--entry", "100", "--size", "1", "--leverage", "-2"],
         "--leverage must be a whole number of 1 or more, got -2"),
    ])
    func negativeNumbersReachValidation(arguments: [String], message: String) throws {
        let run = try CascadeBinary.run(arguments)
        #expect(run.status == 64)
        #expect(run.error.contains(message), "\(run.error)")
        #expect(!run.error.contains("Missing value"))
    }

    @Test func aBadSummaryPathFailsBeforeTheRun() throws {
        let start = Date()
        let run = try CascadeBinary.run(["run", "--duration", "1d", "--quiet", "--summary", "/nonexistent/s.json"])
        #expect(run.status == 1)
        #expect(run.error.contains("/nonexistent/s.json: cannot create the file"))
        // A simulated day takes tens of seconds in a debug build; refused at once it takes none.
        #expect(Date().timeIntervalSince(start) < 5)
    }

    /// `ESC ]0;…` in a flag's value or a script once reached the terminal as a command.
    @Test func echoedInputIsEscaped() throws {
        let theme = try CascadeBinary.run(["--color", "\u{1B}]0;owned\u{07}"])
        #expect(theme.status == 64)
        #expect(theme.error.contains("not '\\u{1B}]0;owned\\u{7}'"))
        let seed = try CascadeBinary.run(["run", "--seed", "\u{1B}[2J"])
        #expect(seed.error.contains("The value '\\u{1B}[2J' is invalid"))
        let book = try CascadeBinary.run(["book"], input: "L B 1 100 \u{1B}]0;x\u{07}\n")
        #expect(book.status == 65)
        #expect(book.error == "line 1: quantity '\\u{1B}]0;x\\u{7}' is not an integer\n")
        let scenario = try CascadeBinary.run(["run", "--scenario", "/nonexistent/\u{1B}[31m.toml"])
        #expect(scenario.error.contains("/nonexistent/\\u{1B}[31m.toml"))
        for run in [theme, seed, book, scenario] { #expect(!run.error.contains("\u{1B}")) }
    }
}

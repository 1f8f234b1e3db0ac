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
        (
            ["run", "--liquidation-style", "okx"],
            "a liquidation style is one of hyperliquid, binance, bybit, bitmex, dydx"
        ),
        (
            ["--liquidation-style", "Binance"],
            "a liquidation style is one of hyperliquid, binance, bybit, bitmex, dydx"
        ),
        (["bench", "matching", "--commands", "-4"], "--commands must be positive, got -4"),
        (
            ["calc", "margin", "--side", "long", "--entry", "100", "--size", "1", "--leverage", "-2"],
            "--leverage must be a whole number of 1 or more, got -2"
        ),
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

/// `cascade calc margin` as a process on random flag sets: it exits 0 or 64, never on a signal,
/// and never prints a figure clamped to Int64 (…9223372036854775807 or …92233720368547758).
@Suite("cascade calc margin on random flags, end to end")
struct CalcMarginRandomFlagsTests {
    static let values = [
        "1", "0.001", "100", "64000.5", "1000000", "10000000", "999999999999", "0", "-5", "0.000001", "1e5",
    ]
    static let rates = ["0.004", "0.5%", "0.99999999", "2", "-1%", "9.99%"]

    static func arguments(seed: UInt64) -> [String] {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        func next() -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % 1_000_003)
        }
        func pick(_ values: [String]) -> String { values[next() % values.count] }
        var arguments = [
            "calc", "margin", "--side", next() % 2 == 0 ? "long" : "short", "--entry", pick(values), "--size",
            pick(values), "--leverage", pick(["1", "10", "125", "0", "-3"]),
        ]
        if next() % 2 == 0 { arguments += ["--contract", "inverse"] }
        let cross = next() % 2 == 0
        if cross { arguments += ["--mode", "cross"] }
        for (flag, pool) in [("--mark", values), ("--wallet", values), ("--mmr", rates), ("--fee-rate", rates)]
        where next() % 2 == 0 {
            arguments += [flag, pick(pool)]
        }
        if cross && next() % 2 == 0 { arguments += ["--other-mm", pick(values), "--other-upnl", "-" + pick(values)] }
        if next() % 2 == 0 { arguments.append("--json") }
        return arguments
    }

    @Test(arguments: 0..<UInt64(24))
    func randomFlagsExitCleanlyAndPrintNoClampedFigure(seed: UInt64) throws {
        let arguments = Self.arguments(seed: seed)
        let run = try CascadeBinary.run(arguments)
        #expect(run.status == 0 || run.status == 64, "\(arguments): status \(run.status), \(run.error)")
        #expect(!run.output.contains("922337203685477"), "\(arguments)")
        if run.status == 64 { #expect(run.error.hasPrefix("Error: "), "\(arguments)") }
    }
}

import Testing

@testable import CascadeCore
@testable import CascadeSim

/// Scenario files written to break the reader: every one is an error naming the file and line.
@Suite struct ScenarioBadInputTests {
    func error(_ text: String) -> ScenarioError? {
        do {
            _ = try Scenario.parse(text, file: "bad.toml")
            return nil
        } catch {
            return error
        }
    }

    /// Millions of `10000d` once overflowed the sum and trapped; now the sum stops at 10,000 days.
    @Test func aDurationTooLongToAddUpIsAnErrorWithItsLine() throws {
        let long = String(repeating: "10000d", count: 2_000)
        let error = try #require(self.error("name = \"x\"\nduration = \"\(long)\"\n"))
        #expect(error.line == 2)
        #expect(error.message.contains("at most 10000d"))
        #expect(error.description.count < 200)
        #expect(SimDuration.parse("10000d") == SimDuration.longest)
        #expect(SimDuration.parse("10000d1s") == nil)
        #expect(SimDuration.parse("99999999999999999999s") == nil)
    }

    /// `--duration 0s` is refused; so is a scenario's run length of zero, by the same parser.
    @Test func aRunLengthOfZeroIsRefusedAsOnTheCommandLine() throws {
        let error = try #require(self.error("name = \"x\"\nduration = \"0s\"\n"))
        #expect(error.line == 2)
        #expect(error.message.contains("above zero"))
        #expect(SimDuration.parseLength("0s") == nil)
        #expect(SimDuration.parseLength("1s") == .second)
        // A latency of zero still means "none".
        #expect(self.error("name = \"x\"\nliquidation_latency = \"0s\"\n") == nil)
    }

    /// TOMLKit reads C strings: a NUL once ended the file silently, dropping what followed.
    @Test func aNulByteIsRefusedWithItsLine() throws {
        let error = try #require(self.error("name = \"x\"\n# a comment\0\nduration = \"nonsense\"\n"))
        #expect(error.line == 2)
        #expect(error.message.contains("NUL"))
    }

    /// A start that is not a real UTC date and time is named with its line; a real one sets the calendar.
    @Test(arguments: ["2026-02-29 08:00", "2026-12-07 24:00", "2026-12-07", "7 Dec 2026 08:00", "2026-12-07 8:00"])
    func aStartThatIsNotARealDateAndTimeIsAnError(start: String) throws {
        let error = try #require(self.error("name = \"x\"\nstart = \"\(start)\"\n"))
        #expect(error.line == 2)
        #expect(error.message.contains("YYYY-MM-DD HH:MM"), "\(error)")
        let scenario = try Scenario.parse("name = \"x\"\nstart = \"2028-02-29 07:30\"\n", file: "ok.toml")
        #expect(scenario.calendar.date(of: 0) == SimCalendar.Day(year: 2028, month: 2, day: 29))
        #expect(scenario.calendar.expiryCode(of: 16 * SimTime.hour + 30 * SimTime.minute) == "1MAR28")
    }

    @Test func controlCharactersInEchoedTextAreEscaped() throws {
        let error = try #require(self.error("name = \"x\"\nduration = \"\\u001B]0;owned\\u0007\"\n"))
        #expect(!error.description.contains("\u{1B}"))
        #expect(error.description.contains("\\u{1B}]0;owned\\u{7}"))
        let named = ScenarioError(file: "evil\u{1B}[2J.toml", line: 1, message: "m")
        #expect(named.description == "evil\\u{1B}[2J.toml:1: m")
    }

    @Test(arguments: [
        ("retail_traders = 200000", "'retail_traders' must lie between 0 and 30000"),
        ("noise_traders = 5001", "'noise_traders' must lie between 0 and 5000"),
        ("market_makers = 101", "'market_makers' must lie between 0 and 100"),
    ])
    func agentCountsHaveUpperBounds(line: String, message: String) throws {
        let error = try #require(self.error("name = \"x\"\n[population]\n\(line)\n"))
        #expect(error.line == 3)
        #expect(error.message == message)
    }

    @Test func theWholePopulationHasABound() throws {
        let text = "name = \"x\"\n[population]\nretail_traders = 30000\nnoise_traders = 5000\nvalue_traders = 5000\n"
        let error = try #require(self.error(text))
        #expect(error.line == 2)
        #expect(error.message == "the population has 40038 agents; at most 40000 in all")
    }
}

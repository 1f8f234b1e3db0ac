import Foundation
import Testing

/// `cascade run` and `cascade scenarios` as real processes.
@Suite("cascade run, end to end")
struct RunCommandTests {
    private func temporary(_ name: String) -> String { CascadeBinary.temporaryPath(name) }

    @Test func aRunWritesEventsBarsAndASummaryAndTheSameSeedGivesTheSameHash() throws {
        let events = temporary("events.jsonl")
        let summary = temporary("summary.json")
        let bars = temporary("bars.csv")
        defer { for path in [events, summary, bars] { try? FileManager.default.removeItem(atPath: path) } }
        let run = try CascadeBinary.run([
            "run", "--scenario", "calm", "--seed", "4", "--duration", "20m", "--events", events, "--summary", summary,
            "--bars", "1m:\(bars)",
        ])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("ledger discrepancy  0"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summary))) as? [String: Any])
        #expect(json["ledger_discrepancy"] as? Int == 0)
        #expect(json["simulated_seconds"] as? Int == 1_200)
        let liquidations = try #require(json["liquidations"] as? [String: Any])
        #expect(liquidations["count"] is Int)
        let hash = try #require(json["event_hash"] as? String)
        #expect(hash.count == 16)
        #expect((json["commands"] as? Int ?? 0) > 1_000)

        let lines = try String(contentsOfFile: events, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == json["events"] as? Int)
        let first = try #require(
            try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["t"] as? Int == 0 && first["type"] is String)
        #expect(lines.contains { $0.contains(#""type":"trade""#) })

        let csv = try String(contentsOfFile: bars, encoding: .utf8).split(separator: "\n")
        #expect(csv.first == "time,open,high,low,close,volume")
        #expect(csv.count == 21)
        #expect(csv[1].hasPrefix("0,"))
        #expect(csv[2].hasPrefix("60,"))

        let again = try CascadeBinary.run(["run", "--seed", "4", "--duration", "20m", "--quiet"])
        #expect(again.status == 0 && again.output.isEmpty)
        let other = try CascadeBinary.run(["run", "--seed", "5", "--duration", "20m"])
        let againSummary = try CascadeBinary.run(["run", "--seed", "4", "--duration", "20m"])
        #expect(againSummary.output.contains("event hash          \(hash)"))
        #expect(!other.output.contains(hash))
    }

    /// The same seed gives the same events in separate processes, through option dealers pulling
    /// their quotes as an expiry enters its settlement window: Swift seeds its hashing per process,
    /// so nothing the world does may follow a dictionary's order (the dealers once cancelled in it).
    @Test func separateProcessesAgreeThroughAnExpiryWindow() throws {
        let scenario = temporary("window.toml")
        defer { try? FileManager.default.removeItem(atPath: scenario) }
        try """
        name = "dealer-window"
        start = "2026-12-07 07:20"

        [[markets]]
        symbol = "BTC-PERP"
        price = 64000

        [population]
        retail_traders = 50

        [options]
        buyers = 10
        writers = 2
        """.write(toFile: scenario, atomically: true, encoding: .utf8)
        var hashes: Set<Substring> = []
        for _ in 0..<3 {
            let run = try CascadeBinary.run(["run", "--scenario", scenario, "--seed", "3", "--duration", "15m"])
            #expect(run.status == 0, "\(run.error)")
            let line = try #require(run.output.split(separator: "\n").first { $0.hasPrefix("event hash") })
            hashes.insert(line)
        }
        #expect(hashes.count == 1, "\(hashes)")
    }

    /// `--liquidation-style bitmex` on the crash: the fund takes positions over and pays for them, no
    /// backstop vault is used, and the summary names the style.
    @Test func aLiquidationStyleFlagChangesTheWaterfall() throws {
        let summary = temporary("style.json")
        defer { try? FileManager.default.removeItem(atPath: summary) }
        let run = try CascadeBinary.run([
            "run", "--scenario", "flash-crash", "--duration", "45m", "--liquidation-style", "bitmex", "--quiet",
            "--summary", summary,
        ])
        #expect(run.status == 0, "\(run.error)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summary))) as? [String: Any])
        #expect(json["liquidation_style"] as? String == "bitmex")
        #expect(json["backstop_takeovers"] as? Int == 0)
        #expect(json["ledger_discrepancy"] as? Int == 0)
        let fund = try #require(json["insurance_fund"] as? [String: Any])
        #expect((fund["takeovers"] as? Int ?? 0) > 0)
        #expect((fund["minimum"] as? Double ?? .infinity) < (fund["start"] as? Double ?? 0))
        #expect((fund["paid"] as? Double ?? 0) > 0)
    }

    @Test func scenariosListsEveryBuiltInOnALine() throws {
        let run = try CascadeBinary.run(["scenarios"])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 11)
        #expect(lines.contains { $0.hasPrefix("flash-crash") && $0.contains("12%") })
        let shown = try CascadeBinary.run(["scenarios", "--show", "calm"])
        #expect(shown.output.contains("name = \"calm\""))
    }

    @Test func aBrokenScenarioFileNamesFileAndLine() throws {
        let path = temporary("broken.toml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "name = \"mine\"\n\n[[events]]\nat = \"10m\"\nshock = \"big\"\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let run = try CascadeBinary.run(["run", "--scenario", path, "--duration", "1m"])
        #expect(run.status == 65)
        #expect(run.error == "\(path):5: 'shock' must be a number\n")
        let unknown = try CascadeBinary.run(["run", "--scenario", "crashy"])
        #expect(unknown.status == 65)
        #expect(unknown.error.contains("crashy: no such scenario; built in: calm"))
    }

    @Test func badFlagsAreUsageErrors() throws {
        let duration = try CascadeBinary.run(["run", "--duration", "soon"])
        #expect(duration.status == 64)
        #expect(duration.error.contains("--duration"))
        let bars = try CascadeBinary.run(["run", "--bars", "1m"])
        #expect(bars.status == 64)
        let set = try CascadeBinary.run(["run", "--set", "margin.model"])
        #expect(set.status == 64 && set.error.contains("KEY=VALUE"))
    }

    /// `--set` reaches the scenario: the summary names the margin model; a bad value names its `--set`.
    @Test func setOverridesAScenarioKey() throws {
        let run = try CascadeBinary.run(["run", "--duration", "2m", "--set", "margin.model=garch"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("margin model        garch, "))
        let bad = try CascadeBinary.run(["run", "--duration", "2m", "--set", "margin.lambda=7"])
        #expect(bad.status == 65)
        #expect(bad.error.hasPrefix("--set margin.lambda=7: 'lambda' must lie between 0.5 and 0.999"), "\(bad.error)")
    }
}

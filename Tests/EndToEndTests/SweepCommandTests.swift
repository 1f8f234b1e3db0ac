import Foundation
import Testing

/// `cascade run --set` and `cascade sweep` as real processes: a failed run is listed and does not
/// stop the others, emitted jobs run under GNU parallel, and `--collect` builds the same results.
@Suite("cascade sweep, end to end")
struct SweepCommandTests {
    private func temporary(_ name: String) -> URL { URL(fileURLWithPath: CascadeBinary.temporaryPath(name)) }

    /// The rows of a results.csv, header first.
    private func rows(_ folder: URL) throws -> [[Substring]] {
        try String(contentsOf: folder.appendingPathComponent("results.csv"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    }

    /// The `event_hash` column of a results.csv, one per run, sorted.
    private func hashes(_ folder: URL) throws -> [Substring] {
        let rows = try rows(folder)
        let column = try #require(rows.first?.firstIndex(of: "event_hash"))
        return rows.dropFirst().map { $0[column] }.sorted()
    }

    @Test func runSetChangesTheScenarioAndTheSummarySaysSo() throws {
        let summary = temporary("summary.json")
        defer { try? FileManager.default.removeItem(at: summary) }
        let run = try CascadeBinary.run([
            "run", "--duration", "1m", "--set", "insurance_fund=12345", "--summary", summary.path,
        ])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("settings            insurance_fund=12345"), "\(run.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: summary)) as? [String: Any])
        #expect((json["insurance_fund"] as? [String: Any])?["start"] as? Double == 12_345)
        #expect(json["settings"] as? [String: String] == ["insurance_fund": "12345"])
    }

    @Test(arguments: [
        (["--set", "nosuch=1"], 65, "--set nosuch=1: unknown key 'nosuch'"),
        (["--set", "insurance_fund"], 64, "--set takes KEY=VALUE"),
        (
            ["--set", "markets.7.price=1"], 65,
            "--set markets.7.price=1: 'markets' must be written as [[markets]] tables"
        ),
    ])
    func aBadSettingNamesItself(flags: [String], status: Int32, message: String) throws {
        let run = try CascadeBinary.run(["run", "--duration", "1m"] + flags)
        #expect(run.status == status && run.error.contains(message), "\(run.status) \(run.error)")
    }

    @Test func aFailedRunIsListedAndTheOthersStillCount() throws {
        let out = temporary("sweep")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try CascadeBinary.run([
            "sweep", "--seeds", "1-2", "--set", "insurance_fund=100000,-5", "--duration", "2m", "--out", out.path,
            "--jobs", "2",
        ])
        #expect(run.status == 1, "\(run.output)\(run.error)")
        #expect(run.output.contains("calm, seeds 1-2, 2m each: 4 runs in "), "\(run.output)")
        #expect(run.output.contains("2 runs failed:"))
        #expect(
            run.output.contains(
                "seed 1 insurance_fund=-5: exit 65: --set insurance_fund=-5: 'insurance_fund' must lie"))
        #expect(run.output.contains("insurance_fund=100000     2"), "\(run.output)")
        let rows = try rows(out)
        #expect(rows.count == 3 && rows[0].prefix(3) == ["scenario", "seed", "set:insurance_fund"])
        #expect(rows.dropFirst().allSatisfy { $0[2] == "100000" })
    }

    @Test func emittedJobsRunUnderParallelAndCollectGivesTheSweepsResults() throws {
        let direct = temporary("direct")
        let emitted = temporary("emitted")
        let jobs = temporary("jobs.txt")
        defer { for url in [direct, emitted, jobs] { try? FileManager.default.removeItem(at: url) } }
        let sweep = ["--seeds", "1-2", "--set", "insurance_fund=100000,200000", "--duration", "2m"]
        let ran = try CascadeBinary.run(["sweep"] + sweep + ["--out", direct.path])
        #expect(ran.status == 0, "\(ran.output)\(ran.error)")

        let emit = try CascadeBinary.run(["sweep"] + sweep + ["--out", emitted.path, "--emit-jobs", jobs.path])
        #expect(emit.status == 0 && emit.output.hasPrefix("Wrote 4 runs to "), "\(emit.output)\(emit.error)")
        let parallel = Process()
        parallel.executableURL = URL(fileURLWithPath: "/bin/sh")
        parallel.arguments = ["-c", "parallel --will-cite --jobs 2 < '\(jobs.path)'"]
        try parallel.run()
        parallel.waitUntilExit()
        #expect(parallel.terminationStatus == 0, "GNU parallel is missing or a job failed")

        let collected = try CascadeBinary.run(["sweep", "--collect", emitted.path])
        #expect(collected.status == 0, "\(collected.output)\(collected.error)")
        #expect(collected.output.hasPrefix("4 runs collected from "), "\(collected.output)")
        #expect(collected.output.contains("insurance_fund=200000     2"), "\(collected.output)")
        // The same seeds and settings made the same events, wherever they ran.
        #expect(try hashes(emitted) == hashes(direct) && hashes(direct).count == 4)
    }
}

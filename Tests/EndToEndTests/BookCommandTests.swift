import Foundation
import Testing

/// `cascade book` and `cascade bench matching` run as real processes.
@Suite("cascade book, end to end")
struct BookCommandTests {
    @Test func theDemoScriptPrintsItsGoldenOutput() throws {
        let run = try CascadeBinary.run(["book", "--queues", "examples/book-demo.txt"])
        #expect(run.status == 0)
        #expect(run.error.isEmpty)
        #expect(run.output == (try CascadeBinary.text("Tests/EndToEndTests/Golden/book-demo.out")))
    }

    @Test func standardInputWorksWithoutQueues() throws {
        let run = try CascadeBinary.run(["book"], input: "L B 1 100 5\nL B 2 100 1 # same level\n\nL S 3 101 2\n")
        #expect(run.status == 0)
        #expect(run.output == "END_EVENTS\nBID 100 6 2\nASK 101 2 1\nEND\n")
    }

    @Test func windowsLineEndsAreLineEnds() throws {
        let run = try CascadeBinary.run(["book"], input: "L B 1 100 5\r\nL S 2 101 2\r\nC 1\r\n")
        #expect(run.status == 0)
        #expect(run.output == "X 1 5\nEND_EVENTS\nASK 101 2 1\nEND\n")
    }

    @Test(
        "A malformed line stops the run after the output of the lines before it",
        arguments: [
            ("L B 1 100 5\nM B 2 3\nL B 3 1x0 5\n", "line 3: price '1x0' is not an integer"),
            ("L B 1 100\n", "line 1: 'L' takes 4 fields (B|S id price qty), found 3"),
            ("# comment\nZ 1\n", "line 2: unknown command 'Z' (expected L, M, I, F, P, A or C)"),
            ("L Q 1 100 5\n", "line 1: side 'Q' must be B or S"),
            ("C 99999999999999999999\n", "line 1: id '99999999999999999999' is not an integer"),
        ])
    func malformedLines(script: String, message: String) throws {
        let run = try CascadeBinary.run(["book"], input: script)
        #expect(run.status == 65)
        #expect(run.error == message + "\n")
        #expect(!run.output.contains("END"))
    }

    @Test func outputBeforeABadLineIsKept() throws {
        let run = try CascadeBinary.run(["book"], input: "L S 1 100 5\nM B 2 7\nnonsense\n")
        #expect(run.status == 65)
        #expect(run.output == "T 1 2 100 5\nK 2 2\n")
    }

    @Test func aMissingFileIsNamed() throws {
        let run = try CascadeBinary.run(["book", "no/such/file.txt"])
        #expect(run.status != 0)
        #expect(run.error.contains("no/such/file.txt: no such file"))
    }

    @Test func benchTimesABookFileAndReportsJSON() throws {
        let run = try CascadeBinary.run(["bench", "matching", "--json", "--input", "examples/book-demo.txt"])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        #expect(object?["name"] as? String == "matching-input")
        #expect(object?["commands"] as? Int == 15)
        for key in ["ops_per_sec", "p50_ns", "p99_ns", "p999_ns", "p9999_ns", "max_ns"] { #expect(object?[key] != nil) }
    }

    @Test func benchGeneratesTheExchangeCoreMix() throws {
        let run = try CascadeBinary.run([
            "bench", "matching", "--json", "--commands", "20000", "--mixed-commands", "0", "--deep-commands", "0",
        ])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        #expect(object?["name"] as? String == "matching")
        let move = try #require(object?["move_pct"] as? Double)
        #expect((80...84).contains(move))
        let resting = try #require(object?["avg_resting_orders"] as? Double)
        #expect((800...1_200).contains(resting))
    }

    @Test func benchRunsTheExchangeLikeMixOnItsOwnLine() throws {
        let run = try CascadeBinary.run([
            "bench", "matching", "--json", "--commands", "1000", "--mixed-commands", "20000", "--deep-commands", "0",
        ])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        try #require(lines.count == 2)
        let object = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
        #expect(object?["name"] as? String == "matching-mixed")
        #expect(object?["commands"] as? Int == 20_000)
        for key in ["ops_per_sec", "p50_ns", "p99_ns", "p999_ns", "p9999_ns", "max_ns"] { #expect(object?[key] != nil) }
        let cancels = try #require(object?["cancel_pct"] as? Double)
        #expect((33...37).contains(cancels))
    }

    @Test func benchPrintsOneSummaryLinePerBenchmarkWithoutJSON() throws {
        let run = try CascadeBinary.run([
            "bench", "matching", "--commands", "1000", "--mixed-commands", "1000", "--deep-commands", "0",
        ])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        try #require(lines.count == 2)
        #expect(lines[0].hasPrefix("matching: 1000 commands, ") && lines[0].contains("commands/s; p50 "))
        #expect(lines[1].hasPrefix("matching-mixed: 1000 commands, ") && lines[1].contains("; mix 5"))
    }

    @Test func badBenchFlagsAreUsageErrors() throws {
        let run = try CascadeBinary.run(["bench", "matching", "--commands", "0"])
        #expect(run.status == 64)
        #expect(run.error.contains("--commands must be positive"))
    }
}

import CascadeBench
import CascadeCore
import Foundation
import Testing

/// `cascade book` (the streaming reader and writer in a real process) against the in-process engine
/// fed the same generated commands as values: the bytes must be the same.
@Suite("cascade book streams what the engine does")
struct BookStreamDifferentialTests {
    /// Commands after the preload: the million, which a debug build generates, runs and
    /// compares in about ten seconds (`CASCADE_STREAM_COMMANDS=N` sets another count).
    static let commands =
        ProcessInfo.processInfo.environment["CASCADE_STREAM_COMMANDS"].flatMap { Int($0) } ?? 1_000_000

    @Test func aGeneratedStreamPrintsTheInProcessEnginesBytes() throws {
        var parameters = MatchingWorkload.Parameters()
        parameters.seed = 21
        parameters.commands = Self.commands
        let workload = MatchingWorkload(parameters)
        let commands = workload.preload + workload.commands
        let lines = commands.compactMap(\.scriptLine)
        #expect(lines.count == commands.count)

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cascade-stream-\(getpid()).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let run = try CascadeBinary.run(["book", "--queues", file.path])
        #expect(run.status == 0)
        #expect(run.error.isEmpty)

        var session = BookScriptSession(expectedOrders: parameters.expectedOrders)
        var output = BookScriptOutput()
        var expected = Data()
        for command in commands {
            session.apply(command)
            session.writeEvents(to: &output)
            if output.count > 1 << 16 {
                expected.append(contentsOf: output.bytes)
                output.removeAll()
            }
        }
        expected.append(contentsOf: output.bytes)
        expected.append(contentsOf: "END_EVENTS\n".utf8)
        output.removeAll()
        session.writeBook(queues: true, to: &output)
        expected.append(contentsOf: output.bytes)
        expected.append(contentsOf: "END\n".utf8)
        let actual = Data(run.output.utf8)
        #expect(actual.count == expected.count)
        #expect(actual == expected)
        // The stream exercised every kind of output line.
        for prefix in ["T ", "X ", "U ", "K ", "BID ", "ASK ", "Q "] {
            #expect(run.output.contains("\n" + prefix), "no \(prefix)line")
        }
    }
}

import Foundation
import Testing

@testable import TerminalKit

/// `cascade --help` and the `--help` of every subcommand, found by walking the SUBCOMMANDS lists
/// from the root (so a new command needs a golden file too), compared byte for byte with
/// `Golden/help/cascade[-SUB…].txt`.
///
/// ArgumentParser wraps help at `COLUMNS`, else the terminal's width, else 80; the binary runs with
/// `COLUMNS=80 LINES=25` so the wrapping is the same in a terminal, a pipe and CI.
/// After an intended change: `CASCADE_UPDATE_GOLDEN=1 swift test --filter Golden`, then review the diff.
@Suite struct HelpGoldenTests {
    static let folder = CascadeBinary.packageRoot.appendingPathComponent("Tests/EndToEndTests/Golden/help")
    static let environment = ["COLUMNS": "80", "LINES": "25"]

    @Test func everyCommandsHelpMatchesItsGoldenFile() throws {
        var pending: [[String]] = [[]]
        var visited: [String] = []
        while let command = pending.popLast() {
            let run = try CascadeBinary.run(command + ["--help"], environment: Self.environment)
            let name = (["cascade"] + command).joined(separator: "-")
            #expect(run.status == 0, "\(name) --help: \(run.error)")
            visited.append(name)
            if let failure = GoldenFile.check(run.output, against: Self.folder.appendingPathComponent("\(name).txt")) {
                Issue.record(Comment(rawValue: failure))
            }
            pending += Self.subcommands(inHelp: run.output).reversed().map { command + [$0] }
        }
        #expect(visited.count >= 10, "the walk found only \(visited)")
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        let stale = Set(files).subtracting(visited.map { "\($0).txt" })
        #expect(stale.isEmpty, "golden files of no command: \(stale.sorted())")
    }

    /// `cascade --help` lists the dashboard's own flags (they are what `cascade` alone takes), not
    /// only the subcommands; `-h` and `help` say the same.
    @Test func rootHelpListsTheDashboardsFlags() throws {
        let help = try CascadeBinary.run(["--help"], environment: Self.environment)
        for flag in ["--scenario", "--speed", "--warmup", "--paused", "--theme", "--ascii", "--no-mouse"] {
            #expect(help.output.contains("  \(flag)"), "\(flag) missing from cascade --help")
        }
        #expect(help.output.contains("DASHBOARD OPTIONS"))
        for other in [["-h"], ["help"]] {
            #expect(try CascadeBinary.run(other, environment: Self.environment).output == help.output)
        }
    }

    @Test func versionPrintsTheVersion() throws {
        let run = try CascadeBinary.run(["--version"], environment: Self.environment)
        #expect(run.status == 0)
        #expect(
            run.output.range(of: #"^cascade \d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(run.output)")
    }

    /// The names listed under `SUBCOMMANDS:`: each entry starts two spaces in, its wrapped
    /// description further in; the list ends at a blank line.
    static func subcommands(inHelp help: String) -> [String] {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { return [] }
        return lines[(start + 1)...].prefix { !$0.isEmpty }
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
    }
}

import ArgumentParser
import CascadeSim
import Dashboard
import Foundation

/// `cascade sessions`: the saved sessions, one line each, and where they are kept.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List the sessions saved with :save NAME (resume one: cascade --resume NAME).")

    func run() throws {
        guard let store = SessionStore.standard(environment: ProcessInfo.processInfo.environment) else {
            StandardStreams.writeError("no folder for sessions: set XDG_DATA_HOME or HOME\n")
            throw ExitCode.failure
        }
        let names = store.names()
        guard !names.isEmpty else {
            StandardStreams.writeOutput(
                "No sessions in \(store.directory) yet: :save NAME in the dashboard saves one.\n")
            return
        }
        var rows = [["NAME", "SCENARIO", "SEED", "SIMULATED", "SAVED AT"]]
        var problems: [String] = []
        for name in names {
            do {
                let session = try store.load(name)
                rows.append([
                    name, session.scenario.reference, "\(session.seed)", SimDuration.format(session.time),
                    Self.savedAt.string(from: session.savedAt),
                ])
            } catch {
                problems.append("\(error)")
            }
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var text = ""
        for row in rows {
            let cells = zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
            text += cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces).escapingNonPrintable() + "\n"
        }
        text += "(\(store.directory))\n"
        StandardStreams.writeOutput(text)
        for problem in problems { StandardStreams.writeError(problem + "\n") }
    }

    /// `2026-12-06 14:10 UTC`: when a session was saved, in one zone whatever the machine's.
    private static let savedAt: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter
    }()
}

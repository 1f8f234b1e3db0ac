import ArgumentParser
import Foundation

@main
struct Cascade: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A terminal trading dashboard over a simulated crypto-derivatives exchange.",
        usage: RootHelp.usage,
        subcommands: [
            DashboardCommand.self, LessonCommand.self, LessonsCommand.self, RunCommand.self, SweepCommand.self,
            ScenariosCommand.self,
            ThemesCommand.self, SessionsCommand.self, ConfigCommand.self, BookCommand.self,
            CalcCommand.self, BenchCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// ArgumentParser's own `main()`, except that its messages go out through `StandardStreams`,
    /// which escapes control characters: a usage error echoes the value given, and a value such as
    /// `$'\e]0;x\a'` must not reach the terminal as a command.
    static func main() {
        // Only at the root: ArgumentParser's `version:` would add `--version` to every subcommand's help.
        if Array(CommandLine.arguments.dropFirst()) == ["--version"] {
            StandardStreams.writeOutput(RootHelp.version + "\n")
            return
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            var message = fullMessage(for: error)
            if code == .success && RootHelp.isRootHelp(message) { message = RootHelp.full }
            if !message.isEmpty {
                if code == .success {
                    StandardStreams.writeOutput(message + "\n")
                } else {
                    StandardStreams.writeError(message + "\n")
                }
            }
            Foundation.exit(code.rawValue)
        }
    }
}

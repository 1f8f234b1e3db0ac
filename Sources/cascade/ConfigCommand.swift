import ArgumentParser
import Dashboard
import Foundation

/// `cascade config`: the config file's defaults, where it is read from, and whether it reads well.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the config file's defaults (--show), where it is read from (--path), or check it (--check).")

    @Flag(help: "Print the defaults as a config file (cascade config --show > ~/.config/cascade/config.toml).")
    var show = false

    @Flag(help: "Print where the config file is read from.")
    var path = false

    @Flag(help: "Read the config file and list its problems with their lines; exit 1 if there are any.")
    var check = false

    func run() throws {
        let location = DashboardConfig.path(environment: ProcessInfo.processInfo.environment)
        if show || (!path && !check) { StandardStreams.writeOutput(DashboardConfig.defaultText) }
        if path { StandardStreams.writeOutput((location ?? "(none: set XDG_CONFIG_HOME or HOME)") + "\n") }
        guard check else { return }
        guard let location, FileManager.default.fileExists(atPath: location) else {
            StandardStreams.writeOutput("No config file at \(location ?? "(no path)"): every setting is its default.\n")
            return
        }
        let (_, problems) = DisplayOptions.loadConfig()
        guard !problems.isEmpty else {
            StandardStreams.writeOutput("\(location): no problems\n")
            return
        }
        StandardStreams.writeError(problems.map { "\($0)\n" }.joined())
        throw ExitCode.failure
    }
}

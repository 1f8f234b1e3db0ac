import ArgumentParser
import CascadeCore
import CascadeSim
import Dashboard
import Foundation
import TerminalKit

/// `cascade` (no subcommand): the live dashboard on a simulated market.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the live dashboard (the default command)."
    )

    @OptionGroup var world: ScenarioOptions

    @Option(parsing: .unconditional, help: "Simulated seconds per wall second (0.25 to 600; default: 1).")
    var speed: Double?

    @Option(parsing: .unconditional, help: "Your starting balance in USDC (default: the scenario's, 10000).")
    var balance: Int64?

    @Option(
        parsing: .unconditional,
        help: """
            Simulated time the market runs before the first frame, such as 10m or 2h; 0 for none \
            (default: 2h, ending a minute before the scenario's first scripted event).
            """,
        transform: WarmUpArgument.parse)
    var warmup: WarmUpArgument?

    @Flag(help: "Pause the clock once the warm-up is done.")
    var paused = false

    @Option(help: "Go on from a session saved with :save NAME (see 'cascade sessions').")
    var resume: String?

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if let speed, !SimulationSpeed.range.contains(speed) {
            throw ValidationError("--\(SimulationSpeed.outOfRange), got \(speed.formatted())")
        }
        if resume != nil {
            let given = [
                ("--scenario", world.scenario != nil), ("--seed", world.seedGiven != nil),
                ("--balance", balance != nil),
                ("--liquidation-style", world.liquidationStyle != nil), ("--warmup", warmup != nil),
            ].filter(\.1).map(\.0)
            guard given.isEmpty else {
                throw ValidationError(
                    "--resume rebuilds the session's own world; it cannot take \(given.joined(separator: ", "))")
            }
        }
        if let balance, balance <= 0 || balance > 1_000_000_000 {
            throw ValidationError("--balance must lie between 1 and 1,000,000,000, got \(balance)")
        }
    }

    func run() throws {
        let config = DisplayOptions.loadConfig()
        if let resume {
            let session = try Self.session(resume)
            try display.open(
                scenario: ScenarioOptions.build(session.scenario), seed: session.seed, speed: speed ?? session.speed,
                paused: paused || session.paused, warmUp: 0, config: config,
                world: (session.scenario, resuming: session))
            return
        }
        var source = try world.source(fallback: config.settings.scenario ?? "calm")
        source.userBalance = balance
        let scenario = try ScenarioOptions.build(source)
        try display.open(
            scenario: scenario, seed: world.seed, speed: speed ?? config.settings.speed ?? 1, paused: paused,
            warmUp: warmup?.time ?? config.settings.warmUp, config: config, world: (source, resuming: nil))
    }

    /// The saved session called `name`, or a data error saying why it cannot be resumed.
    static func session(_ name: String) throws -> SessionFile {
        do throws(SessionError) {
            guard let store = SessionStore.standard(environment: ProcessInfo.processInfo.environment) else {
                throw SessionError(file: name, message: "no folder for sessions: set XDG_DATA_HOME or HOME")
            }
            return try store.load(name)
        } catch {
            StandardStreams.writeError("\(error)\n")
            throw ExitCode.dataError
        }
    }
}

/// `cascade themes`: the themes that can be used, where they come from, one line each.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes", abstract: "List the themes (built in, ./themes, ~/.config/cascade/themes).")

    func run() throws {
        let catalog = ThemeCatalog.standard(
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath)
        let entries = catalog.entries()
        let width = entries.map(\.name.count).max() ?? 0
        var text = ""
        for entry in entries {
            // Names and descriptions come from theme files: escaped, so a file cannot drive the terminal.
            let line = "\(entry.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(entry.description)"
            text += "\(line)  (\(entry.source))".escapingNonPrintable() + "\n"
        }
        StandardStreams.writeOutput(text)
    }
}

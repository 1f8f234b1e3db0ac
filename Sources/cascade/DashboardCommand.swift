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

    @Option(parsing: .unconditional, help: "Simulated seconds per wall second (0.25 to 600).")
    var speed = 1.0

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

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        guard SimulationSpeed.range.contains(speed) else {
            throw ValidationError("--\(SimulationSpeed.outOfRange), got \(speed.formatted())")
        }
        if let balance, balance <= 0 || balance > 1_000_000_000 {
            throw ValidationError("--balance must lie between 1 and 1,000,000,000, got \(balance)")
        }
    }

    func run() throws {
        var scenario = try world.load()
        if let balance { scenario.userBalance = balance }
        try display.open(scenario: scenario, seed: world.seed, speed: speed, paused: paused, warmUp: warmup?.time)
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

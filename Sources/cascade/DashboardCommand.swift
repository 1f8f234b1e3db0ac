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

    @Option(help: "Simulated seconds per wall second (0.25 to 600).")
    var speed = 1.0

    @Option(help: "Your starting balance in USDC (default: the scenario's, 10000).")
    var balance: Int64?

    @Flag(help: "Start with the clock paused.")
    var paused = false

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        guard (0.25...600).contains(speed) else { throw ValidationError("--speed must lie between 0.25 and 600") }
        if let balance, balance <= 0 || balance > 1_000_000_000 {
            throw ValidationError("--balance must lie between 1 and 1,000,000,000")
        }
    }

    func run() throws {
        var scenario = try world.load()
        if let balance { scenario.userBalance = balance }
        try display.open(scenario: scenario, seed: world.seed, speed: speed, paused: paused)
    }
}

/// `cascade lesson NAME`: the dashboard playing a guided lesson.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson", abstract: "Play a guided lesson in the dashboard (see 'cascade lessons').")

    @Argument(help: "The lesson's name.")
    var name: String

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        guard LessonLibrary.named(name) != nil else {
            throw ValidationError("no lesson '\(name)'; lessons: \(LessonLibrary.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        let lesson = LessonLibrary.named(name)!
        try display.open(
            scenario: lesson.scenario, seed: LessonLibrary.seed, speed: 1, paused: false, warmUp: lesson.warmUp,
            lesson: lesson)
    }
}

/// `cascade lessons`: the lessons, in teaching order, one line each.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons", abstract: "List the guided lessons.")

    func run() throws {
        let width = LessonLibrary.names.map(\.count).max() ?? 0
        var text = ""
        for lesson in LessonLibrary.all {
            text += "\(lesson.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(lesson.title): "
            text += "\(lesson.summary) (\(lesson.steps.count) steps)\n"
        }
        StandardStreams.writeOutput(text + "Play one with: cascade lesson NAME (or L in the dashboard)\n")
    }
}

/// How the dashboard draws: theme, colour depth, glyphs and frame cap; and opening it.
struct DisplayOptions: ParsableArguments {
    @Option(help: "A theme name (see 'cascade themes') or a path to a theme .toml file.")
    var theme = "default-dark"

    @Option(help: "Colour depth: auto, truecolor, 256, 16, 8 or none.")
    var color = "auto"

    @Flag(help: "Draw with ASCII only (no box, block or braille characters).")
    var ascii = false

    @Option(help: "Frame cap, frames per second.")
    var fps = 20

    @Flag(help: "Leave the mouse to the terminal (for selecting text) instead of clicks and the wheel.")
    var noMouse = false

    func validate() throws {
        guard color == "auto" || ColorDepth(rawValue: color) != nil else {
            throw ValidationError("--color must be auto, truecolor, 256, 16, 8 or none, not '\(color)'")
        }
        guard (1...120).contains(fps) else { throw ValidationError("--fps must lie between 1 and 120") }
    }

    /// Runs the dashboard on `scenario` until the user quits; the terminal is restored on every path.
    func open(
        scenario: Scenario, seed: UInt64, speed: Double, paused: Bool, warmUp: SimTime = 0, lesson: Lesson? = nil
    ) throws {
        let environment = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog.standard(
            environment: environment, currentDirectory: FileManager.default.currentDirectoryPath)
        let (loaded, warning) = catalog.load(theme)
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(
                environment: environment, requestedDepth: ColorDepth(rawValue: color), ascii: ascii, mouse: !noMouse)
        } catch {
            StandardStreams.writeError("\(error)\n")
            throw ExitCode.failure
        }
        defer { terminal.restore() }
        let host = EngineHost(
            scenario: scenario, seed: seed, speed: speed, paused: paused, warmUp: warmUp, framesPerSecond: fps)
        host.start()
        defer { host.stop() }
        let app = DashboardApp(
            terminal: terminal, host: host, catalog: catalog, theme: loaded,
            themeName: warning == nil ? theme : loaded.name, glyphs: terminal.glyphs, framesPerSecond: fps)
        if let lesson { app.startLesson(lesson, restart: false) }
        if let warning { app.announce("\(warning); using \(loaded.name)", isError: true) }
        app.run()
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
            text += "\(entry.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(entry.description)"
            text += "  (\(entry.source))\n"
        }
        StandardStreams.writeOutput(text)
    }
}

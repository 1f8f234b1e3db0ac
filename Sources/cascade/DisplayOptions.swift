import ArgumentParser
import CascadeCore
import CascadeSim
import Dashboard
import Foundation
import TerminalKit

/// How the dashboard draws: theme, colour depth, glyphs and frame cap; and opening it.
struct DisplayOptions: ParsableArguments {
    @Option(help: "A theme name (see 'cascade themes') or a path to a theme .toml file (default: default-dark).")
    var theme: String?

    @Option(help: "Colour depth: auto, truecolor, 256, 16, 8 or none.")
    var color = "auto"

    @Flag(help: "Draw with ASCII only (no box, block or braille characters).")
    var ascii = false

    @Option(parsing: .unconditional, help: "Frame cap, frames per second (default: 20).")
    var fps: Int?

    @Flag(help: "Leave the mouse to the terminal (for selecting text) instead of clicks and the wheel.")
    var noMouse = false

    func validate() throws {
        guard color == "auto" || ColorDepth(rawValue: color) != nil else {
            throw ValidationError("--color must be auto, truecolor, 256, 16, 8 or none, not '\(color)'")
        }
        if let fps, !(1...120).contains(fps) {
            throw ValidationError("--fps must lie between 1 and 120, got \(fps)")
        }
    }

    /// The config file's settings and problems (none without a file).
    static func loadConfig() -> (settings: DashboardConfig, problems: [ConfigError]) {
        guard let path = DashboardConfig.path(environment: ProcessInfo.processInfo.environment) else {
            return (DashboardConfig(), [])
        }
        return DashboardConfig.load(path: path) { try? StandardStreams.readText($0) }
    }

    /// Runs the dashboard on `scenario` until the user quits; the terminal is restored on every path.
    /// `warmUp`: simulated time before the first frame (nil: the scenario's `dashboardWarmUp`). `config`:
    /// the config file's settings (flags given win) and problems, shown in the status line. `world`:
    /// what the scenario was built from, for `:save`, and the session it resumes (nil for a lesson).
    func open(
        scenario: Scenario, seed: UInt64, speed: Double, paused: Bool, warmUp: SimTime?, lesson: Lesson? = nil,
        config: (settings: DashboardConfig, problems: [ConfigError]),
        world: (source: ScenarioSource, resuming: SessionFile?)? = nil
    ) throws {
        let theme = theme ?? config.settings.theme ?? "default-dark"
        let fps = fps ?? config.settings.fps ?? 20
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
        let resuming = world?.resuming
        let host = EngineHost(
            scenario: scenario, seed: seed, speed: speed, paused: paused, warmUp: warmUp ?? scenario.dashboardWarmUp,
            resuming: resuming, framesPerSecond: fps)
        host.start()
        defer { host.stop() }
        if world != nil, resuming == nil {
            for command in config.settings.accountCommands(for: scenario) { host.send(.command(command)) }
        }
        let app = DashboardApp(
            terminal: terminal, host: host, catalog: catalog, theme: loaded,
            themeName: warning == nil ? theme : loaded.name, glyphs: terminal.glyphs, framesPerSecond: fps,
            warmUp: warmUp, origin: world?.source, sessions: SessionStore.standard(environment: environment),
            keyMap: config.settings.keyMap)
        if let resuming { app.resumed(from: resuming) }
        if let lesson { app.startLesson(lesson, restart: false) }
        if let warning { app.announce("\(warning); using \(loaded.name)", isError: true) }
        if let problem = config.problems.first {
            // The count first, so a narrow status line still shows that there are more.
            let count = config.problems.count > 1 ? "1 of \(config.problems.count) (cascade config --check): " : ""
            app.announce("\(count)\(problem)", isError: true)
        }
        app.run()
    }
}

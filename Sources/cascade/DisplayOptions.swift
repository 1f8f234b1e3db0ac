import ArgumentParser
import CascadeCore
import CascadeSim
import Dashboard
import Foundation
import TerminalKit

/// How the dashboard draws: theme, colour depth, glyphs and frame cap; and opening it.
struct DisplayOptions: ParsableArguments {
    @Option(help: "A theme name (see 'cascade themes') or a path to a theme .toml file.")
    var theme = "default-dark"

    @Option(help: "Colour depth: auto, truecolor, 256, 16, 8 or none.")
    var color = "auto"

    @Flag(help: "Draw with ASCII only (no box, block or braille characters).")
    var ascii = false

    @Option(parsing: .unconditional, help: "Frame cap, frames per second.")
    var fps = 20

    @Flag(help: "Leave the mouse to the terminal (for selecting text) instead of clicks and the wheel.")
    var noMouse = false

    func validate() throws {
        guard color == "auto" || ColorDepth(rawValue: color) != nil else {
            throw ValidationError("--color must be auto, truecolor, 256, 16, 8 or none, not '\(color)'")
        }
        guard (1...120).contains(fps) else { throw ValidationError("--fps must lie between 1 and 120, got \(fps)") }
    }

    /// Runs the dashboard on `scenario` until the user quits; the terminal is restored on every path.
    /// `warmUp`: simulated time before the first frame (nil: the scenario's `dashboardWarmUp`).
    func open(
        scenario: Scenario, seed: UInt64, speed: Double, paused: Bool, warmUp: SimTime?, lesson: Lesson? = nil
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
            scenario: scenario, seed: seed, speed: speed, paused: paused, warmUp: warmUp ?? scenario.dashboardWarmUp,
            framesPerSecond: fps)
        host.start()
        defer { host.stop() }
        let app = DashboardApp(
            terminal: terminal, host: host, catalog: catalog, theme: loaded,
            themeName: warning == nil ? theme : loaded.name, glyphs: terminal.glyphs, framesPerSecond: fps,
            warmUp: warmUp)
        if let lesson { app.startLesson(lesson, restart: false) }
        if let warning { app.announce("\(warning); using \(loaded.name)", isError: true) }
        app.run()
    }
}

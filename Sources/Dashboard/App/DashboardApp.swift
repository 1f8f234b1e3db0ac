import CascadeCore
import CascadeSim
import Foundation
import TerminalKit

/// The running dashboard: reads keys, hands effects to the engine, and draws the newest snapshot
/// at most `framesPerSecond` times a second, only when something changed. Works on any `Terminal`,
/// so tests drive it with a `MemoryTerminal`.
public final class DashboardApp {
    /// The screen state the reducer keeps (focus, overlay, lesson, status line); tests read it.
    public private(set) var state: AppState
    /// The theme frames are drawn with; `t` and `:theme` replace it.
    public private(set) var theme: Theme
    private let terminal: any Terminal
    private let host: EngineHost
    private let catalog: ThemeCatalog
    private let glyphs: Glyphs
    private let frameInterval: Duration
    private var snapshot: MarketSnapshot?
    private var previous: MarketSnapshot?
    /// The engine's warm-up as last drawn; nil when none runs.
    private var warmUp: WarmUpProgress?
    /// The world generation and sequence number of the last reply shown.
    private var lastReply = (generation: 0, sequence: 0)
    private var dirty = true
    /// World restarts asked for so far: the generation the next world's snapshots will carry.
    private var restarts = 0
    /// The option chain the engine was last asked to put in snapshots.
    private var shownChain: OptionChainRequest?
    /// The warm-up a `:scenario` restart runs: the launch's `--warmup`, or when none was given, the
    /// new scenario's `dashboardWarmUp`.
    private let warmUpChoice: SimTime?
    /// What the running world was built from, for `:save`; nil while a lesson's world runs.
    private var origin: ScenarioSource?
    /// Where `:save` writes sessions; nil when the environment names no data folder.
    private let sessions: SessionStore?

    /// An app drawing `host`'s snapshots on `terminal`; it reads no keys and draws nothing until `run()`.
    /// `framesPerSecond` caps redraws (values below 1 count as 1); `warmUp` is the launch's
    /// `--warmup` (nil when not given), which scenario restarts reuse. `origin` is what the host's
    /// world was built from and `sessions` where `:save` writes (either nil: nothing can be saved);
    /// `keyMap` the main screen's keys (the config file's).
    public init(
        terminal: any Terminal, host: EngineHost, catalog: ThemeCatalog, theme: Theme, themeName: String,
        glyphs: Glyphs,
        framesPerSecond: Int, warmUp: SimTime? = nil, origin: ScenarioSource? = nil, sessions: SessionStore? = nil,
        keyMap: KeyMap = .standard
    ) {
        warmUpChoice = warmUp
        self.origin = origin
        self.sessions = sessions
        self.terminal = terminal
        self.host = host
        self.catalog = catalog
        self.theme = theme
        self.glyphs = glyphs
        state = AppState(themeName: themeName)
        state.keyMap = keyMap
        frameInterval = .milliseconds(1_000 / max(1, framesPerSecond))
    }

    /// Shows `message` in the status line (a theme warning at start, say).
    public func announce(_ message: String, isError: Bool) {
        state.status = (message.escapingNonPrintable(), isError)
    }

    /// Runs until the user quits.
    public func run() {
        let clock = ContinuousClock()
        var lastFrame = clock.now - frameInterval
        var lastCheck = clock.now
        while !state.shouldQuit {
            if clock.now - lastCheck > .seconds(1) {
                lastCheck = clock.now
                if !terminal.isConnected { return }
            }
            if let key = terminal.readKey(timeoutMilliseconds: 16) {
                handle(key)
                dirty = true
            }
            if let latest = host.snapshot, latest.version != snapshot?.version {
                previous = snapshot
                snapshot = latest
                announceReplies()
                if state.takeNotices(from: latest) && state.bell { terminal.bell() }
                for effect in state.updateLesson(snapshot) { apply(effect) }
                requestOptionChain()
                dirty = true
            }
            if let progress = host.warmUp, progress != warmUp {
                warmUp = progress
                dirty = true
            } else if warmUp != nil, host.warmUp == nil {
                warmUp = nil
                dirty = true
            }
            let now = clock.now
            if dirty && now - lastFrame >= frameInterval {
                lastFrame = now
                dirty = false
                terminal.present(render(width: terminal.width, height: terminal.height), theme: theme)
            }
        }
    }

    /// Applies one key: the reducer, then its effects.
    public func handle(_ key: Key) {
        let layout = DashboardLayout(width: terminal.width, height: terminal.height, state: state)
        state.screen = (terminal.width, terminal.height)
        let effects =
            if case .mouse(let x, let y, let action) = key {
                state.handleMouse(x: x, y: y, action: action, layout: layout, snapshot: snapshot)
            } else {
                state.handle(
                    key, snapshot: snapshot,
                    visible: layout.map { state.workspace.screen.panels(in: $0).map(\.panel) } ?? [])
            }
        for effect in effects + state.updateLesson(snapshot) { apply(effect) }
        requestOptionChain()
    }

    /// Asks the engine for the chain the Options workspace shows whenever that choice changes (a
    /// workspace switch, another underlying or expiry), so snapshots carry one chain, only while shown.
    private func requestOptionChain() {
        let wanted = state.optionChainRequest
        guard wanted != shownChain else { return }
        shownChain = wanted
        host.send(.showOptions(wanted))
    }

    private func apply(_ effect: AppEffect) {
        switch effect {
        case .engine(let request): host.send(request)
        case .nextTheme:
            let names = catalog.names()
            let next = names[((names.firstIndex(of: state.themeName) ?? -1) + 1) % names.count]
            switchTheme(to: next)
        case .theme(let name): switchTheme(to: name)
        case .scenario(let name):
            do {
                let source = try ScenarioSource.load(name) { path in
                    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
                }
                let scenario = try source.scenario()
                origin = source
                restart(
                    .restart(
                        scenario, seed: nil, warmUp: warmUpChoice ?? scenario.dashboardWarmUp, generation: restarts + 1)
                )
                state.status = ("Scenario \(scenario.name): \(scenario.description)", false)
            } catch {
                state.status = ("\(error)", true)
            }
        case .reset:
            // The same scenario, so `origin` still describes it (nil after a lesson's: not saveable).
            restart(.reset(warmUp: warmUpChoice, generation: restarts + 1))
            state.status = ("Started over: the same market from its beginning, your starting balance", false)
        case .export(let folder):
            guard let history = snapshot?.history else { return }
            let written = HistoryCSV.write(history, to: folder)
            state.status = (written.text.escapingNonPrintable(), written.isError)
        case .startLesson(let lesson): startLesson(lesson, restart: true)
        case .save(let name): save(name)
        case .restartLesson(let scenario, let restart):
            guard let lesson = state.lesson?.lesson else { return }
            restarts += 1
            host.send(.restart(scenario, seed: LessonLibrary.seed, warmUp: lesson.warmUp, generation: restarts))
            state.lesson?.moved(to: restarts)
            state.status = (
                "\(lesson.title): the same market under \(restart.summary)", false
            )
        }
    }

    /// Sends `request` (a restart of the world) and leaves the old world's choices: a lesson (its
    /// goals belong to its own world), the instrument, the selected row.
    private func restart(_ request: EngineRequest) {
        restarts += 1
        host.send(request)
        if state.lesson != nil { host.send(.setPaused(false)) }
        state.lesson = nil
        state.instrument = .first
        state.selectedRow = 0
    }

    /// Plays `lesson`; with `restart`, the world starts over on the lesson's scenario (otherwise it
    /// already runs it, as when `cascade lesson NAME` starts).
    public func startLesson(_ lesson: Lesson, restart: Bool) {
        if restart {
            origin = nil
            restarts += 1
            host.send(
                .restart(lesson.scenario, seed: LessonLibrary.seed, warmUp: lesson.warmUp, generation: restarts))
        }
        state.lesson = LessonProgress(lesson: lesson, generation: restarts)
        state.instrument = .first
        state.selectedRow = 0
        state.status = ("Lesson: \(lesson.title)", false)
        dirty = true
    }

    /// Asks the engine to save its world as session `text`, or says why it cannot be.
    private func save(_ text: String) {
        do throws(SessionError) {
            let name = try SessionName(text)
            guard let sessions else {
                throw SessionError(file: text, message: "no folder for sessions: set XDG_DATA_HOME or HOME")
            }
            guard let origin, state.lesson == nil else {
                throw SessionError(
                    file: text, message: "a lesson's world cannot be saved; :scenario NAME starts one that can")
            }
            host.send(.save(name, scenario: origin, store: sessions))
        } catch {
            state.status = ("Not saved: \(error)", true)
        }
    }

    /// Goes on from `session`, which the host's world was rebuilt from: the user's orders are
    /// numbered after the session's.
    public func resumed(from session: SessionFile) {
        state.lastClientOrderID = session.journal.lastClientOrderID
    }

    private func switchTheme(to name: String) {
        let (loaded, warning) = catalog.load(name)
        theme = loaded
        state.themeName = warning == nil ? name : loaded.name
        state.status = warning.map { ("\($0)".escapingNonPrintable(), true) } ?? ("Theme \(name)", false)
    }

    /// Puts the engine's replies to the user's commands, and news of their orders, in the status
    /// line: each once, by its sequence number (which a restarted world starts again).
    private func announceReplies() {
        guard let snapshot else { return }
        if snapshot.generation != lastReply.generation { lastReply = (snapshot.generation, 0) }
        for reply in snapshot.replies where reply.sequence > lastReply.sequence {
            state.status = (reply.text, reply.isError)
            lastReply.sequence = reply.sequence
        }
    }

    /// The whole screen for the current state and snapshot.
    public func render(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        guard let layout = DashboardLayout(width: width, height: height, state: state) else {
            TooSmallView.draw(width: width, height: height, canvas: &canvas)
            return canvas
        }
        guard let snapshot else {
            let text = warmUp?.text ?? "Starting the market…"
            canvas.put(
                text, x: max(0, (width - text.count) / 2), y: height / 2, style: Style(.muted), maxWidth: width)
            return canvas
        }
        let context = ViewContext(snapshot: snapshot, previous: previous, state: state, glyphs: glyphs)
        DashboardScreen.draw(context, layout: layout, canvas: &canvas)
        // A restart's warm-up: the old world stays on screen, frozen, under what is being prepared.
        if let warmUp, snapshot.generation < restarts {
            MessageBox.draw(title: "Restarting", lines: [warmUp.text], role: .accent, glyphs: glyphs, canvas: &canvas)
        }
        return canvas
    }
}

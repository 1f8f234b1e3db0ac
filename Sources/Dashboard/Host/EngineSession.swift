import CascadeCore
import CascadeSim
import Foundation

/// The engine thread's state: the world, what it records for the screen, and the clock settings.
public struct EngineSession {
    private(set) var world: World
    var recorder: DashboardRecorder
    private(set) var speed: Double
    private(set) var paused: Bool
    /// The option chain snapshots carry; it survives restarts.
    private(set) var chain: OptionChainRequest?
    private let seed: UInt64
    /// Simulated time the wall clock has earned so far, in milliseconds (fractional).
    private var target: Double = 0
    private var version: Int
    /// Counts restarts, so the UI can tell the new world's snapshots from the old one's.
    private let generation: Int
    /// Every command sent into this world so far, for `:save`.
    private(set) var journal = SessionJournal()
    /// The user's orders whose ticket set a take-profit or stop-loss, until they leave the book.
    var brackets: [PendingBracket] = []

    /// `seed` is the dashboard's (`--seed`), kept for later restarts; `worldSeed`, when given, seeds
    /// this world instead (lessons use their own). The world first runs for `warmUp`, as fast as it
    /// can, telling `report` after each simulated minute how far it got; the warm-up stops early
    /// (the world stays where it got to) when `report` returns false, as when the app quits.
    /// `resuming` a saved session (of this scenario and seed), the warm-up replays its commands,
    /// each at its time, up to the time it was saved.
    public init(
        scenario: Scenario, seed: UInt64, worldSeed: UInt64? = nil, speed: Double, paused: Bool, warmUp: SimTime = 0,
        resuming session: SessionFile? = nil, generation: Int = 0, version: Int = 0,
        report: (WarmUpProgress) -> Bool = { _ in true }
    ) {
        self.seed = seed
        self.generation = generation
        self.version = version
        self.speed = speed
        self.paused = paused
        world = World(scenario: scenario, seed: worldSeed ?? seed, lendingFallback: .background)
        let exchange = world.exchange
        recorder = DashboardRecorder(
            instruments: exchange.instruments,
            instrumentAssets: exchange.instrumentAssets,
            user: World.userAccount, statistics: world.statistics)
        let total = max(warmUp, session?.time ?? 0)
        var pending = session?.journal.entries[...] ?? []
        var done: SimTime = 0
        // Said at once, before the first simulated minute (a debug build takes a while over it).
        var going = total == 0 || report(WarmUpProgress(scenario: scenario.name, session: session?.name, total: total))
        while going && done < total {
            done = min(total, done + WarmUpProgress.step)
            while let entry = pending.first, entry.at <= done {
                replay(pending.removeFirst())
            }
            world.run(until: done, observer: &recorder)
            going = report(WarmUpProgress(scenario: scenario.name, session: session?.name, done: done, total: total))
        }
        if done == total { for entry in pending { replay(entry) } }
        target = Double(done)
        settleBrackets()
        if let session, done == total { checkReplay(of: session) }
    }

    /// Applies one request from the UI (a command, a clock setting, a restart) on the engine thread;
    /// a restart's warm-up reports to `report` as `init` does.
    public mutating func handle(_ request: EngineRequest, report: (WarmUpProgress) -> Bool = { _ in true }) {
        switch request {
        case .command(let command):
            let step = recorder.replies.last?.sequence ?? 0
            apply(command)
            followPositions(since: step)
        case .bracketed(let order, let bracket):
            let step = recorder.replies.last?.sequence ?? 0
            apply(.place(order), bracket: bracket)
            followPositions(since: step)
        case .lending(let intent):
            for command in intent.commands(for: World.userAccount, on: world.exchange) {
                handle(.command(command))
            }
        case .addAlert(let instrument, let above, let price):
            recorder.addAlert(instrument, above: above, price: price, place: world.place)
        case .clearAlerts(let id): recorder.clearAlerts(id, place: world.place)
        case .setSpeed(let value): speed = SimulationSpeed.clamped(value)
        case .setPaused(let value): paused = value
        case .showOptions(let request): chain = request
        case .save(let name, let scenario, let store): save(name, scenario: scenario, in: store)
        case .reset(let warmUp, let generation):
            // A new world: its journal (and digest) start anew with it, so a later `:save` holds only
            // what was sent into this world, and `--resume` rebuilds it from its own beginning.
            let scenario = world.scenario
            handle(
                .restart(scenario, seed: nil, warmUp: warmUp ?? scenario.dashboardWarmUp, generation: generation),
                report: report)
        case .restart(let scenario, let worldSeed, let warmUp, let generation):
            let chain = chain
            self = EngineSession(
                scenario: scenario, seed: seed, worldSeed: worldSeed, speed: speed, paused: paused, warmUp: warmUp,
                generation: generation, version: version, report: report)
            self.chain = chain
        }
    }

    /// Moves the world on by `wallSeconds` × speed, at most a simulated minute per call (so a slow
    /// machine falls behind instead of stalling the inbox).
    mutating func advance(wallSeconds: Double) {
        guard !paused else { return }
        target = min(target + wallSeconds * speed * 1_000, Double(world.now) + Double(SimTime.minute))
        let step = recorder.replies.last?.sequence ?? 0
        world.run(until: SimTime(target), observer: &recorder)
        followPositions(since: step)
        sampleEquity()
    }

    /// Adds the user's equity to the history's curve when a new simulated minute began since the
    /// last sample (`advance` moves at most a minute per call, so no minute is skipped).
    private mutating func sampleEquity() {
        if let last = recorder.history.equity.last, last.time / .minute == world.now / .minute { return }
        let equity = SnapshotBuilder(world: world, recorder: recorder, chain: nil).account().equity
        recorder.history.sample(equity: equity, at: world.now)
    }

    /// Applies one of the user's commands, gathering the engine's reply to it; an order's `bracket`
    /// waits for its fills (`followPositions`).
    private mutating func apply(_ command: Command, bracket: Bracket? = nil) {
        recorder.willApply(command, place: world.place)
        submit(command, origin: .user, bracket: bracket)
        recorder.didApply(place: world.place)
        if let bracket, case .place(let order) = command { watch(bracket, for: order) }
    }

    /// Sends `command` into the world at the current time and writes it in the journal: every
    /// command the dashboard sends goes through here.
    mutating func submit(_ command: Command, origin: SessionJournal.Origin, bracket: Bracket? = nil) {
        journal.append(command, at: world.now, origin: origin, bracket: bracket)
        world.submit(command, observer: &recorder)
    }

    /// Runs the world to `entry`'s time and applies its command as it was applied live.
    private mutating func replay(_ entry: SessionJournal.Entry) {
        world.run(until: entry.at, observer: &recorder)
        switch entry.origin {
        case .user: apply(entry.command, bracket: entry.bracket)
        case .dashboard: submit(entry.command, origin: .dashboard)
        }
    }

    /// Writes this world to `store` as session `name`, and says in the status line how that went.
    /// `scenario` must describe the world's scenario (a lesson's world, say, has none to save).
    private mutating func save(_ name: SessionName, scenario: ScenarioSource, in store: SessionStore) {
        do throws(SessionError) {
            guard (try? scenario.scenario()) == world.scenario else {
                throw SessionError(file: name.text, message: "this world was not built from \(scenario.reference)")
            }
            let replaced = try store.save(
                SessionFile(
                    name: name.text, scenario: scenario, seed: world.seed, time: world.now, speed: speed,
                    paused: paused,
                    eventHash: recorder.digest.hex, savedAt: Date(), journal: journal))
            let what = "Saved session \(name)\(replaced ? " (replacing the older one)" : "")"
            recorder.reply(
                "\(what) at \(SimDuration.format(world.now)); cascade --resume \(name) goes on from here",
                isError: false)
        } catch {
            recorder.reply("Not saved: \(error)", isError: true)
        }
    }

    /// Says whether replaying `session` rebuilt the world it was saved from: the same events, to the
    /// bit, end in the same digest.
    private mutating func checkReplay(of session: SessionFile) {
        let resumed = "session \(session.name) (\(session.scenario.reference), seed \(session.seed))"
        if recorder.digest.hex == session.eventHash {
            recorder.reply("Resumed \(resumed) at \(SimDuration.format(world.now))", isError: false)
        } else {
            recorder.reply(
                "Resumed \(resumed), but its replay gave other events (hash \(recorder.digest.hex), saved "
                    + "\(session.eventHash)): the scenario file or Cascade changed since it was saved", isError: true)
        }
    }

    /// Runs the world to simulated `time` regardless of the wall clock (benchmarks, tests).
    public mutating func advanceSimulated(to time: SimTime) {
        target = Double(time)
        let step = recorder.replies.last?.sequence ?? 0
        world.run(until: time, observer: &recorder)
        followPositions(since: step)
        sampleEquity()
    }

    /// What the UI draws next: the world and the recorded series now.
    public mutating func snapshot() -> MarketSnapshot {
        version += 1
        return SnapshotBuilder(world: world, recorder: recorder, chain: chain).build(
            version: version, generation: generation, speed: speed, paused: paused)
    }
}

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// Plays a lesson headless: the real reducer and lesson logic against a real engine session, the
/// clock moved by hand. What `DashboardApp` does, minus the terminal.
struct LessonPlayer {
    var session: EngineSession
    var state = AppState(themeName: "default-dark")
    private(set) var snapshot: MarketSnapshot
    /// Every step index the lesson passed through, in order, and whether the clock was paused there.
    private(set) var visited: [(step: Int, paused: Bool)] = []
    /// The option chain last asked of the engine.
    private var shownChain: OptionChainRequest?

    init(_ lesson: Lesson) {
        session = EngineSession(
            scenario: lesson.scenario, seed: LessonLibrary.seed, speed: 1, paused: false, warmUp: lesson.warmUp)
        snapshot = session.snapshot()
        state.lesson = LessonProgress(lesson: lesson, generation: 0)
        apply(state.updateLesson(snapshot))
    }

    var progress: LessonProgress { state.lesson! }

    /// Each key, then half a second of the world (at 1x, unless paused) as a learner's hands take.
    mutating func press(_ keys: Key...) {
        for key in keys {
            apply(state.handle(key, snapshot: snapshot, visible: AppState.Panel.allCases))
            session.advance(wallSeconds: 0.5)
            apply([])
        }
    }

    mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    /// Runs the world a minute at a time until the current step is done or `limit` has passed.
    mutating func wait(atMost limit: SimTime) {
        let step = progress.step
        let end = session.world.now + limit
        while progress.step == step && session.world.now < end {
            session.advanceSimulated(to: session.world.now + .minute)
            apply([])
        }
    }

    private mutating func apply(_ effects: [AppEffect]) {
        for effect in effects {
            if case .engine(let request) = effect { session.handle(request) }
            if case .restartLesson(let scenario, _) = effect {
                let generation = progress.generation + 1
                session.handle(
                    .restart(scenario, seed: LessonLibrary.seed, warmUp: progress.lesson.warmUp, generation: generation)
                )
                state.lesson?.moved(to: generation)
            }
        }
        // As `DashboardApp` does: the Options workspace's chain is asked for whenever the choice changes.
        if state.optionChainRequest != shownChain {
            shownChain = state.optionChainRequest
            session.handle(.showOptions(shownChain))
        }
        snapshot = session.snapshot()
        let more = state.updateLesson(snapshot)
        if !more.isEmpty { apply(more) }
        if let lesson = state.lesson, visited.last?.step != lesson.step {
            visited.append((lesson.step, session.paused))
        }
    }
}

import CascadeCore
import CascadeSim

/// A guided lesson: a market to learn in and steps, each with something to read or do and a goal
/// the app detects before moving on.
public struct Lesson: Sendable {
    /// What `cascade lesson NAME` and `:lesson NAME` take.
    public var name: String
    /// Heading of the lesson card and the picker; the status line names it when the lesson starts.
    public var title: String
    /// One line for `cascade lessons` and the picker.
    public var summary: String
    /// The market it runs on, started from `LessonLibrary.seed` so every learner sees the same one.
    public var scenario: Scenario
    /// In order; the lesson is complete once the last step's goal is met.
    public var steps: [LessonStep]
    /// Simulated time the market runs before the first step, so the learner starts on a live book.
    public var warmUp: SimTime = 5 * .minute
}

/// One step: what to do, which panel matters, whether the clock stops while the learner reads, and
/// what counts as done.
public struct LessonStep: Sendable {
    /// What the lesson card tells the learner to read or do.
    public var text: String
    /// Focused when the step begins, so its border stands out.
    var panel: AppState.Panel?
    /// The simulation pauses when the step begins (reading steps), and resumes when it is done.
    var pausesClock: Bool
    var goal: LessonGoal
    /// A hint the card adds to `text` while its condition is met: what to do when the world is slow
    /// to reach the goal (no keeper barked the vault yet: `:bark` it yourself).
    var nudge: (when: LessonGoal, text: String)?
    /// When the step begins, the world starts over on the lesson's scenario and seed with this change:
    /// the same market, another waterfall or margin model.
    public var restart: LessonRestart?
    /// The card adds the runs so far and this one, compared (`LessonRun`).
    var comparesRuns = false

    /// A step finished by `goal`, focusing no panel, leaving the clock running and the world as it
    /// is unless told.
    public init(
        _ text: String, panel: AppState.Panel? = nil, pausesClock: Bool = false, goal: LessonGoal,
        restart: LessonRestart? = nil
    ) {
        self.text = text
        self.panel = panel
        self.pausesClock = pausesClock
        self.goal = goal
        self.restart = restart
    }

    /// This step with `text` added to the card while `condition` is met.
    func nudging(when condition: LessonGoal, _ text: String) -> LessonStep {
        var step = self
        step.nudge = (condition, text)
        return step
    }

    /// What the card says now: the text, and the nudge while its condition is met.
    func text(snapshot: MarketSnapshot, state: AppState, since: Int) -> String {
        guard let nudge, nudge.when.isMet(snapshot: snapshot, state: state, since: since) else { return text }
        return text + " " + nudge.text
    }

    /// A step to read; Enter moves on.
    public static func read(_ text: String, panel: AppState.Panel? = nil) -> LessonStep {
        LessonStep(text, panel: panel, pausesClock: true, goal: .read)
    }

    /// A step to read that compares the lesson's runs after its text.
    static func compare(_ text: String, panel: AppState.Panel? = nil) -> LessonStep {
        var step = read(text, panel: panel)
        step.comparesRuns = true
        return step
    }
}

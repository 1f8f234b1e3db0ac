/// Where the learner is in a lesson.
public struct LessonProgress: Sendable {
    /// The lesson played: `step` indexes its steps.
    public let lesson: Lesson
    /// Index of the current step; `lesson.steps.count` once complete.
    public private(set) var step = 0
    /// Goals are judged only on snapshots of this world generation (the lesson's own world).
    public private(set) var generation: Int
    /// The newest log sequence when the current step began: event goals count only later lines.
    var since = 0
    /// The current step's start has been applied (focus, pause).
    var begun = false
    /// The worlds a step started over, as they ended, oldest first.
    private(set) var runs: [LessonRun] = []
    /// The last restart, which names the runs in a comparison.
    private(set) var restart: LessonRestart?

    /// Progress at the first step of `lesson`, judged only on snapshots of world `generation`.
    public init(lesson: Lesson, generation: Int) {
        self.lesson = lesson
        self.generation = generation
    }

    /// The lesson's world started over (a step's `restart`) as `generation`: goals are judged on it from
    /// its first log line.
    mutating func moved(to generation: Int) {
        self.generation = generation
        since = 0
    }

    /// Keeps the run `snapshot` shows before `restart` starts the world over.
    mutating func keep(_ snapshot: MarketSnapshot, before restart: LessonRestart) {
        runs.append(LessonRun(snapshot, labelledBy: restart))
        self.restart = restart
    }

    /// The kept runs and the one `snapshot` shows, one line each; empty before any restart.
    func comparison(_ snapshot: MarketSnapshot) -> [String] {
        guard let restart else { return [] }
        return (runs + [LessonRun(snapshot, labelledBy: restart)]).map(\.text)
    }

    /// What the card says for the current step: its text, then the comparison when it compares runs.
    func text(snapshot: MarketSnapshot, state: AppState) -> String {
        guard let step = current else { return "" }
        let text = step.text(snapshot: snapshot, state: state, since: since)
        guard step.comparesRuns else { return text }
        return ([text] + comparison(snapshot)).joined(separator: " · ")
    }

    var current: LessonStep? { lesson.steps.indices.contains(step) ? lesson.steps[step] : nil }
    var isComplete: Bool { step >= lesson.steps.count }

    /// Moves to the next step; returns whether the clock should run again (the finished step had
    /// paused it and the next one does not).
    mutating func finishStep() -> Bool {
        let paused = current?.pausesClock ?? false
        step += 1
        begun = false
        return paused && !(current?.pausesClock ?? false)
    }
}

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

    /// Progress at the first step of `lesson`, judged only on snapshots of world `generation`.
    public init(lesson: Lesson, generation: Int) {
        self.lesson = lesson
        self.generation = generation
    }

    /// The lesson's world started over (a step's `restyle`) as `generation`: goals are judged on it from
    /// its first log line.
    mutating func moved(to generation: Int) {
        self.generation = generation
        since = 0
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

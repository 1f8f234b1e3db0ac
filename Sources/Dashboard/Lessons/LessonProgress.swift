/// Where the learner is in a lesson.
public struct LessonProgress: Sendable {
    public let lesson: Lesson
    /// Index of the current step; `lesson.steps.count` once complete.
    public private(set) var step = 0
    /// Goals are judged only on snapshots of this world generation (the lesson's own world).
    public private(set) var generation: Int
    /// The newest log sequence when the current step began: event goals count only later lines.
    var since = 0
    /// The current step's start has been applied (focus, pause).
    var begun = false

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

    public var current: LessonStep? { lesson.steps.indices.contains(step) ? lesson.steps[step] : nil }
    public var isComplete: Bool { step >= lesson.steps.count }

    /// Moves to the next step; returns whether the clock should run again (the finished step had
    /// paused it and the next one does not).
    mutating func finishStep() -> Bool {
        let paused = current?.pausesClock ?? false
        step += 1
        begun = false
        return paused && !(current?.pausesClock ?? false)
    }
}

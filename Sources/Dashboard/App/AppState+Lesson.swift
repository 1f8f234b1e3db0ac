import TerminalKit

extension AppState {
    /// Applies the lesson's current step to a new snapshot or key: begins the step (focus its panel,
    /// pause the clock for reading), or moves on when its goal is met.
    mutating func updateLesson(_ snapshot: MarketSnapshot?) -> [AppEffect] {
        guard var progress = lesson, let snapshot, snapshot.generation == progress.generation else { return [] }
        var effects: [AppEffect] = []
        while let step = progress.current {
            if !progress.begun {
                progress.begun = true
                progress.since = snapshot.log.last?.sequence ?? 0
                if let panel = step.panel { focus = panel }
                if step.pausesClock { effects.append(.engine(.setPaused(true))) }
                if let restart = step.restart {
                    // The goal is judged on the new world, once its snapshots arrive.
                    progress.keep(snapshot, before: restart)
                    lesson = progress
                    return effects + [.restartLesson(restart.scenario(from: progress.lesson.scenario), restart)]
                }
            }
            guard step.goal.isMet(snapshot: snapshot, state: self, since: progress.since) else { break }
            if progress.finishStep() { effects.append(.engine(.setPaused(false))) }
        }
        lesson = progress
        return effects
    }

    /// Enter on the main screen: finishes a reading step, or closes a completed lesson's card.
    mutating func continueLesson() -> [AppEffect] {
        guard var progress = lesson else { return [] }
        if progress.isComplete {
            lesson = nil
            return []
        }
        guard progress.current?.goal == .read else {
            status = ("Do what the lesson card says to move on (L: lessons, :lesson off leaves)", false)
            return []
        }
        let resume = progress.finishStep()
        lesson = progress
        return resume ? [.engine(.setPaused(false))] : []
    }

    /// Ends the lesson being played; the market goes on.
    mutating func leaveLesson() -> [AppEffect] {
        guard let progress = lesson else {
            status = ("No lesson is running", true)
            return []
        }
        lesson = nil
        status = ("Left the lesson \(progress.lesson.title)", false)
        return [.engine(.setPaused(false))]
    }
}

import CascadeSim

/// What handling a key asks of the world outside the screen state.
public enum AppEffect: Sendable {
    case engine(EngineRequest)
    /// Switch to the next theme, or to the named one.
    case nextTheme
    case theme(String)
    /// Restart the world on a scenario (a built-in name or a path).
    case scenario(String)
    /// Save the world as a session of this name (`:save NAME`).
    case save(String)
    /// Restart the world on a lesson's scenario and play it.
    case startLesson(Lesson)
    /// Write the session's history as CSV files into this folder.
    case export(String)
    /// Start the world over on its own scenario (`:reset`).
    case reset
    /// Restart the running lesson's world on this scenario (its own, with the restart's change),
    /// keeping its place.
    case restartLesson(Scenario, LessonRestart)
}

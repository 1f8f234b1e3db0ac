import ArgumentParser
import Dashboard

/// `cascade lesson NAME`: the dashboard playing a guided lesson.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson", abstract: "Play a guided lesson in the dashboard (see 'cascade lessons').")

    @Argument(help: "The lesson's name.")
    var name: String

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        guard LessonLibrary.named(name) != nil else {
            throw ValidationError("no lesson '\(name)'; lessons: \(LessonLibrary.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        let lesson = LessonLibrary.named(name)!
        try display.open(
            scenario: lesson.scenario, seed: LessonLibrary.seed, speed: 1, paused: false, warmUp: lesson.warmUp,
            lesson: lesson, config: DisplayOptions.loadConfig())
    }
}

/// `cascade lessons`: the lessons, in teaching order, one line each.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons", abstract: "List the guided lessons.")

    func run() throws {
        let width = LessonLibrary.names.map(\.count).max() ?? 0
        var text = ""
        for lesson in LessonLibrary.all {
            text += "\(lesson.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(lesson.title): "
            text += "\(lesson.summary) (\(lesson.steps.count) steps)\n"
        }
        StandardStreams.writeOutput(text + "Play one with: cascade lesson NAME (or L in the dashboard)\n")
    }
}

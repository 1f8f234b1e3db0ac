import ArgumentParser
import CascadeSim

/// `cascade scenarios`: the built-in scenarios, one line each, or one scenario's file.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "List the built-in scenarios, or print one's TOML to start your own from."
    )

    @Option(help: "Print this scenario's TOML file.")
    var show: String?

    func run() throws {
        if let show {
            guard let entry = ScenarioLibrary.builtIn.first(where: { $0.name == show }) else {
                StandardStreams.writeError("no built-in scenario '\(show)'\n")
                throw ExitCode.validationFailure
            }
            StandardStreams.writeOutput(entry.toml)
            return
        }
        let width = ScenarioLibrary.names.map(\.count).max() ?? 0
        var text = ""
        for name in ScenarioLibrary.names {
            let scenario = try ScenarioLibrary.named(name)
            let padded = name.padding(toLength: width, withPad: " ", startingAt: 0)
            text +=
                "\(padded)  \(SimDuration.format(scenario.duration).padding(toLength: 4, withPad: " ", startingAt: 0))  \(scenario.description)\n"
        }
        StandardStreams.writeOutput(text)
    }
}

import ArgumentParser

@main
struct Cascade: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A terminal trading dashboard over a simulated crypto-derivatives exchange.",
        subcommands: [RunCommand.self, ScenariosCommand.self, BookCommand.self, CalcCommand.self, BenchCommand.self]
    )
}

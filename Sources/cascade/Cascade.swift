import ArgumentParser

@main
struct Cascade: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A terminal trading dashboard over a simulated crypto-derivatives exchange.",
        subcommands: [
            DashboardCommand.self, LessonCommand.self, LessonsCommand.self, RunCommand.self, ScenariosCommand.self,
            ThemesCommand.self, BookCommand.self,
            CalcCommand.self, BenchCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )
}

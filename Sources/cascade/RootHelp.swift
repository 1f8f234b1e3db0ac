import ArgumentParser

/// `cascade --help`: ArgumentParser's root help lists only the subcommands, but `cascade` alone opens
/// the dashboard, so its flags belong on the first screen a new user reads. This inserts the
/// dashboard's options (from its own help, so the two never disagree) before the root's options.
enum RootHelp {
    /// The version `cascade --version` prints.
    static let version = "cascade 0.22.0"

    /// The first line of the root help's usage, saying that the flags open the dashboard.
    static let usage = """
        cascade [<dashboard options>]    (opens the dashboard)
        cascade <subcommand>
        """

    /// `root` (the root command's help) with the OPTIONS section of `dashboard` (the dashboard
    /// command's help, without its `--help` line) inserted as `DASHBOARD OPTIONS:` before `OPTIONS:`,
    /// and `--version` (handled in `Cascade.main`) listed under `OPTIONS:`. `root` unchanged when a
    /// section is missing.
    static func text(root: String, dashboard: String) -> String {
        let dashboardLines = dashboard.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = dashboardLines.firstIndex(of: "OPTIONS:"),
            let insertion = root.range(of: "\nOPTIONS:\n")
        else { return root }
        let options = dashboardLines[(start + 1)...].prefix { !$0.isEmpty }.prefix { !$0.contains("--help") }
        let section = "\nDASHBOARD OPTIONS (cascade and cascade dashboard):\n" + options.joined(separator: "\n") + "\n"
        var text = root
        text.insert(
            contentsOf: "\n  --version               Show the version.", at: text.index(before: insertion.upperBound))
        text.insert(contentsOf: section, at: insertion.lowerBound)
        return text
    }

    /// Whether `message` is the root command's help screen (`cascade --help`, `-h`, `help`).
    static func isRootHelp(_ message: String) -> Bool {
        message == Cascade.helpMessage(for: Cascade.self)
    }

    /// The root help with the dashboard's options.
    static var full: String {
        text(root: Cascade.helpMessage(for: Cascade.self), dashboard: Cascade.helpMessage(for: DashboardCommand.self))
    }
}

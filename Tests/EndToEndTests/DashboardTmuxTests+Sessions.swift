import Foundation
import Testing

/// Issue #22, "configuration and sessions": the config file rebinds keys; `:save NAME` and
/// `cascade --resume NAME` go on from where the world was.
extension DashboardTmuxTests {
    /// A fresh folder standing for the user's config and data homes, and the assignments that point
    /// the dashboard at it.
    private func home() throws -> (folder: URL, environment: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cascade-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("config/cascade"), withIntermediateDirectories: true)
        return (folder, "XDG_CONFIG_HOME='\(folder.path)/config' XDG_DATA_HOME='\(folder.path)/data'")
    }

    /// `buy = "n"` and `help = "F2"` in the config file: `n` opens the buy ticket, `b` does nothing,
    /// F2 opens help listing `n` for buy, and the key hints say `n buy`; a bad line of the file is
    /// named in the status line with its line.
    @Test func theConfigFileRebindsKeysAndHelpShowsThem() throws {
        let (folder, environment) = try home()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = """
            [keys]
            buy = "n"
            help = "F2"
            quit = "Q"
            frobnicate = "y"
            """
        try config.write(
            to: folder.appendingPathComponent("config/cascade/config.toml"), atomically: true, encoding: .utf8)
        let session = try start(environment: environment)
        let first = try session.waitFor { showsPrices($0) && $0.contains("config.toml:5") }
        #expect(first.contains("config.toml:5: unknown action 'frobnicate'"))
        try session.send("b")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(!(try session.screen()).contains("Buy BTC-PERP"), "b is no longer bound")
        try session.send("n")
        try session.waitFor { $0.contains("Buy BTC-PERP") }
        try session.send("Escape")
        try session.waitFor { !$0.contains("Buy BTC-PERP") }
        try session.send("F2")
        let help = try session.waitFor { $0.contains("Keys (") }
        let line = help.split(separator: "\n").first { $0.contains("buy: open an order ticket") }
        // The help's frame or its column rule, then the key: wherever the layout puts the entry.
        #expect(line?.contains(/[│║] n +buy: open/) == true, "help lists n for buy: \(line ?? "")")
        try session.send("Escape")
        let hints = try session.waitFor { !$0.contains("Keys (") && $0.contains("n buy") && $0.contains("F2 help") }
        #expect(hints.contains("Q quit") && hints.contains("No position. n buy · s sell"))
        try session.send("Q")
        #expect(try session.waitFor { $0.contains("CASCADE-EXITED") }.contains("CASCADE-EXITED 0"))
    }

    /// A paused market with a long position saved as `one`, quit, and resumed in a new process: the
    /// same clock, the same position at the same entry and liquidation prices; `cascade sessions`
    /// lists it.
    @Test func aSavedSessionResumesWhereItWas() throws {
        let (folder, environment) = try home()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try start("--paused", warmUp: "1m", environment: environment)
        try first.waitFor { showsPrices($0) && $0.contains("PAUSED") }
        try first.send(":buy 0.5", literal: true)
        try first.send("Enter")
        let open = try first.waitFor { $0.contains("LONG") }
        let position = try #require(open.split(separator: "\n").first { $0.contains("LONG") })
        let clock = try #require(open.firstMatch(of: /day 1 \d\d:\d\d:\d\d/)).output
        try first.send(":save one", literal: true)
        try first.send("Enter")
        let saved = try first.waitFor { $0.contains("Saved session one") }
        #expect(saved.contains("cascade --resume one"))
        try first.send("q")
        try first.send("y")
        try first.waitFor { $0.contains("CASCADE-EXITED") }

        let list = try CascadeBinary.run(["sessions"], environment: ["XDG_DATA_HOME": folder.path + "/data"])
        #expect(list.output.contains("one   calm      3     1m"), "\(list.output)")

        let command =
            "cd '\(CascadeBinary.packageRoot.path)' && \(environment) '\(CascadeBinary.executable.path)' --resume one; echo CASCADE-EXITED $?; sleep 30"
        let second = try TmuxSession(command)
        let resumed = try second.waitFor { $0.contains("Resumed session one") && $0.contains("LONG") }
        #expect(resumed.contains("Resumed session one (calm, seed 3)"))
        #expect(resumed.contains(String(clock)) && resumed.contains("PAUSED"))
        let again = try #require(resumed.split(separator: "\n").first { $0.contains("LONG") })
        // Entry and liquidation prices are the same; the mark, PnL and panel widths around them too.
        #expect(again == position)
    }
}

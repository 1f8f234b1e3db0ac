import Testing

@testable import CascadeCore
@testable import Dashboard
@testable import TerminalKit

/// The config file: its settings, key bindings, and problems reported with the file and line.
@Suite struct DashboardConfigTests {
    @Test func theDefaultsPrintedReadBackAsTheDefaults() {
        let (config, problems) = DashboardConfig.parse(DashboardConfig.defaultText, file: "config.toml")
        #expect(problems.isEmpty, "\(problems)")
        #expect(config.scenario == "calm" && config.theme == "default-dark" && config.speed == 1 && config.fps == 20)
        #expect(config.keyMap.bindings.map(\.keys) == KeyMap.standard.bindings.map(\.keys))
    }

    @Test func settingsAreRead() {
        let text = """
            scenario = "flash-crash"
            speed = 10
            leverage = 25
            margin_mode = "isolated"
            warmup = "0"
            fps = 30
            """
        let (config, problems) = DashboardConfig.parse(text, file: "c.toml")
        #expect(problems.isEmpty)
        #expect(config.scenario == "flash-crash" && config.speed == 10 && config.leverage == 25)
        #expect(config.marginMode == .isolated && config.warmUp == 0 && config.fps == 30)
    }

    @Test func everyProblemNamesTheFileAndLineAndKeepsTheRest() {
        let text = """
            speed = 1000
            fps = 20
            colour = "red"

            [keys]
            buy = "n"
            explain = "zz"
            frobnicate = "y"
            """
        let (config, problems) = DashboardConfig.parse(text, file: "/home/u/.config/cascade/config.toml")
        #expect(
            problems.map(\.description) == [
                "/home/u/.config/cascade/config.toml:1: 'speed' must be a number from 0.25 to 600",
                "/home/u/.config/cascade/config.toml:3: unknown setting 'colour'; settings are scenario, theme, speed, "
                    + "leverage, margin_mode, warmup, fps, keys",
                "/home/u/.config/cascade/config.toml:7: 'zz' is not a key: a key is \(KeyName.hint)",
                "/home/u/.config/cascade/config.toml:8: unknown action 'frobnicate'; actions: "
                    + KeyMap.standard.bindings.map(\.action.configName).sorted().joined(separator: ", "),
            ])
        #expect(config.speed == nil && config.fps == 20)
        #expect(config.keyMap.action(for: .character("n")) == .buy)
    }

    @Test func aSyntaxErrorNamesItsLine() {
        let (_, problems) = DashboardConfig.parse("fps = 20\nspeed = = 3\n", file: "c.toml")
        #expect(problems.count == 1 && problems[0].line == 2 && problems[0].file == "c.toml")
    }

    @Test func aKeyTwoActionsWantIsAConflictOnTheLaterLine() {
        let text = """
            [keys]
            buy = "x"
            sell = "b"
            help = "1"
            """
        let (config, problems) = DashboardConfig.parse(text, file: "c.toml")
        #expect(
            problems.map(\.description) == [
                "c.toml:2: key 'x' for buy is bound to close_position by default: rebind it too; buy keeps its default keys",
                "c.toml:3: key 'b' for sell is bound to buy by default: rebind it too; sell keeps its default keys",
                "c.toml:4: key '1' for help is bound to workspace_trade by default: rebind it too; help keeps its default keys",
            ])
        #expect(config.keyMap.bindings.map(\.keys) == KeyMap.standard.bindings.map(\.keys))
    }

    @Test func swappedKeysAreNoConflictAndHelpShowsThem() {
        let text = """
            [keys]
            buy = "s"
            sell = "b"
            help = ["F2", "?"]
            move_up = "Up"
            """
        let (config, problems) = DashboardConfig.parse(text, file: "c.toml")
        #expect(problems.isEmpty, "\(problems)")
        var state = AppState(themeName: "default-dark")
        state.keyMap = config.keyMap
        _ = state.handle(.function(2), snapshot: nil, visible: [])
        guard case .help = state.overlay else {
            Issue.record("F2 did not open help")
            return
        }
        let help = state.keyMap.helpSections.flatMap(\.1)
        #expect(help.contains { $0.key == "s" && $0.text.hasPrefix("buy") })
        #expect(help.contains { $0.key == "F2/?" && $0.text == "this help" })
        #expect(help.contains { $0.key == "↑" })
    }
}

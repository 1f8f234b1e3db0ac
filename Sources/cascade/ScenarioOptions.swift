import ArgumentParser
import CascadeCore
import CascadeSim
import Dashboard

/// `--scenario` and `--seed`, shared by the dashboard and `cascade run`.
struct ScenarioOptions: ParsableArguments {
    @Option(help: "A built-in scenario (see 'cascade scenarios') or a path to a scenario .toml file (default: calm).")
    var scenario: String?

    @Option(
        name: .customLong("seed"), parsing: .unconditional,
        help: ArgumentHelp(
            "Seed of the world's random streams; the same seed gives the same events (default: 1).", valueName: "seed"),
        transform: SeedArgument.parse)
    var seedGiven: UInt64?

    /// The seed given, or 1.
    var seed: UInt64 { seedGiven ?? 1 }

    @Option(
        name: .customLong("liquidation-style"), parsing: .unconditional,
        help: "Liquidation waterfall of every market: \(LiquidationStyle.names) (default: the scenario's).",
        transform: LiquidationStyleArgument.parse)
    var liquidationStyle: LiquidationStyle?

    @OptionGroup var set: OverrideOptions

    /// The scenario (with `--liquidation-style` applied to all its markets), or a data error naming the
    /// file, line and problem.
    func load() throws -> Scenario {
        try Self.build(source())
    }

    /// The scenario `--scenario` names (else `fallback`) as written, with `--liquidation-style`; or a
    /// data error naming the file and problem.
    func source(fallback: String = "calm") throws -> ScenarioSource {
        var source = try Self.source(of: scenario ?? fallback)
        source.liquidationStyle = liquidationStyle
        source.overrides = set.overrides.isEmpty ? nil : set.overrides
        return source
    }

    /// The scenario `nameOrPath` names, as written, or a data error naming the file and problem.
    static func source(of nameOrPath: String) throws -> ScenarioSource {
        do {
            return try ScenarioSource.load(nameOrPath) { try? StandardStreams.readText($0) }
        } catch {
            StandardStreams.writeError("\(error)\n")
            throw ExitCode.dataError
        }
    }

    /// The scenario `source` describes, or a data error naming the file, line and problem.
    static func build(_ source: ScenarioSource) throws -> Scenario {
        do {
            return try source.scenario()
        } catch {
            StandardStreams.writeError("\(error)\n")
            throw ExitCode.dataError
        }
    }
}

/// A simulated duration on the command line: `90s`, `30m`, `6h`, `1d`, `1h30m`.
struct DurationArgument: ExpressibleByArgument {
    var time: SimTime

    init?(argument: String) {
        guard let time = SimDuration.parseLength(argument) else { return nil }
        self.time = time
    }

    /// As `init(argument:)`, with what a valid duration looks like when `text` is not one.
    static func parse(_ text: String) throws -> DurationArgument {
        guard let duration = DurationArgument(argument: text) else {
            throw ValidationError("a duration is above zero and at most 10000d, such as 90s, 30m, 6h or 1h30m")
        }
        return duration
    }
}

/// `--warmup 2h`: how long the market runs before the dashboard's first frame; `0` (or `0s`) for none.
struct WarmUpArgument {
    var time: SimTime

    /// The duration `text` says, zero included; what a valid one looks like when it is not one.
    static func parse(_ text: String) throws -> WarmUpArgument {
        guard let time = text == "0" ? 0 : SimDuration.parse(text) else {
            throw ValidationError("a warm-up is a duration such as 10m, 2h or 1h30m, or 0 for none")
        }
        return WarmUpArgument(time: time)
    }
}

/// `--bars 1m:FILE.csv`: a bar length and where to write the bars.
struct BarsArgument: ExpressibleByArgument {
    var length: SimTime
    var path: String

    init?(argument: String) {
        guard let colon = argument.firstIndex(of: ":"),
            let length = SimDuration.parseLength(String(argument[..<colon])),
            length % .second == 0
        else { return nil }
        path = String(argument[argument.index(after: colon)...])
        guard !path.isEmpty else { return nil }
        self.length = length
    }
}

/// `--seed N`: read unconditionally, so that `--seed -5` is reported as a bad seed instead of as a
/// flag missing its value.
enum SeedArgument {
    static func parse(_ text: String) throws -> UInt64 {
        guard let seed = UInt64(text) else {
            let negative = text.hasPrefix("-") && Int64(text) != nil
            throw ValidationError(negative ? "a seed must be 0 or more" : "a seed is a whole number from 0 to 2^64-1")
        }
        return seed
    }
}

/// `--set KEY=VALUE`, repeatable: scenario keys replaced by their TOML path before the scenario is read.
struct OverrideOptions: ParsableArguments {
    @Option(
        name: .customLong("set"), parsing: .unconditionalSingleValue,
        help: ArgumentHelp(
            "Set a scenario key by its TOML path, such as margin.model=ewma or duration=2h (repeatable).",
            valueName: "key=value"),
        transform: OverrideArgument.parse)
    var overrides: [ScenarioOverride] = []
}

/// `--set KEY=VALUE`: a scenario key and its value, or a usage error that shows the form.
enum OverrideArgument {
    static func parse(_ text: String) throws -> ScenarioOverride {
        guard let override = ScenarioOverride(parsing: text) else {
            throw ValidationError("--set takes KEY=VALUE, such as margin.model=ewma")
        }
        return override
    }
}

/// `--liquidation-style NAME`: one of the waterfall styles, or a usage error that lists them.
enum LiquidationStyleArgument {
    static func parse(_ text: String) throws -> LiquidationStyle {
        guard let style = LiquidationStyle(rawValue: text) else {
            throw ValidationError("a liquidation style is one of \(LiquidationStyle.names)")
        }
        return style
    }
}

import CascadeCore
import TOMLKit

extension Scenario {
    /// Reads `[margin]`: every market's margin model (`MarginModelParameters` documents each setting).
    ///
    /// ```toml
    /// [margin]
    /// model = "ewma"                   # static (default), ewma, garch or predictive
    /// lambda = 0.97                    # EWMA decay, 0.5–0.999 (RiskMetrics: 0.94 daily)
    /// alpha = 0.08                     # GARCH weight of the last squared return, 0–0.5
    /// beta = 0.90                      # GARCH weight of the last variance, 0–0.999; alpha + beta < 1
    /// confidence = 0.99                # share of moves covered, 0.9–0.9999 (CME: 99%)
    /// horizon = "5m"                   # liquidation horizon
    /// sample_every = "10s"             # mark sampling interval, at least 1s
    /// review_every = "1m"              # how often the requirement is reviewed
    /// start_volatility = 0.03          # per day; default: the volatility the floor covers
    /// floor = 0.004                    # lowest tier-1 maintenance rate; default: the tier's own
    /// ceiling = 0.25                   # highest tier-1 maintenance rate
    /// max_rise = 0.5                   # most one review may raise it, share of the rate in force
    /// lead_time = "2m"                 # a rise is announced this long before it applies
    /// deadband = 0.1                   # smaller changes, as a share of the rate in force, are not made
    /// buffer = 0.25                    # held on top of the target in calm, used up first in stress (EMIR: 25%)
    /// band = 0.03                      # predictive: "near the mark", as a share of it
    /// concentration_weight = 1.0       # predictive add-on weights, 0–10 each
    /// capacity_weight = 0.5
    /// depth_weight = 0.5
    ///
    /// [margin.markets.ETH-PERP]        # one market's own model: the same keys, the rest from [margin]
    /// model = "predictive"
    /// ```
    ///
    /// `[margin.markets.SYMBOL]` is read by `marginByMarket(_:base:symbols:section:)`.
    static func margin(_ section: TOMLSection) throws(ScenarioError) -> MarginModelParameters {
        try section.expectOnly(marginKeys.union(["markets"]))
        return try marginModel(section, inherited: MarginModelParameters())
    }

    /// Reads every `[margin.markets.SYMBOL]` table of `margin`, in symbol order, over `base` (what
    /// `[margin]` says): a key not written is `[margin]`'s. `symbols` are the perpetuals a table may
    /// name; `section` gives a market's table its lines.
    static func marginByMarket(
        _ margin: TOMLSection, base: MarginModelParameters, symbols: [String],
        section: (_ symbol: String, _ table: TOMLTable) -> TOMLSection
    ) throws(ScenarioError) -> [String: MarginModelParameters] {
        guard let value = margin.table["markets"] else { return [:] }
        guard let markets = value.table else {
            throw margin.error("'markets' must be written as [margin.markets.SYMBOL] tables", key: "markets")
        }
        var models: [String: MarginModelParameters] = [:]
        for symbol in markets.keys.sorted() {
            guard let table = markets[symbol]?.table else {
                throw margin.error(
                    "'markets.\(symbol.escapingNonPrintable())' must be a table, [margin.markets.SYMBOL]",
                    key: "markets")
            }
            let market = section(symbol, table)
            guard symbols.contains(symbol) else {
                throw market.error(
                    "[margin.markets.\(symbol.escapingNonPrintable())] names no market of this scenario "
                        + "(its perpetuals: \(symbols.joined(separator: ", ")))")
            }
            try market.expectOnly(marginKeys)
            models[symbol] = try marginModel(market, inherited: base)
        }
        return models
    }

    /// The keys of `[margin]` and of each market's table.
    private static let marginKeys: Set<String> = [
        "model", "lambda", "alpha", "beta", "confidence", "horizon", "sample_every", "review_every",
        "start_volatility", "floor", "ceiling", "max_rise", "lead_time", "deadband", "buffer", "band",
        "concentration_weight", "capacity_weight", "depth_weight",
    ]

    /// The model `section`'s keys make of `inherited`, each key checked as documented at `margin(_:)`.
    private static func marginModel(
        _ section: TOMLSection, inherited: MarginModelParameters
    ) throws(ScenarioError) -> MarginModelParameters {
        var margin = inherited
        if let model = try section.string("model") {
            guard let kind = MarginModelKind(rawValue: model) else {
                throw section.error(
                    "model must be one of \(MarginModelKind.names), got \"\(model.escapingNonPrintable())\"",
                    key: "model"
                )
            }
            margin.kind = kind
        }
        if let value = try section.double("lambda", in: 0.5...0.999) { margin.lambda = value }
        if let value = try section.double("alpha", in: 0...0.5) { margin.alpha = value }
        if let value = try section.double("beta", in: 0...0.999) { margin.beta = value }
        guard margin.alpha + margin.beta < 1 else {
            throw section.error("alpha + beta must stay below 1 (a stationary GARCH)", key: "beta")
        }
        if let value = try section.double("confidence", in: 0.9...0.9999) { margin.confidence = value }
        if let value = try section.duration("sample_every") {
            guard value >= .second else { throw section.error("sample_every must be at least 1s", key: "sample_every") }
            margin.sampleEvery = value
        }
        let durations: [(String, WritableKeyPath<MarginModelParameters, SimTime>)] = [
            ("horizon", \.horizon), ("review_every", \.reviewEvery),
        ]
        for (key, path) in durations {
            guard let value = try section.duration(key) else { continue }
            guard value >= margin.sampleEvery else {
                throw section.error("\(key) must be at least sample_every", key: key)
            }
            margin[keyPath: path] = value
        }
        if let value = try section.duration("lead_time") { margin.leadTime = value }
        if let value = try section.double("start_volatility", in: 0.0001...5) { margin.startVolatility = value }
        if let value = try section.double("floor", in: 0.0001...0.5) { margin.floor = Self.rate(value) }
        if let value = try section.double("ceiling", in: 0.001...1) { margin.ceiling = Self.rate(value) }
        if let floor = margin.floor, floor > margin.ceiling {
            throw section.error("floor must not lie above ceiling", key: "floor")
        }
        let rates: [(String, WritableKeyPath<MarginModelParameters, Rate>)] = [
            ("max_rise", \.maxRise), ("deadband", \.deadband), ("buffer", \.buffer), ("band", \.band),
        ]
        for (key, path) in rates {
            if let value = try section.double(key, in: 0...1) { margin[keyPath: path] = Self.rate(value) }
        }
        let weights: [(String, WritableKeyPath<MarginModelParameters, Double>)] = [
            ("concentration_weight", \.concentrationWeight), ("capacity_weight", \.capacityWeight),
            ("depth_weight", \.depthWeight),
        ]
        for (key, path) in weights {
            if let value = try section.double(key, in: 0...10) { margin[keyPath: path] = value }
        }
        return margin
    }

    /// A fraction as a `Rate`, to the nearest 10⁻⁸.
    private static func rate(_ fraction: Double) -> Rate { Rate(units: Int64((fraction * Double(Rate.one)).rounded())) }
}

import CascadeCore

extension Scenario {
    /// The `[backstop]` table: how the backstop vault works off what it takes over
    /// (`BackstopHedging`).
    ///
    /// ```toml
    /// [backstop]
    /// policy = "twap"        # hold (default), twap or aggressive
    /// horizon = "30m"        # twap: flat this long after the last takeover
    /// max_impact = 0.005     # furthest from the mid a slice trades, fraction
    /// interval = "10s"       # time between slices
    /// ```
    static func backstop(_ section: TOMLSection) throws(ScenarioError) -> BackstopHedging {
        try section.expectOnly(["policy", "horizon", "max_impact", "interval"])
        var hedging = BackstopHedging()
        if let name = try section.string("policy") {
            guard let policy = BackstopHedging.Policy(rawValue: name) else {
                let shown = name.count > 40 ? name.prefix(40) + "…" : name[...]
                throw section.error(
                    "'policy' must be one of \(BackstopHedging.Policy.names), not \"\(shown.escapingNonPrintable())\"",
                    key: "policy")
            }
            hedging.policy = policy
        }
        if let horizon = try section.duration("horizon", positive: true) { hedging.horizon = horizon }
        if let impact = try section.double("max_impact", in: 0.0001...0.2) { hedging.maxImpact = impact }
        if let interval = try section.duration("interval", positive: true) {
            guard interval >= .second, interval <= .hour else {
                throw section.error("'interval' must lie between 1s and 1h", key: "interval")
            }
            hedging.interval = interval
        }
        return hedging
    }
}

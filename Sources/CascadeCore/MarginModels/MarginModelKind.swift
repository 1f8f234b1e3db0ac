/// How an instrument's maintenance rates are set: fixed tiers, or tiers scaled by a volatility forecast.
public enum MarginModelKind: String, Sendable, Hashable, CaseIterable {
    /// The instrument's published tiers, never changed (the default; every venue's everyday rule).
    case `static`
    /// RiskMetrics EWMA volatility of mark returns (J.P. Morgan/Reuters, RiskMetrics Technical
    /// Document, 4th ed., 1996, §5.2): σ²ₜ = λσ²ₜ₋₁ + (1−λ)r²ₜ.
    case ewma
    /// GARCH(1,1) volatility of mark returns, updated online (Bollerslev, "Generalized
    /// autoregressive conditional heteroskedasticity", J. Econometrics 31, 1986): σ²ₜ = ω + αr²ₜ + βσ²ₜ₋₁.
    case garch
    /// The EWMA forecast scaled up by the exchange's own fragility: open interest near liquidation,
    /// the insurance fund's and backstop's capacity against it, and book depth near the mark.
    case predictive

    /// The names a scenario or flag may give, in declaration order: `static, ewma, garch, predictive`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Whether the model ever changes the tiers (all but `static`).
    public var isAdaptive: Bool { self != .static }
}

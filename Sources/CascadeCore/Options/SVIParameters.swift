/// Gatheral's raw SVI parameterisation of one expiry's total implied variance w = σ_BS² T as a
/// function of log-moneyness k = ln(K/F) (Gatheral, "A parsimonious arbitrage-free implied
/// volatility parameterization", 2004):
///
///     w(k) = a + b (ρ (k − m) + √((k − m)² + σ²))
///
/// `a` sets the level, `b` the angle between the wings, `rho` their asymmetry, `m` shifts the smile
/// sideways and `sigma` rounds its vertex. A valid smile has b ≥ 0, |ρ| < 1, σ > 0 and a minimum
/// a + bσ√(1 − ρ²) ≥ 0, which is what `SVISmile(fitting:years:)` returns.
public struct SVIParameters: Sendable, Hashable {
    /// Variance level a.
    public var a: Double
    /// Wing slope b ≥ 0.
    public var b: Double
    /// Skew ρ, in (−1, 1).
    public var rho: Double
    /// Horizontal shift m.
    public var m: Double
    /// Vertex smoothness σ > 0 (a log-moneyness width, not a volatility).
    public var sigma: Double

    /// Raw parameters as given; nothing is checked.
    public init(a: Double, b: Double, rho: Double, m: Double, sigma: Double) {
        self.a = a
        self.b = b
        self.rho = rho
        self.m = m
        self.sigma = sigma
    }

    /// w(k) = a + b (ρ (k − m) + √((k − m)² + σ²)), the total variance at log-moneyness `k`.
    public func totalVariance(logMoneyness k: Double) -> Double {
        let shifted = k - m
        return a + b * (rho * shifted + (shifted * shifted + sigma * sigma).squareRoot())
    }

    /// a + bσ√(1 − ρ²), the smallest total variance of the smile (at k = m − ρσ/√(1 − ρ²)).
    public var minimumTotalVariance: Double { a + b * sigma * (1 - rho * rho).squareRoot() }
}

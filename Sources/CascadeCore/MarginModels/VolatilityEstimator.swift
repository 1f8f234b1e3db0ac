#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A variance forecast of per-sample returns, updated one return at a time: EWMA or GARCH(1,1).
///
/// `Double` is fine here (DESIGN.md: volatility forecasts are modelled, not money); the forecast is
/// rounded once into a fixed-point `Rate` by `MarginModelState`.
struct VolatilityEstimator: Sendable, Hashable {
    enum Recursion: Sendable, Hashable {
        /// RiskMetrics (1996): σ²ₜ = λσ²ₜ₋₁ + (1−λ)r²ₜ.
        case ewma(lambda: Double)
        /// Bollerslev (1986): σ²ₜ = ω + αr²ₜ + βσ²ₜ₋₁.
        case garch(omega: Double, alpha: Double, beta: Double)
    }

    let recursion: Recursion
    /// The current forecast of the next return's variance.
    private(set) var variance: Double

    /// An estimator starting at `variance`.
    init(_ recursion: Recursion, variance: Double) {
        self.recursion = recursion
        self.variance = variance
    }

    /// Folds in one return (a fraction). A non-finite return (which no positive price gives) is ignored.
    /// - Complexity: O(1), a few floating-point operations.
    mutating func observe(_ value: Double) {
        guard value.isFinite else { return }
        let squared = value * value
        switch recursion {
        case .ewma(let lambda): variance = lambda * variance + (1 - lambda) * squared
        case .garch(let omega, let alpha, let beta): variance = omega + alpha * squared + beta * variance
        }
    }

    /// The forecast standard deviation per sample.
    var volatility: Double { variance.squareRoot() }

    /// Log return from `old` to `new` ticks (RiskMetrics uses continuously compounded returns);
    /// zero when either is not positive.
    static func logReturn(from old: Int64, to new: Int64) -> Double {
        guard old > 0, new > 0 else { return 0 }
        return log(Double(new) / Double(old))
    }
}

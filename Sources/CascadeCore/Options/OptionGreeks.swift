/// An option's value and its first sensitivities from one Black–Scholes or Black-76 evaluation.
///
/// Units follow Hull (*Options, Futures, and Other Derivatives*, ch. 19): vega per 1.00 of
/// volatility (divide by 100 for a vol point), theta per year of calendar time (divide by 365 for a
/// day), rho per 1.00 of rate. Delta and gamma are against the underlying the model was given: spot
/// for `EuropeanOption.greeks(spot:rate:volatility:)`, the forward for `greeks(forward:rate:volatility:)`.
public struct OptionGreeks: Sendable, Hashable {
    /// The option's value, in the underlying's quote currency.
    public var price: Double
    /// ∂price/∂underlying.
    public var delta: Double
    /// ∂²price/∂underlying², the same for a call and a put.
    public var gamma: Double
    /// ∂price/∂σ, per 1.00 of volatility.
    public var vega: Double
    /// ∂price/∂t, per year: the value lost as a year passes with everything else fixed (usually negative).
    public var theta: Double
    /// ∂price/∂r, per 1.00 of rate.
    public var rho: Double
    /// d1 = [ln(F/K) + σ²T/2] / (σ√T).
    public var d1: Double
    /// d2 = d1 − σ√T.
    public var d2: Double

    /// Vega per volatility point (0.01 of vol), as exchanges quote it.
    public var vegaPerPoint: Double { vega / 100 }
    /// Theta per calendar day of a 365-day year.
    public var thetaPerDay: Double { theta / EuropeanOption.daysPerYear }
}

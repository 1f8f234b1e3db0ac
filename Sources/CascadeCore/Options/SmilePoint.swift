/// One quote of a volatility smile as the SVI fit reads it: where it is, its implied volatility, and
/// how much to trust it.
public struct SmilePoint: Sendable, Hashable {
    /// k = ln(K/F), the strike's log-moneyness against the expiry's forward.
    public var logMoneyness: Double
    /// The quote's implied volatility σ (a mid, usually), per √year.
    public var impliedVolatility: Double
    /// Relative weight in the least-squares fit, above zero (vega, or 1/spread); a point whose weight is
    /// not a positive finite number is left out.
    public var weight: Double

    /// A point with these three values; the fit drops points that are not finite or not positive.
    public init(logMoneyness: Double, impliedVolatility: Double, weight: Double = 1) {
        self.logMoneyness = logMoneyness
        self.impliedVolatility = impliedVolatility
        self.weight = weight
    }
}

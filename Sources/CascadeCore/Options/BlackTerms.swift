#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The shared Black formula: with U the underlying's present value (S, or F e^(−rT)) and ω = ±1,
/// price = ω [U N(ωd1) − K e^(−rT) N(ωd2)]; the spot and forward forms differ only in theta and rho.
/// Holds what a call and a put of the same strike share: everything but the signed probabilities.
struct BlackTerms {
    let underlying: Double
    let presentUnderlying: Double
    let discountedStrike: Double
    let years: Double
    let rate: Double
    let volatility: Double
    let onForward: Bool
    let root: Double
    let deviation: Double
    let d1: Double
    let d2: Double
    let weightedDensity: Double

    @inline(__always)
    init(
        underlying: Double, presentUnderlying: Double, logMoneyness: Double, discountedStrike: Double, years: Double,
        rate: Double, volatility: Double, onForward: Bool
    ) {
        (self.underlying, self.presentUnderlying, self.discountedStrike) = (
            underlying, presentUnderlying, discountedStrike
        )
        (self.years, self.rate, self.volatility, self.onForward) = (years, rate, volatility, onForward)
        root = years.squareRoot()
        deviation = volatility * root
        d1 = logMoneyness / deviation + 0.5 * deviation
        d2 = d1 - deviation
        weightedDensity = presentUnderlying * NormalDistribution.density(d1)
    }

    /// The forward (Black-76) form.
    @inline(__always)
    init(forward: Double, strike: Double, years: Double, rate: Double, volatility: Double) {
        let discount = exp(-rate * years)
        self.init(
            underlying: forward, presentUnderlying: forward * discount, logMoneyness: log(forward / strike),
            discountedStrike: strike * discount, years: years, rate: rate, volatility: volatility, onForward: true)
    }

    @inline(__always)
    func greeks(_ right: OptionRight) -> OptionGreeks {
        let sign: Double = right == .call ? 1 : -1
        let probability1 = NormalDistribution.cumulative(sign * d1)
        let probability2 = NormalDistribution.cumulative(sign * d2)
        let price = sign * (presentUnderlying * probability1 - discountedStrike * probability2)
        let decay = -weightedDensity * volatility / (2 * root)
        return OptionGreeks(
            price: price,
            delta: sign * probability1 * (presentUnderlying / underlying),
            gamma: weightedDensity / (underlying * underlying * deviation),
            vega: weightedDensity * root,
            theta: onForward ? decay + rate * price : decay - sign * rate * discountedStrike * probability2,
            rho: onForward ? -years * price : sign * years * discountedStrike * probability2,
            d1: d1, d2: d2)
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension EuropeanOption {
    /// Black–Scholes (1973) price and Greeks on spot S, with a continuously compounded rate r and no
    /// dividends: d1 = [ln(S/K) + (r + σ²/2)T] / (σ√T), call = S N(d1) − K e^(−rT) N(d2),
    /// put = K e^(−rT) N(−d2) − S N(−d1) (Hull, *Options, Futures, and Other Derivatives*, ch. 15 and 19).
    ///
    /// Each right is computed from its own N(±d) terms, never as 1 − N(d), so a deep put keeps its
    /// digits (its delta −N(−d1) is not rounded to 0 or −1). Cost: one `log`, two `exp`, two `erfc`
    /// and a square root, tens of nanoseconds. Inputs that are not positive give NaN or infinite
    /// figures, never a trap.
    /// - Parameters:
    ///   - spot: S, above zero.
    ///   - rate: r per year, continuously compounded (0.05 is 5%).
    ///   - volatility: σ per √year (0.6 is 60%), above zero.
    public func greeks(spot: Double, rate: Double, volatility: Double) -> OptionGreeks {
        let discount = exp(-rate * years)
        return evaluate(
            underlying: spot, presentUnderlying: spot, logMoneyness: log(spot / strike) + rate * years,
            discountedStrike: strike * discount, rate: rate, volatility: volatility, onForward: false)
    }

    /// Black (1976) price and Greeks on a forward F, discounted at e^(−rT): call = e^(−rT) [F N(d1) − K N(d2)],
    /// put = e^(−rT) [K N(−d2) − F N(−d1)], d1 = [ln(F/K) + σ²T/2] / (σ√T) (Hull ch. 18). The form of
    /// a mark price off a futures or synthetic forward (Deribit computes its option IVs against the forward).
    ///
    /// Delta and gamma are against F; theta holds F fixed, so it is rV − e^(−rT) F n(d1) σ / (2√T);
    /// rho holds F fixed, so it is −T V. Same cost and accuracy as the spot form.
    public func greeks(forward: Double, rate: Double, volatility: Double) -> OptionGreeks {
        let discount = exp(-rate * years)
        return evaluate(
            underlying: forward, presentUnderlying: forward * discount, logMoneyness: log(forward / strike),
            discountedStrike: strike * discount, rate: rate, volatility: volatility, onForward: true)
    }

    /// The shared Black formula: with U the underlying's present value (S, or F e^(−rT)) and ω = ±1,
    /// price = ω [U N(ωd1) − K e^(−rT) N(ωd2)]; the two forms differ only in theta and rho.
    @inline(__always)
    func evaluate(
        underlying: Double, presentUnderlying: Double, logMoneyness: Double, discountedStrike: Double, rate: Double,
        volatility: Double, onForward: Bool
    ) -> OptionGreeks {
        let root = years.squareRoot()
        let deviation = volatility * root
        let d1 = logMoneyness / deviation + 0.5 * deviation
        let d2 = d1 - deviation
        let sign: Double = right == .call ? 1 : -1
        let probability1 = NormalDistribution.cumulative(sign * d1)
        let probability2 = NormalDistribution.cumulative(sign * d2)
        let weightedDensity = presentUnderlying * NormalDistribution.density(d1)
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

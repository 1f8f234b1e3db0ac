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
        return BlackTerms(
            underlying: spot, presentUnderlying: spot, logMoneyness: log(spot / strike) + rate * years,
            discountedStrike: strike * discount, years: years, rate: rate, volatility: volatility, onForward: false
        ).greeks(right)
    }

    /// Black (1976) price and Greeks on a forward F, discounted at e^(−rT): call = e^(−rT) [F N(d1) − K N(d2)],
    /// put = e^(−rT) [K N(−d2) − F N(−d1)], d1 = [ln(F/K) + σ²T/2] / (σ√T) (Hull ch. 18). The form of
    /// a mark price off a futures or synthetic forward (Deribit computes its option IVs against the forward).
    ///
    /// Delta and gamma are against F; theta holds F fixed, so it is rV − e^(−rT) F n(d1) σ / (2√T);
    /// rho holds F fixed, so it is −T V. Same cost and accuracy as the spot form.
    public func greeks(forward: Double, rate: Double, volatility: Double) -> OptionGreeks {
        BlackTerms(forward: forward, strike: strike, years: years, rate: rate, volatility: volatility).greeks(right)
    }

    /// The call's and the put's Black-76 Greeks at one strike and expiry, bit for bit what
    /// `greeks(forward:rate:volatility:)` gives for each: they share every term but N(±d1) and
    /// N(±d2), so the pair costs two `erfc` more than one option rather than twice one (a chain is
    /// valued pair by pair every second).
    public static func callAndPut(strike: Double, years: Double, forward: Double, rate: Double, volatility: Double)
        -> (call: OptionGreeks, put: OptionGreeks)
    {
        let terms = BlackTerms(forward: forward, strike: strike, years: years, rate: rate, volatility: volatility)
        return (terms.greeks(.call), terms.greeks(.put))
    }
}

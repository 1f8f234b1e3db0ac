#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension EuropeanOption {
    /// The volatility σ at which Black–Scholes on spot gives `price`, solved on the forward
    /// F = S e^(rT) by `impliedVolatility(price:forward:rate:)`.
    /// - Throws: `ImpliedVolatilityError` when no volatility gives the price.
    public func impliedVolatility(price: Double, spot: Double, rate: Double) throws(ImpliedVolatilityError) -> Double {
        try impliedVolatility(price: price, forward: spot * exp(rate * years), rate: rate)
    }

    /// The volatility σ at which Black-76 on `forward` gives `price`, to about 1e-14 relative in the
    /// total deviation σ√T for every price with time value a double can hold (deep in or out of the
    /// money, minutes to expiry, volatilities from under 1% to several hundred percent).
    ///
    /// The price is first reduced to the out-of-the-money option's (an in-the-money price minus its
    /// discounted intrinsic value, by put–call parity), so a deep in-the-money quote is solved on its
    /// time value. The Black value is convex in s = σ√T below s* = √(2|ln(F/K)|) and concave above
    /// (Manaster & Koehler 1982); Newton starts at s*, or at the Brenner–Subrahmanyam (1988) guess
    /// s = √(2π)·value/F at the money. Above s* it runs on the value itself, which converges
    /// monotonically; below, on 1/ln(value/√(FK)) (Jäckel, "Let's be rational", 2015), which is
    /// nearly linear where the value is exponentially small. A bracket of the root is kept and a step
    /// leaving it becomes a bisection, so at most 100 evaluations are made; usually fewer than ten.
    /// - Throws: `ImpliedVolatilityError`, naming the bound the price breaks.
    public func impliedVolatility(price: Double, forward: Double, rate: Double) throws(ImpliedVolatilityError)
        -> Double
    {
        guard forward > 0, forward.isFinite, strike > 0, strike.isFinite, rate.isFinite else { throw .invalidMarket }
        guard years > 0, years.isFinite else { throw .expired }
        guard price > 0, price.isFinite else { throw .nonPositivePrice }
        let discount = exp(-rate * years)
        let sign: Double = right == .call ? 1 : -1
        let intrinsic = Swift.max(sign * (forward - strike), 0)
        let bound = right == .call ? forward : strike
        let undiscounted = price / discount
        guard undiscounted < bound else { throw .aboveUpperBound(bound * discount) }
        let timeValue = undiscounted - intrinsic
        guard timeValue > 0 else { throw .belowIntrinsic(intrinsic * discount) }
        return deviation(outOfTheMoneyValue: timeValue, forward: forward) / years.squareRoot()
    }

    /// Evaluations the solver may make before it returns its best deviation.
    static let maximumSolverSteps = 100

    /// The total deviation s = σ√T at which the undiscounted out-of-the-money Black value on `forward`
    /// is `target`, given 0 < target < min(F, K).
    private func deviation(outOfTheMoneyValue target: Double, forward: Double) -> Double {
        // The undiscounted value and its slope in s: Black-76 over one year at a zero rate with σ = s.
        let option = EuropeanOption(forward <= strike ? .call : .put, strike: strike, years: 1)
        let logMoneyness = log(forward / strike)
        let inflection = (2 * abs(logMoneyness)).squareRoot()
        let scale = (forward * strike).squareRoot()
        let logTarget = log(target / scale)
        let lowerBranch =
            inflection > 0 && target < option.greeks(forward: forward, rate: 0, volatility: inflection).price
        var lower = 0.0
        var upper = lowerBranch ? inflection : .infinity
        var s = inflection > 0 ? inflection : (2 * Double.pi).squareRoot() * target / forward
        for _ in 0..<Self.maximumSolverSteps {
            let greeks = option.greeks(forward: forward, rate: 0, volatility: s)
            let value = greeks.price
            if value == target { return s }
            if value > target { upper = Swift.min(upper, s) } else { lower = Swift.max(lower, s) }
            let step: Double
            if lowerBranch {
                // f(s) = 1/ln(v/√(FK)) − 1/ln(target/√(FK)); f′ = −(v′/v) / ln²(v/√(FK)).
                let logValue = log(value / scale)
                step = (1 / logValue - 1 / logTarget) / (-(greeks.vega / value) / (logValue * logValue))
            } else {
                step = (value - target) / greeks.vega
            }
            var next = s - step
            if !(next > lower && next < upper) {
                next = upper.isFinite ? 0.5 * (lower + upper) : 2 * s
            }
            if abs(next - s) <= 1e-14 * s { return next }
            s = next
        }
        return s
    }
}

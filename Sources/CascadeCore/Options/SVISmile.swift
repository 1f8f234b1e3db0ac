#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One expiry's implied-volatility smile: raw SVI parameters and the time they cover, so a
/// volatility can be read at any strike (the mark price of an option without a quote of its own).
public struct SVISmile: Sendable, Hashable {
    /// The total-variance curve w(k).
    public var parameters: SVIParameters
    /// Time to expiry T in years of 365 days; above zero.
    public var years: Double

    /// A smile from known parameters.
    public init(parameters: SVIParameters, years: Double) {
        self.parameters = parameters
        self.years = years
    }

    /// σ(k) = √(w(k) / T), the implied volatility at log-moneyness `k` = ln(K/F); 0 where w would be negative.
    public func impliedVolatility(logMoneyness k: Double) -> Double {
        (Swift.max(parameters.totalVariance(logMoneyness: k), 0) / years).squareRoot()
    }

    /// The implied volatility at `strike` for an expiry whose forward is `forward`.
    public func impliedVolatility(strike: Double, forward: Double) -> Double {
        impliedVolatility(logMoneyness: log(strike / forward))
    }
}

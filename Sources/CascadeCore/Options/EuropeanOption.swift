/// The terms of one European option as pricing models see them: which way it pays, its strike and
/// the time left, in years of 365 days.
///
/// Prices, Greeks and implied volatility are its extensions (`EuropeanOption+BlackScholes.swift`,
/// `EuropeanOption+ImpliedVolatility.swift`). Doubles, because these are models of the world
/// (DESIGN.md: Numbers); the exchange converts a result to ticks at one boundary.
public struct EuropeanOption: Sendable, Hashable {
    /// Call or put.
    public var right: OptionRight
    /// The strike K, in the underlying's quote currency; above zero.
    public var strike: Double
    /// Time to expiry T in years of 365 days (`days / 365`); above zero to have a price other than intrinsic.
    public var years: Double

    /// Days in the year that `years` counts, as Deribit and most crypto venues count them (ACT/365).
    public static let daysPerYear = 365.0

    /// An option with these terms; nothing is checked here (a model input that is not positive gives NaN or
    /// an infinite figure, never a trap, and `impliedVolatility` names it as an error).
    public init(_ right: OptionRight, strike: Double, years: Double) {
        self.right = right
        self.strike = strike
        self.years = years
    }
}

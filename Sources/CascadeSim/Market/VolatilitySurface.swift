import Foundation

/// The world's implied volatility for one underlying, as option dealers quote it.
///
/// - At the money: the price process's own forecast of average volatility to the expiry
///   (`FundamentalProcess.forecastVolatility(over:)`), so the term structure follows the
///   volatility state and mean-reverts with it, and jumps when a crash excites it; times a variance
///   risk premium: implied variance above realised by about 0.72 / 0.58 on Deribit's BTC options in
///   2017–22 (Almeida, Grith, Miftachov and Wang, "Risk premia in the Bitcoin market", 2024), a
///   volatility ratio of 1.11.
/// - Across strikes: in standardised moneyness z = ln(K/F) / (σ√T), σ(z) = σ_atm (1 − skew·z + 0.02·z²):
///   puts richer, with a 25-delta risk reversal of about −2.5 vol points at 50% in calm markets and a
///   skew up to six times steeper in stress (BTC's one-week skew went from −1% to −12% in the FTX
///   collapse, Amberdata via CoinDesk, Nov 2022).
enum VolatilitySurface {
    /// Implied over realised volatility.
    static let riskPremium = 1.11
    /// The calm skew coefficient per unit of standardised moneyness.
    static let calmSkew = 0.04
    /// The curvature that lifts both wings.
    static let curvature = 0.02

    /// At-the-money implied volatility for an expiry `years` away.
    static func atTheMoney(_ market: SimulatedMarket, years: Double) -> Double {
        riskPremium * market.fundamental.forecastVolatility(over: max(60, years * 365 * 86_400))
    }

    /// Implied volatility at `strike` for an expiry `years` away, the index at `forward`, with the
    /// market's stress (its fast volatility over the calm level) steepening the skew.
    static func volatility(atTheMoney atm: Double, strike: Double, forward: Double, years: Double, stress: Double)
        -> Double
    {
        let z = log(strike / forward) / max(1e-6, atm * max(years, 1e-6).squareRoot())
        let clipped = min(4, max(-4, z))
        let skew = calmSkew * min(6, max(1, stress))
        return atm * max(0.3, 1 - skew * clipped + curvature * clipped * clipped)
    }
}

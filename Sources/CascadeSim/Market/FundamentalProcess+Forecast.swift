import Foundation

extension FundamentalProcess {
    /// The volatility, annualised, that the process expects on average over the next `seconds`:
    /// what an option expiring then should be priced at before any premium.
    ///
    /// Each log-volatility component i is an AR(1) with persistence φᵢ per second and stationary
    /// spread sᵢ, so h seconds ahead it is normal with mean xᵢφᵢʰ and variance sᵢ²(1 − φᵢ²ʰ); the
    /// expected variance is then σ₀² E[exp(2 min(Σ, cap))] for that normal sum, in closed form
    /// (`cappedMeanSquare`), lifted by the jumps' mean excitation as the process is. Averaged over
    /// 16 points of the horizon, this is a term structure that starts at today's level and reverts
    /// to `volatility` at the speed of each component's memory: a turbulent morning lifts the dailies
    /// a lot and the monthlies a little, a turbulent fortnight the monthlies too (Corsi 2009 reads the
    /// same cascade of horizons off realised volatility).
    /// Cost: 112 `pow`, 16 `exp` and 32 `erfc`, a few microseconds.
    func forecastVolatility(over seconds: Double) -> Double {
        let points = 16
        var total = 0.0
        for point in 0..<points {
            let ahead = max(0, seconds) * (Double(point) + 0.5) / Double(points)
            var mean = 0.0
            var spread = 0.0
            for index in components.indices {
                let decay = pow(persistence[index], ahead)
                mean += components[index] * decay
                spread += stationaryVariance[index] * (1 - decay * decay)
            }
            total += Self.cappedMeanSquare(mean: mean, deviation: spread.squareRoot())
        }
        return perSecond * exp(jumpLift) * volatilityMultiplier * (total / Double(points) * 365 * 86_400).squareRoot()
    }
}

/// The usable quotes of one expiry in the form the SVI fit reads: log-moneyness, total variance
/// σ²T and weight, in three arrays.
struct SmileData {
    /// k = ln(K/F) of each point.
    var logMoneyness: [Double] = []
    /// w = σ²T of each point.
    var totalVariance: [Double] = []
    /// Each point's weight, normalised so they sum to the number of points.
    var weights: [Double] = []
    /// Σ w, the number of points.
    private(set) var totalWeight = 0.0
    /// Σ w v.
    private(set) var weightedVariance = 0.0
    /// Σ w v².
    private(set) var weightedSquares = 0.0

    /// The points whose log-moneyness is finite and whose volatility and weight are positive and
    /// finite; the rest are dropped. `years` must be positive and finite.
    init(_ points: [SmilePoint], years: Double) {
        for point in points
        where point.logMoneyness.isFinite && point.impliedVolatility > 0 && point.impliedVolatility.isFinite
            && point.weight > 0 && point.weight.isFinite
        {
            let variance = point.impliedVolatility * point.impliedVolatility * years
            guard variance.isFinite, variance > 0 else { continue }
            logMoneyness.append(point.logMoneyness)
            totalVariance.append(variance)
            weights.append(point.weight)
        }
        let total = weights.reduce(0, +)
        if total.isFinite && total > 0 {
            let scale = Double(weights.count) / total
            weights = weights.map { $0 * scale }
        }
        for (weight, variance) in zip(weights, totalVariance) {
            totalWeight += weight
            weightedVariance += weight * variance
            weightedSquares += weight * variance * variance
        }
    }

    /// How many different log-moneyness values there are: SVI's three linear unknowns need three.
    var distinctStrikes: Int { Set(logMoneyness).count }
}

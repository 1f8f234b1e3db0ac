/// The usable quotes of one expiry in the form the SVI fit reads: log-moneyness and total variance
/// σ²T per point, and the points four at a time with their weights for the fit's inner loop.
struct SmileData {
    /// One group of four points for SIMD arithmetic; padding lanes have weight 0.
    struct Lanes {
        /// k of each point.
        var logMoneyness: SIMD4<Double>
        /// w of each point.
        var weight: SIMD4<Double>
        /// w × v of each point.
        var weightedVariance: SIMD4<Double>
    }

    /// k = ln(K/F) of each point.
    private(set) var logMoneyness: [Double] = []
    /// v = σ²T of each point.
    private(set) var totalVariance: [Double] = []
    /// The points in groups of four, weights normalised so they sum to the number of points.
    private(set) var lanes: [Lanes] = []
    /// Σ w, the number of points.
    private(set) var totalWeight = 0.0
    /// Σ w v.
    private(set) var weightedVariance = 0.0
    /// Σ w v².
    private(set) var weightedSquares = 0.0

    /// The points whose log-moneyness is finite and whose volatility and weight are positive and
    /// finite; the rest are dropped. `years` must be positive and finite.
    init(_ points: [SmilePoint], years: Double) {
        var weights: [Double] = []
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
        let sum = weights.reduce(0, +)
        let scale = sum.isFinite && sum > 0 ? Double(weights.count) / sum : 1
        for start in stride(from: 0, to: weights.count, by: 4) {
            var group = Lanes(logMoneyness: .zero, weight: .zero, weightedVariance: .zero)
            for lane in 0..<Swift.min(4, weights.count - start) {
                let weight = weights[start + lane] * scale
                let variance = totalVariance[start + lane]
                group.logMoneyness[lane] = logMoneyness[start + lane]
                group.weight[lane] = weight
                group.weightedVariance[lane] = weight * variance
                totalWeight += weight
                weightedVariance += weight * variance
                weightedSquares += weight * variance * variance
            }
            lanes.append(group)
        }
    }

    /// How many different log-moneyness values there are: raw SVI's five parameters need five.
    var distinctStrikes: Int { Set(logMoneyness).count }
}

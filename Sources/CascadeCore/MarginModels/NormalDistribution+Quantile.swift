extension NormalDistribution {
    /// z such that N(z) = `probability`: 2.326348 for 0.99. Bisection on `cumulative` to the last
    /// bit, then one Newton step; run once per margin model, never per sample.
    /// - Precondition: 0 < probability < 1 (callers clamp); the answer lies in ±38.
    /// - Complexity: about 70 evaluations of `cumulative`.
    static func quantile(_ probability: Double) -> Double {
        var low = -38.0
        var high = 38.0
        for _ in 0..<200 {
            let middle = (low + high) / 2
            guard middle > low, middle < high else { break }
            if cumulative(middle) < probability { low = middle } else { high = middle }
        }
        let z = (low + high) / 2
        let slope = density(z)
        return slope > 0 ? z - (cumulative(z) - probability) / slope : z
    }
}

extension SVISmile {
    /// Iterations of each of the fit's two Nelder–Mead searches over (m, σ).
    static let searchIterations = 40
    /// The smallest vertex roundness σ the fit tries: below it raw SVI is a sharp V.
    static let smallestSigma = 1e-4
    /// The fewest points with different strikes the fit accepts: raw SVI has five parameters, and
    /// with three or four points near the money the search finds a curve through them whose wings
    /// are free (a 7-hour expiry quoted at three strikes within 1% of the index came out at 450–716%
    /// four percent away). With fewer, the caller keeps its previous smile or the initial volatility.
    public static let minimumStrikes = 5

    /// Fits raw SVI to one expiry's quotes by Zeliade's quasi-explicit method (Zeliade Systems,
    /// "Quasi-explicit calibration of Gatheral's SVI model", 2009), minimising the weighted squared
    /// error in total variance; `nil` when fewer than `minimumStrikes` points with different strikes
    /// are usable (the caller keeps its previous fit) or `years` is not positive.
    ///
    /// Why this method: for fixed (m, σ) the other three parameters are the exact answer of a
    /// constrained linear least squares (`SVILinearFit`), so only a two-dimensional search is left,
    /// which Nelder–Mead does without derivatives. A five-parameter Levenberg–Marquardt fit
    /// depends on its start and can wander to invalid parameters on noisy quotes; this search has
    /// a fixed number of steps, no randomness and returns only parameters inside the valid domain
    /// (b ≥ 0, |ρ| < 1, σ > 0, a ≥ 0 so the minimum variance is too, and b(1 + |ρ|) ≤ 4). m is
    /// searched within one strike range either side of the quotes, σ from 10⁻⁴ to the larger of 1
    /// and twice the range; the search runs twice (the second restarts from the first's best point).
    /// Cost: about 170 evaluations of one pass over the points (four at a time), tens of microseconds
    /// for 20 to 30 strikes.
    public init?(fitting points: [SmilePoint], years: Double) {
        guard years > 0, years.isFinite else { return nil }
        let data = SmileData(points, years: years)
        guard data.distinctStrikes >= Self.minimumStrikes, let low = data.logMoneyness.min(),
            let high = data.logMoneyness.max(),
            let cheapest = data.totalVariance.indices.min(by: { data.totalVariance[$0] < data.totalVariance[$1] })
        else { return nil }
        let range = high - low
        let search = NelderMead(
            lower: SIMD2(low - range, Self.smallestSigma), upper: SIMD2(high + range, Swift.max(1, 2 * range)),
            iterations: Self.searchIterations)
        var hint: UInt8 = 0
        let residual = { (point: SIMD2<Double>) in
            SVILinearFit(points: data, m: point.x, sigma: point.y).solve(hint: &hint).residual
        }
        let first = search.minimize(
            from: SIMD2(data.logMoneyness[cheapest], range / 4), step: SIMD2(range / 4, range / 4), residual)
        let best = search.minimize(from: first.point, step: SIMD2(range / 16, first.point.y / 2), residual)
        let (m, sigma) = (best.point.x, best.point.y)
        let x = SVILinearFit(points: data, m: m, sigma: sigma).solve(hint: &hint).x
        // The linear fit holds its constraints to a rounding tolerance: project onto the domain exactly.
        let bound = 1 - SVILinearFit.rhoMargin
        let rho = x[2] > 0 ? Swift.min(Swift.max(x[1] / x[2], -bound), bound) : 0
        let c = Swift.min(Swift.max(x[2], 0), 4 * sigma / (1 + abs(rho)))
        let parameters = SVIParameters(a: Swift.max(x[0], 0), b: c / sigma, rho: rho, m: m, sigma: sigma)
        guard [parameters.a, parameters.b, parameters.rho, parameters.m, parameters.sigma].allSatisfy(\.isFinite)
        else { return nil }
        self.init(parameters: parameters, years: years)
    }
}

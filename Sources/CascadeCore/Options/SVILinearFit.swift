/// The inner problem of Zeliade's quasi-explicit SVI calibration (Zeliade Systems, "Quasi-explicit
/// calibration of Gatheral's SVI model", 2009): with m and σ fixed and y = (k − m)/σ, raw SVI is
/// linear in three unknowns, w = a + d·y + c·√(y² + 1) with c = bσ and d = ρbσ, so the weighted least
/// squares over them has an exact answer.
///
/// The unknowns stay in Zeliade's domain: a ≥ 0 (so the smile's minimum a + √(c² − d²) is too),
/// |d| ≤ (1 − ε)c (|ρ| < 1, b ≥ 0), and c + |d| ≤ 4σ (b(1 + |ρ|) ≤ 4, Lee's (2004) bound on the
/// wings' slopes). It is a convex quadratic programme in three variables with five linear
/// constraints: each set of at most three active constraints is solved as an equality-constrained
/// system (its KKT equations), from no constraint upwards, and the first solution that is feasible
/// with non-negative multipliers is the optimum. Cost: one pass over the points, then two small
/// solves on average in a fit (the previous point's active set first), at worst 27; nothing is
/// allocated on the heap.
struct SVILinearFit {
    /// Σ w φφᵀ with φ = (1, y, √(y² + 1)), row-major in the first nine lanes.
    private let gram: SIMD16<Double>
    /// Σ w v φ, v the point's total variance, in the first three lanes.
    private let moment: SIMD4<Double>
    /// Σ w v².
    private let squares: Double
    /// 4σ, the bound of c + |d|.
    private let slopeBound: Double

    /// How far inside its bound |ρ| stays, so that ρ = d/c is never ±1.
    static let rhoMargin = 1e-6

    /// Active sets of at most three of the five constraints as bit masks, fewest first.
    private static let activeSets: [UInt8] = (0..<32).filter { $0.nonzeroBitCount <= 3 }
        .sorted { $0.nonzeroBitCount < $1.nonzeroBitCount }.map(UInt8.init)

    /// Accumulates the points' sums for the vertex at `m` with roundness `sigma`. With z² = y² + 1,
    /// the Gram matrix needs only five sums that depend on (m, σ); Σw and Σwv do not.
    init(points: SmileData, m: Double, sigma: Double) {
        let inverse = 1 / sigma
        var (y1, z1, yy, yz, vy, vz):
            (SIMD4<Double>, SIMD4<Double>, SIMD4<Double>, SIMD4<Double>, SIMD4<Double>, SIMD4<Double>) =
                (.zero, .zero, .zero, .zero, .zero, .zero)
        for group in points.lanes {
            let y = (group.logMoneyness - m) * inverse
            let z = (y * y + 1).squareRoot()
            let weightedY = group.weight * y
            y1 += weightedY
            z1 += group.weight * z
            yy += weightedY * y
            yz += weightedY * z
            vy += group.weightedVariance * y
            vz += group.weightedVariance * z
        }
        let total = points.totalWeight
        gram = SIMD16(
            total, y1.sum(), z1.sum(), y1.sum(), yy.sum(), yz.sum(), z1.sum(), yz.sum(), yy.sum() + total, 0, 0, 0, 0,
            0,
            0, 0)
        moment = SIMD4(points.weightedVariance, vy.sum(), vz.sum(), 0)
        squares = points.weightedSquares
        slopeBound = 4 * sigma
    }

    /// Constraint `index` as G·x ≤ g for x = (a, d, c).
    private func constraint(_ index: Int) -> (row: SIMD4<Double>, bound: Double) {
        let slope = 1 - Self.rhoMargin
        switch index {
        case 0: return (SIMD4(-1, 0, 0, 0), 0)
        case 1: return (SIMD4(0, 1, -slope, 0), 0)
        case 2: return (SIMD4(0, -1, -slope, 0), 0)
        case 3: return (SIMD4(0, 1, 1, 0), slopeBound)
        default: return (SIMD4(0, -1, 1, 0), slopeBound)
        }
    }

    /// The constrained least-squares answer x = (a, d, c) and its weighted sum of squared residuals.
    ///
    /// `hint` is the active set that held the optimum last time, tried before the others and left
    /// at this one's: the search's neighbouring (m, σ) usually share it, so a fit's points take two
    /// solves on average instead of three. A strictly convex programme has one point where some
    /// active set is both feasible and dual feasible, so where the search starts does not change
    /// the answer.
    func solve(hint: inout UInt8) -> (x: SIMD4<Double>, residual: Double) {
        if let (x, dualFeasible) = solveKKT(active: hint), dualFeasible, isFeasible(x) {
            return (x, Swift.max(0, objective(x)))
        }
        var best = (x: SIMD4<Double>(), residual: squares)
        for active in Self.activeSets {
            guard let (x, dualFeasible) = solveKKT(active: active), isFeasible(x) else { continue }
            let residual = Swift.max(0, objective(x))
            if dualFeasible {
                hint = active
                return (x, residual)
            }
            if residual < best.residual { best = (x, residual) }
        }
        return best
    }

    /// Whether x meets all five constraints, to a rounding tolerance.
    private func isFeasible(_ x: SIMD4<Double>) -> Bool {
        let tolerance = 1e-12 * Swift.max(1, slopeBound)
        return (0..<5).allSatisfy { index in
            let (row, bound) = constraint(index)
            return (row * x).sum() <= bound + tolerance
        }
    }

    /// xᵀHx − 2hᵀx + Σ w v²: the weighted sum of squared residuals at x.
    private func objective(_ x: SIMD4<Double>) -> Double {
        var total = squares - 2 * (moment * x).sum()
        for row in 0..<3 { for column in 0..<3 { total += x[row] * gram[row * 3 + column] * x[column] } }
        return total
    }

    /// Minimises the quadratic with the `active` constraints held as equalities by solving
    /// [[H, Gᵀ], [G, 0]] [x; λ] = [h; g]: x, and whether every multiplier λ is non-negative.
    /// `nil` when the system is singular (dependent constraints).
    private func solveKKT(active: UInt8) -> (x: SIMD4<Double>, dualFeasible: Bool)? {
        let size = 3 + active.nonzeroBitCount
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: size * size + size) { buffer in
            buffer.initialize(repeating: 0)
            let matrix = UnsafeMutableBufferPointer(rebasing: buffer[0..<(size * size)])
            let right = UnsafeMutableBufferPointer(rebasing: buffer[(size * size)...])
            for row in 0..<3 {
                for column in 0..<3 { matrix[row * size + column] = gram[row * 3 + column] }
                right[row] = moment[row]
            }
            var offset = 3
            for index in 0..<5 where active & (1 << index) != 0 {
                let (coefficients, bound) = constraint(index)
                for column in 0..<3 {
                    matrix[offset * size + column] = coefficients[column]
                    matrix[column * size + offset] = coefficients[column]
                }
                right[offset] = bound
                offset += 1
            }
            guard LinearSystem.solve(matrix, right, size: size) else { return nil }
            let dualFeasible = (3..<size).allSatisfy { right[$0] >= -1e-12 }
            return (SIMD4(right[0], right[1], right[2], 0), dualFeasible)
        }
    }
}

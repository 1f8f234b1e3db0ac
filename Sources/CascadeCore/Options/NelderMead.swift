/// The Nelder–Mead simplex search (Nelder & Mead, 1965) in two dimensions, inside a box, for a
/// fixed number of iterations: deterministic, derivative-free, and cheap when each evaluation is.
///
/// Reflection 1, expansion 2, contraction ½, shrink ½ (the standard coefficients); a trial point
/// outside the box is moved onto its edge.
struct NelderMead {
    /// Lower corner of the search box.
    var lower: SIMD2<Double>
    /// Upper corner of the search box.
    var upper: SIMD2<Double>
    /// Iterations per search.
    var iterations: Int

    /// The best point found and its value, starting from the simplex `start`, `start + step.x`,
    /// `start + step.y`.
    func minimize(
        from start: SIMD2<Double>, step: SIMD2<Double>, _ function: (SIMD2<Double>) -> Double
    ) -> (point: SIMD2<Double>, value: Double) {
        func evaluate(_ point: SIMD2<Double>) -> (point: SIMD2<Double>, value: Double) {
            let inside = point.clamped(lowerBound: lower, upperBound: upper)
            let value = function(inside)
            return (inside, value.isNaN ? .infinity : value)
        }
        var simplex = [
            evaluate(start), evaluate(start + SIMD2(step.x, 0)), evaluate(start + SIMD2(0, step.y)),
        ]
        for _ in 0..<iterations {
            simplex.sort { $0.value < $1.value }
            let (best, second, worst) = (simplex[0], simplex[1], simplex[2])
            let centroid = 0.5 * (best.point + second.point)
            let reflected = evaluate(centroid + (centroid - worst.point))
            if reflected.value < best.value {
                let expanded = evaluate(centroid + 2 * (centroid - worst.point))
                simplex[2] = expanded.value < reflected.value ? expanded : reflected
            } else if reflected.value < second.value {
                simplex[2] = reflected
            } else {
                let outside = reflected.value < worst.value
                let contracted = evaluate(centroid + 0.5 * ((outside ? reflected.point : worst.point) - centroid))
                if contracted.value < Swift.min(worst.value, reflected.value) {
                    simplex[2] = contracted
                } else {
                    simplex[1] = evaluate(best.point + 0.5 * (second.point - best.point))
                    simplex[2] = evaluate(best.point + 0.5 * (worst.point - best.point))
                }
            }
        }
        simplex.sort { $0.value < $1.value }
        return simplex[0]
    }
}

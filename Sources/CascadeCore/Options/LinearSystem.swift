/// Gaussian elimination with partial pivoting for the small dense systems of the SVI fit.
enum LinearSystem {
    /// Solves `matrix` · x = `right` for a `size` × `size` row-major matrix, leaving x in `right`.
    /// Returns `false`, with both buffers scrambled, when a pivot is negligible against the matrix's
    /// largest entry (a singular or nearly singular system) or an entry is not finite.
    /// - Complexity: O(size³).
    static func solve(
        _ matrix: UnsafeMutableBufferPointer<Double>, _ right: UnsafeMutableBufferPointer<Double>, size: Int
    )
        -> Bool
    {
        let largest = matrix.reduce(0) { Swift.max($0, abs($1)) }
        guard largest > 0, largest.isFinite else { return false }
        for pivot in 0..<size {
            var best = pivot
            for row in (pivot + 1)..<size where abs(matrix[row * size + pivot]) > abs(matrix[best * size + pivot]) {
                best = row
            }
            guard abs(matrix[best * size + pivot]) > 1e-13 * largest else { return false }
            if best != pivot {
                for column in 0..<size { matrix.swapAt(pivot * size + column, best * size + column) }
                right.swapAt(pivot, best)
            }
            let inverse = 1 / matrix[pivot * size + pivot]
            for row in (pivot + 1)..<size {
                let factor = matrix[row * size + pivot] * inverse
                guard factor != 0 else { continue }
                for column in pivot..<size { matrix[row * size + column] -= factor * matrix[pivot * size + column] }
                right[row] -= factor * right[pivot]
            }
        }
        for row in stride(from: size - 1, through: 0, by: -1) {
            var sum = right[row]
            for column in (row + 1)..<size { sum -= matrix[row * size + column] * right[column] }
            right[row] = sum / matrix[row * size + row]
        }
        return right.allSatisfy(\.isFinite)
    }
}

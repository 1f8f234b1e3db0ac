extension Rect {
    /// Side-by-side columns of the given widths, left to right.
    ///
    /// A width of 0 (or less) means "an equal share of what the fixed widths leave"; leftover cells
    /// of the division go to the first flexible columns. Columns that do not fit are clipped at the
    /// right edge and may come back empty, so the result always has one rectangle per width.
    public func splitColumns(_ widths: [Int]) -> [Rect] {
        Self.split(length: width, widths).map { start, length in
            Rect(x: x + start, y: y, width: length, height: height)
        }
    }

    /// Stacked rows of the given heights, top to bottom, by the same rule as `splitColumns`.
    public func splitRows(_ heights: [Int]) -> [Rect] {
        Self.split(length: height, heights).map { start, length in
            Rect(x: x, y: y + start, width: width, height: length)
        }
    }

    /// Offsets and lengths for `sizes` laid along `length`.
    private static func split(length: Int, _ sizes: [Int]) -> [(start: Int, length: Int)] {
        let fixed = sizes.filter { $0 > 0 }.reduce(0, +)
        let flexible = sizes.count { $0 <= 0 }
        let rest = max(0, length - fixed)
        let share = flexible > 0 ? rest / flexible : 0
        var extra = flexible > 0 ? rest % flexible : 0
        var start = 0
        var parts: [(start: Int, length: Int)] = []
        for size in sizes {
            var wanted = size
            if size <= 0 {
                wanted = share + (extra > 0 ? 1 : 0)
                extra = max(0, extra - 1)
            }
            let actual = max(0, min(wanted, length - start))
            parts.append((start, actual))
            start += actual
        }
        return parts
    }
}

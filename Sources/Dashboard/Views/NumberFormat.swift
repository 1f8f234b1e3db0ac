/// Compact magnitudes for narrow columns: `0.25`, `640`, `1.25K`, `80.0M`.
enum NumberFormat {
    private static let suffixes = ["", "K", "M", "B", "T"]

    /// About three significant digits and a magnitude suffix, so sizes and notionals of any scale
    /// fit a column of 6 cells.
    static func compact(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        var scaled = abs(value)
        var suffix = 0
        while scaled >= 999.5, suffix < suffixes.count - 1 {
            scaled /= 1_000
            suffix += 1
        }
        let places = scaled < 9.995 ? 2 : scaled < 99.95 ? 1 : 0
        return DisplayFormat.fixed(value < 0 ? -scaled : scaled, places) + suffixes[suffix]
    }
}

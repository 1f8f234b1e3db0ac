/// The mean of a sample with a 95% confidence interval, for comparing runs across seeds
/// (`cascade sweep`): mean ± t(0.975, n−1) × s ÷ √n, Student's t so that a handful of seeds is not
/// read as more certain than it is (Student 1908; the quantiles are the standard table's).
public struct SampleSummary: Sendable, Hashable {
    /// Values in the sample.
    public var count: Int
    /// Their mean; 0 for an empty sample.
    public var mean: Double
    /// Half the width of the 95% interval around the mean; nil below two values.
    public var halfWidth: Double?
    /// The smallest and largest value; nil for an empty sample.
    public var range: ClosedRange<Double>?

    /// Summarises `values` (any order).
    public init(_ values: [Double]) {
        count = values.count
        mean = values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
        range = values.min().flatMap { low in values.max().map { low...$0 } }
        guard values.count >= 2 else {
            halfWidth = nil
            return
        }
        let mean = mean
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        halfWidth = Self.tQuantile(degreesOfFreedom: values.count - 1) * (variance / Double(values.count)).squareRoot()
    }

    /// t(0.975) for 1…30 degrees of freedom, then 40, 60, 120; the normal 1.96 beyond.
    private static let table: [Double] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ]

    /// The two-sided 95% quantile of Student's t with `degreesOfFreedom` (≥ 1); between the table's
    /// rows the next lower row's (wider) value, so the interval errs wide.
    static func tQuantile(degreesOfFreedom: Int) -> Double {
        switch degreesOfFreedom {
        case ...30: table[max(1, degreesOfFreedom) - 1]
        case ..<60: 2.042
        case ..<120: 2.000
        case ..<1_000: 1.980
        default: 1.960
        }
    }
}

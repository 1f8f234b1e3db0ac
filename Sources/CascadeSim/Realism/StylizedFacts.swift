import Foundation

/// The stylized facts of a return series that real markets show (Cont, 2001): fat tails, no linear
/// autocorrelation, volatility clustering with long memory, volume moving with volatility.
public struct StylizedFacts: Sendable, Hashable, Codable {
    /// How many log returns the facts are computed over.
    public var returns: Int
    /// Kurtosis of the returns minus 3: 0 for normal returns, far above 0 for fat tails.
    public var excessKurtosis: Double
    /// Correlation of each return with the next: near 0 in real markets.
    public var autocorrelationLag1: Double
    /// The same for absolute returns: positive when volatility clusters.
    public var absoluteAutocorrelationLag1: Double
    /// Absolute returns 100 bars apart: still positive when volatility has long memory.
    public var absoluteAutocorrelationLag100: Double
    /// Correlation of each bar's volume with its absolute return: positive in real markets.
    public var volumeAbsoluteReturnCorrelation: Double

    enum CodingKeys: String, CodingKey {
        case returns
        case excessKurtosis = "excess_kurtosis"
        case autocorrelationLag1 = "autocorrelation_lag1"
        case absoluteAutocorrelationLag1 = "abs_autocorrelation_lag1"
        case absoluteAutocorrelationLag100 = "abs_autocorrelation_lag100"
        case volumeAbsoluteReturnCorrelation = "volume_abs_return_correlation"
    }

    /// Facts of the log returns between consecutive closes, with each bar's volume.
    public init(closes: [Double], volumes: [Double]) {
        var logReturns: [Double] = []
        var barVolumes: [Double] = []
        for index in closes.indices.dropFirst() where closes[index - 1] > 0 && closes[index] > 0 {
            logReturns.append(log(closes[index] / closes[index - 1]))
            barVolumes.append(index < volumes.count ? volumes[index] : 0)
        }
        let absolute = logReturns.map(abs)
        returns = logReturns.count
        excessKurtosis = Self.excessKurtosis(logReturns)
        autocorrelationLag1 = Self.autocorrelation(logReturns, lag: 1)
        absoluteAutocorrelationLag1 = Self.autocorrelation(absolute, lag: 1)
        absoluteAutocorrelationLag100 = Self.autocorrelation(absolute, lag: 100)
        volumeAbsoluteReturnCorrelation = Self.correlation(absolute, barVolumes)
    }

    static func excessKurtosis(_ values: [Double]) -> Double {
        guard values.count > 3 else { return 0 }
        let mean = values.reduce(0, +) / Double(values.count)
        var second = 0.0
        var fourth = 0.0
        for value in values {
            let deviation = (value - mean) * (value - mean)
            second += deviation
            fourth += deviation * deviation
        }
        second /= Double(values.count)
        fourth /= Double(values.count)
        return second > 0 ? fourth / (second * second) - 3 : 0
    }

    static func autocorrelation(_ values: [Double], lag: Int) -> Double {
        guard values.count > lag + 2 else { return 0 }
        return correlation(Array(values.dropLast(lag)), Array(values.dropFirst(lag)))
    }

    static func correlation(_ a: [Double], _ b: [Double]) -> Double {
        let count = min(a.count, b.count)
        guard count > 2 else { return 0 }
        let meanA = a.prefix(count).reduce(0, +) / Double(count)
        let meanB = b.prefix(count).reduce(0, +) / Double(count)
        var covariance = 0.0
        var varianceA = 0.0
        var varianceB = 0.0
        for index in 0..<count {
            covariance += (a[index] - meanA) * (b[index] - meanB)
            varianceA += (a[index] - meanA) * (a[index] - meanA)
            varianceB += (b[index] - meanB) * (b[index] - meanB)
        }
        let denominator = (varianceA * varianceB).squareRoot()
        return denominator > 0 ? covariance / denominator : 0
    }
}

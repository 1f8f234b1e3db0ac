import CascadeCore

#if canImport(Glibc)
    import Glibc
#endif

/// `cascade bench options`: what an option chain costs to mark. Two underlyings (60,000 and 3,000),
/// six expiries from 1 to 60 days, 31 strikes each spread over ±2.5 standard deviations at 60%, calls
/// and puts (744 options): price and every Greek of each at its smile's volatility, the implied
/// volatility solved back from each price, and one SVI fit per expiry to the chain's mid volatilities.
public enum OptionsBenchmark {
    /// What one run measured.
    public struct Result: Sendable {
        /// Options in the chain.
        public var options: Int
        /// Wall time of one option's price and Greeks, nanoseconds, averaged over every round.
        public var nanosecondsPerOption: Double
        /// Wall time of one implied-volatility solve, nanoseconds.
        public var nanosecondsPerImpliedVolatility: Double
        /// SVI fits timed per round (one per expiry and underlying).
        public var smileFits: Int
        /// Strikes in each fit.
        public var strikesPerFit: Int
        /// Wall time of one SVI fit, microseconds.
        public var microsecondsPerFit: Double
        /// The largest gap between a fitted smile and the smile that made the quotes, in volatility points.
        public var worstFitErrorPoints: Double

        /// One JSON object on one line, named `options-chain`, keys in a fixed order.
        public var jsonLine: String {
            "{\"name\":\"options-chain\",\"options\":\(options),"
                + "\"ns_per_option\":\(Self.rounded(nanosecondsPerOption, 1)),"
                + "\"ns_per_implied_vol\":\(Self.rounded(nanosecondsPerImpliedVolatility, 1)),"
                + "\"smile_fits\":\(smileFits),\"strikes_per_fit\":\(strikesPerFit),"
                + "\"us_per_fit\":\(Self.rounded(microsecondsPerFit, 2)),"
                + "\"worst_fit_error_vol_points\":\(Self.rounded(worstFitErrorPoints, 4))}"
        }

        private static func rounded(_ value: Double, _ places: Int) -> Double {
            let scale = pow(10, Double(places))
            return (value * scale).rounded() / scale
        }
    }

    /// One expiry of the chain: its options, their volatilities and the smile they came from.
    struct Expiry {
        var spot: Double
        var years: Double
        var smile: SVISmile
        var options: [EuropeanOption] = []
        var volatilities: [Double] = []
    }

    /// Strikes per expiry.
    static let strikes = 31

    /// The chain: a skewed smile per expiry (steeper for short expiries), strikes on a grid of
    /// `strikes` log-moneyness steps over ±2.5 σ√T at 60%, rounded to whole units.
    static func chain() -> [Expiry] {
        var expiries: [Expiry] = []
        for spot in [60_000.0, 3_000.0] {
            for days in [1.0, 2, 7, 14, 30, 60] {
                let years = days / EuropeanOption.daysPerYear
                let atTheMoney = 0.6 * 0.6 * years
                let parameters = SVIParameters(
                    a: 0.7 * atTheMoney, b: 0.1 * atTheMoney.squareRoot(), rho: -0.3, m: 0.01,
                    sigma: 3 * atTheMoney.squareRoot())
                var expiry = Expiry(spot: spot, years: years, smile: SVISmile(parameters: parameters, years: years))
                let width = 2.5 * atTheMoney.squareRoot()
                for index in 0..<strikes {
                    let k = -width + 2 * width * Double(index) / Double(strikes - 1)
                    let strike = (spot * exp(k)).rounded()
                    let volatility = expiry.smile.impliedVolatility(strike: strike, forward: spot)
                    for right in OptionRight.allCases {
                        expiry.options.append(EuropeanOption(right, strike: strike, years: years))
                        expiry.volatilities.append(volatility)
                    }
                }
                expiries.append(expiry)
            }
        }
        return expiries
    }

    /// Times `rounds` passes over the chain (prices and Greeks, implied volatilities, smile fits).
    public static func run(rounds: Int) -> Result {
        let expiries = chain()
        let options = expiries.reduce(0) { $0 + $1.options.count }
        var checksum = 0.0

        let pricingStart = MatchingBenchmark.now()
        for _ in 0..<rounds {
            for expiry in expiries {
                for (option, volatility) in zip(expiry.options, expiry.volatilities) {
                    let greeks = option.greeks(spot: expiry.spot, rate: 0.05, volatility: volatility)
                    checksum += greeks.price + greeks.delta + greeks.gamma + greeks.vega + greeks.theta + greeks.rho
                }
            }
        }
        let pricingNanoseconds = Double(MatchingBenchmark.now() - pricingStart)

        let prices = expiries.map { expiry in
            zip(expiry.options, expiry.volatilities).map { option, volatility in
                option.greeks(spot: expiry.spot, rate: 0.05, volatility: volatility).price
            }
        }
        let solveRounds = Swift.max(1, rounds / 10)
        var solved = 0
        let solveStart = MatchingBenchmark.now()
        for _ in 0..<solveRounds {
            for (expiry, chainPrices) in zip(expiries, prices) {
                for (option, price) in zip(expiry.options, chainPrices) {
                    if let volatility = try? option.impliedVolatility(price: price, spot: expiry.spot, rate: 0.05) {
                        checksum += volatility
                        solved += 1
                    }
                }
            }
        }
        let solveNanoseconds = Double(MatchingBenchmark.now() - solveStart)

        // Mid volatilities with a deterministic ±0.5 vol-point wobble, as a real chain's mids have.
        let quotes = expiries.map { expiry in
            stride(from: 0, to: expiry.options.count, by: 2).map { index in
                SmilePoint(
                    logMoneyness: log(expiry.options[index].strike / expiry.spot),
                    impliedVolatility: expiry.volatilities[index] + 0.005 * sin(Double(index)))
            }
        }
        let fitRounds = Swift.max(1, rounds / 20)
        var worst = 0.0
        let fitStart = MatchingBenchmark.now()
        for _ in 0..<fitRounds {
            for (expiry, points) in zip(expiries, quotes) {
                guard let fitted = SVISmile(fitting: points, years: expiry.years) else { continue }
                for point in points {
                    let error = abs(
                        fitted.impliedVolatility(logMoneyness: point.logMoneyness)
                            - expiry.smile.impliedVolatility(logMoneyness: point.logMoneyness))
                    worst = Swift.max(worst, error)
                }
            }
        }
        let fitNanoseconds = Double(MatchingBenchmark.now() - fitStart)
        precondition(checksum.isFinite && solved == options * solveRounds, "the chain has a price without a volatility")
        return Result(
            options: options, nanosecondsPerOption: pricingNanoseconds / Double(rounds * options),
            nanosecondsPerImpliedVolatility: solveNanoseconds / Double(solveRounds * options),
            smileFits: expiries.count, strikesPerFit: strikes,
            microsecondsPerFit: fitNanoseconds / 1_000 / Double(fitRounds * expiries.count),
            worstFitErrorPoints: worst * 100)
    }
}

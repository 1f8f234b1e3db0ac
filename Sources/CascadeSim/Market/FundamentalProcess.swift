import Foundation

/// The external ("true") price of an asset, stepped once a simulated second.
///
/// Log returns with stochastic volatility and jumps: log-volatility follows a mean-reverting AR(1)
/// (hours-long memory, so calm and turbulent stretches cluster, as GARCH does), innovations are
/// normal, and Poisson jumps with Laplace sizes add the fat tails; each jump also lifts volatility
/// (a jump begets turbulence). Scenario shocks add a deterministic drift and a volatility multiplier.
struct FundamentalProcess: Sendable {
    struct Parameters: Sendable, Hashable {
        /// Annualised volatility of the calm level (BTC: about 0.5–0.6).
        var volatility: Double = 0.55
        /// Standard deviation of log-volatility around its level.
        var volatilityOfVolatility: Double = 0.6
        /// How long log-volatility takes to forget, in seconds (e-folding time).
        var volatilityMemory: Double = 3 * 3_600
        var jumpsPerDay: Double = 6
        /// Mean absolute jump, as a log return.
        var jumpSize: Double = 0.004
        /// How much a jump of `jumpSize` lifts log-volatility.
        var jumpExcitation: Double = 0.35

        init() {}
    }

    let parameters: Parameters
    /// Log of the price in USD.
    private(set) var logPrice: Double
    /// Current log-volatility deviation.
    private(set) var logVolatility: Double = 0
    /// Scenario-imposed drift per second (log) and its end, and a volatility multiplier.
    var drift: Double = 0
    var driftUntil: Int64 = 0
    var volatilityMultiplier: Double = 1
    private var random: Xoshiro256
    private let perSecond: Double
    private let persistence: Double
    private let innovation: Double

    init(price: Double, parameters: Parameters, seed: UInt64) {
        self.parameters = parameters
        logPrice = log(price)
        random = Xoshiro256(seed: seed)
        // Mean of exp(h) for h ~ N(0, s²) is exp(s²/2); divide it out so the average level is `volatility`.
        let secondsPerYear = 365.0 * 86_400
        perSecond =
            parameters.volatility / secondsPerYear.squareRoot()
            / exp(parameters.volatilityOfVolatility * parameters.volatilityOfVolatility / 2)
        persistence = exp(-1 / parameters.volatilityMemory)
        innovation = parameters.volatilityOfVolatility * (1 - persistence * persistence).squareRoot()
    }

    var price: Double { exp(logPrice) }

    /// Instantaneous volatility per square-root second, with the scenario multiplier.
    var sigma: Double { perSecond * exp(logVolatility) * volatilityMultiplier }

    /// Advances one second ending at `time` (milliseconds).
    mutating func step(at time: Int64) {
        logVolatility = persistence * logVolatility + innovation * random.nextGaussian()
        let sigma = self.sigma
        var change = sigma * random.nextGaussian() - sigma * sigma / 2
        if random.nextUnit() < parameters.jumpsPerDay / 86_400 {
            let size = random.nextLaplace(scale: parameters.jumpSize)
            change += size
            logVolatility += parameters.jumpExcitation * abs(size) / parameters.jumpSize
        }
        if time <= driftUntil { change += drift }
        logPrice += change
    }

    /// Moves the price by `fraction` (−0.12: down 12%) evenly over `seconds`.
    mutating func shock(by fraction: Double, over seconds: Double, from time: Int64) {
        drift = log(1 + fraction) / Swift.max(1, seconds)
        driftUntil = time + Int64(seconds * 1_000)
    }
}

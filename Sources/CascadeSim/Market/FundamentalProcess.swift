import Foundation

/// The external ("true") price of an asset, stepped once a simulated second.
///
/// Log returns are `σ_t × ε` with normal ε and no drift, so the mean log return is zero and a calm
/// scenario neither trends up nor down. Volatility has memory at every horizon: log σ_t is the sum of
/// five mean-reverting AR(1) components whose e-folding times run geometrically from five minutes to
/// `volatilityMemory` (ten days by default), a superposition that decays roughly as a power law, as
/// the multifractal and HAR models do (Calvet–Fisher 2004; Corsi 2009), so a turbulent morning is
/// still felt the next day (BTC's hourly ACF of |r| is 0.3 at lag 1 and 0.2 at a day).
///
/// Volatility also follows the clock: it peaks in the US and European afternoon (about 15:00 UTC) and
/// is lowest in the Asian night, as BTC's intraday pattern does (Eross et al. 2019, "The intraday
/// dynamics of bitcoin"), which is part of why hourly |r| correlates with itself a day later.
///
/// Jumps arrive as a self-exciting (Hawkes) process: each jump raises the intensity of the next for
/// about an hour (Hawkes 1971; crypto trade arrivals have branching ratios near 0.7–0.8), their size
/// grows with the square root of the volatility of the moment (calm stretches keep moderate tails,
/// turbulent ones get the large moves) and is capped at six mean sizes, and each lifts the fast
/// volatility components.
/// A weak leverage effect lets falling prices raise the next hours' volatility slightly (BTC's
/// corr(r, |r| later) is −0.01 to −0.05). Scenario shocks add a drift and a volatility multiplier.
///
/// Cost per step: six normal draws and a uniform; the world steps it once a simulated second.
struct FundamentalProcess: Sendable {
    struct Parameters: Sendable, Hashable {
        /// Annualised volatility, the root mean square over the regimes (BTC: about 0.5–0.6).
        var volatility: Double = 0.55
        /// Standard deviation of log-volatility summed over its components: regimes run from about a
        /// fifth to three times the typical level.
        var volatilityOfVolatility: Double = 1.0
        /// E-folding time of the slowest volatility component, in seconds; the fastest is five minutes.
        var volatilityMemory: Double = 3 * 86_400
        /// Jumps a day in calm conditions, before self-excitation.
        var jumpsPerDay: Double = 4
        /// Mean absolute jump at the calm volatility level, as a log return; scales with volatility.
        var jumpSize: Double = 0.0025
        /// Amplitude of the intraday cycle of volatility (0.3: from 0.7× to 1.3× of the level).
        var intradayAmplitude: Double = 0.3
        /// How much a typical jump lifts the fast log-volatility components.
        var jumpExcitation: Double = 0.3
        /// Expected jumps each jump triggers (the Hawkes branching ratio, below 1).
        var jumpClustering: Double = 0.7
        /// How long a jump keeps raising the intensity, in seconds.
        var jumpClusteringMemory: Double = 3_600

        init() {}
    }

    /// Log-volatility weights of the components, fastest first, before scaling to
    /// `volatilityOfVolatility`: most of the variance sits at the scales of hours to days, where BTC's
    /// hourly volatility clustering lives.
    static let componentWeights = [0.1, 0.2, 0.4, 0.6, 0.7]
    /// The fastest component's e-folding time, in seconds.
    static let fastestMemory = 300.0
    /// Log-volatility is capped at this many units above the calm level (e^2.2 ≈ 9×): a guard
    /// against a cluster of jumps compounding without bound; scenarios multiply on top of it.
    static let logVolatilityCap = 2.2
    /// How strongly a return's shock moves the two fastest components against its sign.
    static let leverage = 0.15
    /// Largest jump, in mean jump sizes (Laplace draws are capped here).
    static let largestJump = 6.0
    /// Time of day when volatility peaks, in seconds after midnight UTC.
    static let intradayPeak = 15.0 * 3_600

    let parameters: Parameters
    /// Log of the price in USD.
    private(set) var logPrice: Double
    /// Each component's log-volatility deviation, fastest first.
    private(set) var components: [Double]
    /// Scenario-imposed drift per second (log) and its end, and a volatility multiplier.
    var drift: Double = 0
    var driftUntil: Int64 = 0
    var volatilityMultiplier: Double = 1
    /// Jump intensity above the baseline, per second: the Hawkes excitation.
    private var excitation: Double = 0
    private var random: Xoshiro256
    let perSecond: Double
    /// Variance of log-volatility, for the jump scale's reference level.
    private let variance: Double
    let persistence: [Double]
    private let innovation: [Double]
    private let excitationDecay: Double

    init(price: Double, parameters: Parameters, seed: UInt64) {
        self.parameters = parameters
        logPrice = log(price)
        random = Xoshiro256(seed: seed)
        // E[exp(2h)] = exp(2V) for h ~ N(0, V): divide it out so `volatility` is the root mean square.
        let variance = parameters.volatilityOfVolatility * parameters.volatilityOfVolatility
        self.variance = variance
        perSecond = parameters.volatility / (365.0 * 86_400).squareRoot() / exp(variance)
        let count = Self.componentWeights.count
        let slowest = max(Self.fastestMemory, parameters.volatilityMemory)
        let ratio = pow(slowest / Self.fastestMemory, 1 / Double(count - 1))
        let norm = Self.componentWeights.reduce(0) { $0 + $1 * $1 }.squareRoot()
        var persistence: [Double] = []
        var innovation: [Double] = []
        for (index, weight) in Self.componentWeights.enumerated() {
            let memory = Self.fastestMemory * pow(ratio, Double(index))
            let phi = exp(-1 / memory)
            persistence.append(phi)
            innovation.append(parameters.volatilityOfVolatility * weight / norm * (1 - phi * phi).squareRoot())
        }
        self.persistence = persistence
        self.innovation = innovation
        components = Array(repeating: 0, count: count)
        excitationDecay = exp(-1 / max(1, parameters.jumpClusteringMemory))
    }

    var price: Double { exp(logPrice) }

    /// The summed log-volatility deviation from the calm level, capped.
    var logVolatility: Double { min(Self.logVolatilityCap, components.reduce(0, +)) }

    /// Instantaneous volatility per square-root second, with the scenario multiplier (the intraday
    /// cycle is applied in `step`, so what agents read as the level does not swing with the clock).
    var sigma: Double { perSecond * exp(logVolatility) * volatilityMultiplier }

    /// Advances one second ending at `time` (milliseconds).
    mutating func step(at time: Int64) {
        for index in components.indices {
            components[index] = persistence[index] * components[index] + innovation[index] * random.nextGaussian()
        }
        let secondOfDay = Double((time / 1_000) % 86_400)
        let cycle = 1 + parameters.intradayAmplitude * cos(2 * Double.pi * (secondOfDay - Self.intradayPeak) / 86_400)
        let sigma = self.sigma * cycle
        let shock = random.nextGaussian()
        var change = sigma * shock
        // Falling prices lift the fast components a little; rising ones calm them as much.
        components[0] -= Self.leverage * innovation[0] * shock
        components[1] -= Self.leverage * innovation[1] * shock
        let intensity = parameters.jumpsPerDay / 86_400 + excitation
        excitation *= excitationDecay
        if random.nextUnit() < intensity {
            let scale = (sigma / max(perSecond * exp(variance), .leastNonzeroMagnitude)).squareRoot()
            let draw = min(Self.largestJump, max(-Self.largestJump, random.nextLaplace(scale: 1)))
            change += parameters.jumpSize * scale * draw
            excitation += parameters.jumpClustering / max(1, parameters.jumpClusteringMemory)
            let lift = parameters.jumpExcitation * min(abs(draw), 4)
            components[0] += lift
            components[1] += lift / 2
        }
        if time <= driftUntil { change += drift }
        logPrice += change
    }

    /// Moves the price by `fraction` (−0.12: down 12%) evenly over `seconds`.
    mutating func shock(by fraction: Double, over seconds: Double, from time: Int64) {
        drift = log(1 + fraction) / Swift.max(1, seconds)
        driftUntil = time + Int64(seconds * 1_000)
    }

    /// Moves the price at once by `fraction` (at most halving it): the impact of a trade on the spot
    /// venues, such as a keeper reselling auctioned collateral.
    mutating func push(by fraction: Double) { logPrice += log(1 + Swift.max(-0.5, fraction)) }
}

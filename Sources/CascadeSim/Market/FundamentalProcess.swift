import Foundation

/// The external ("true") price of an asset, stepped once a simulated second.
///
/// Log returns are `σ_t × ε` with normal ε, plus jumps, and no drift: both are symmetric, so the mean
/// log return is zero and a calm scenario neither trends up nor down.
///
/// It is the log price that is a martingale, not the price: the process adds no Itô term −σ²/2
/// (Hull, "Options, Futures, and Other Derivatives", the lognormal property of stock prices) and no
/// jump compensator −λE[e^J − 1] (Merton 1976). So the median price stays where it starts and the
/// mean price rises by about E[σ²]T/2 + λE[J²]T/2: at `calm`'s 0.5 a year and about 29 jumps a day,
/// 0.0018 + 0.0003 over 5 days (`cascade bench drift --fundamental --seeds 5000`: mean log return
/// +0.0006 ± 0.0008, mean price ratio +0.0021 ± 0.0008). A drift is judged on the mean log return,
/// as the stylized facts are stated for log returns (Cont 2001); the other choice would put that
/// mean at −0.0021 over 5 days, a quarter of the standard error of 50 seeds.
///
/// Volatility has memory at every horizon: log σ_t is the sum of seven mean-reverting AR(1)
/// components with e-folding times of 5 minutes, 30 minutes, 3 hours, a day, 3 days, a week and 3
/// weeks, a superposition that decays roughly as a power law, as the multifractal and HAR models do
/// (Calvet–Fisher 2004; Corsi 2009: a day, a week and a month), so a turbulent morning is still felt
/// the next day and a turbulent week the next (BTC's hourly ACF of |r| is about 0.3 at lag 1, 0.2 a
/// day later and still 0.13 a week later on Binance's BTCUSDT hourly candles, 2017–21).
///
/// Volatility also follows the clock: it peaks in the US and European afternoon (about 15:00 UTC) and
/// is lowest in the Asian night, as BTC's intraday pattern does (Eross et al. 2019, "The intraday
/// dynamics of bitcoin").
///
/// Jumps arrive as a self-exciting (Hawkes) process: each jump raises the intensity of the next for
/// about an hour (Hawkes 1971; Filimonov–Sornette 2012 and Hardiman–Bercot–Bouchaud 2013 measure
/// branching ratios of 0.6–0.8 in calm markets). Sizes grow with the square root of the volatility of
/// the moment, so calm stretches keep moderate tails and turbulent ones get the large moves; each
/// jump lifts the two fastest volatility components.
/// A weak leverage effect lets falling prices raise the next minutes' volatility slightly (BTC's
/// corr(r, |r| later) is −0.01 to −0.05; Takaishi 2018 finds no asymmetry at all in daily BTC).
/// Scenario shocks add a drift and a volatility multiplier.
///
/// The values were tuned together (a one-second prototype of this process, then `cascade bench
/// realism` on the whole world) so that `calm` lands inside the bands real BTC meets: one-minute excess
/// kurtosis 10–60 (Binance.US BTCUSDT one-minute closes, March 2023: 28.6), Hill tail index 2.2–3.5
/// at a minute and an hour, volatility clustering at lags from a minute to a day.
///
/// Cost per step: four normal draws and a uniform, and a Laplace draw on a jump; the world steps it
/// once a simulated second. The components with memories of hours and more move once a simulated
/// minute (their exact 60-second AR(1) step), where a second's move would be invisible, so the four
/// slow ones cost four draws a minute.
struct FundamentalProcess: Sendable {
    struct Parameters: Sendable, Hashable {
        /// Annualised volatility, the root mean square over the regimes (BTC: about 0.5–0.9, 0.65 on
        /// Binance.US one-minute closes of March 2023, 0.92 on Binance hourly candles of 2017–21).
        var volatility: Double = 0.55
        /// Standard deviation of log-volatility summed over its components. 1.3, of which the week
        /// and three-week components hold an eighth of the variance: over any 20 days they mostly set
        /// the level, and the rest (deviation about 1.2) moves within them. With it the process alone, over 64
        /// seeds of 20 days, has a median one-minute excess kurtosis near 20 and hourly |r| ACF near
        /// 0.4 at lag 1 and 0.17 at 24 h (BTC: 28.6, 0.3 and 0.215); a larger value makes the quiet
        /// stretches so quiet that the book's own bounce dominates one-minute returns.
        var volatilityOfVolatility: Double = 1.3
        /// Longest e-folding time of a volatility component, in seconds: components whose memory
        /// in `componentMemories` is longer get this one. Three weeks by default, the slowest
        /// component; BTC's |r| ACF is still 0.12 at three weeks on hourly candles (2017–21).
        var volatilityMemory: Double = 21 * 86_400
        /// Jumps a day in calm conditions, before self-excitation (about 29 a day with it). Small and
        /// frequent: they give one-minute returns their conditional tails (BTC's EWMA-standardised
        /// one-minute |r| has a 99.9% quantile of about 7σ) without dominating the kurtosis.
        var jumpsPerDay: Double = 10
        /// Mean absolute jump at the typical volatility level, as a log return: 0.15%, about two
        /// standard deviations of a typical one-minute return (the old 0.25% with a cap at six sizes
        /// alone pushed one-minute kurtosis past 100).
        var jumpSize: Double = 0.0015
        /// Amplitude of the intraday cycle of volatility (0.3: from 0.7× to 1.3× of the level).
        var intradayAmplitude: Double = 0.3
        /// How much a jump of the mean size lifts the fastest log-volatility component (half as much
        /// the next one): jumps excite volatility for the next half hour. 0.15: at 0.3 the bursts a
        /// cluster of jumps sets off are short and tall enough to dominate the hourly |r| of a
        /// 20-day sample, and its autocorrelation at 10 and 24 hours falls below the bands on more
        /// seeds (over 64 seeds of the process alone, 37 instead of 43 above 0.1 at 24 hours).
        var jumpExcitation: Double = 0.15
        /// Expected jumps each jump triggers (the Hawkes branching ratio, below 1; 0.6–0.8 in calm
        /// markets per Filimonov–Sornette 2012 and Hardiman–Bercot–Bouchaud 2013).
        var jumpClustering: Double = 0.65
        /// How long a jump keeps raising the intensity, in seconds.
        var jumpClusteringMemory: Double = 3_600

        init() {}
    }

    /// E-folding times of the log-volatility components in seconds, fastest first: 5 and 30 minutes
    /// (BTC's best one-minute EWMA has λ ≈ 0.94, a half-life of about 11 minutes), 3 hours, then
    /// Corsi's (2009) HAR horizons of a day and a week with 3 days between them and 3 weeks for the
    /// month. Capped at `volatilityMemory`.
    static let componentMemories: [Double] = [300, 1_800, 10_800, 86_400, 3 * 86_400, 7 * 86_400, 21 * 86_400]
    /// Log-volatility weights of the components, in the order of `componentMemories`, before
    /// scaling to `volatilityOfVolatility`: most of the variance sits at one to three days, which 20
    /// days sample several times over, so the hourly |r| ACF at 24 h stays above 0.1 on most seeds
    /// (the 3-week component alone barely moves within 20 days: what it adds to the ACF at every lag,
    /// the sample mean takes away). The small weights of the fast ones keep one-minute kurtosis
    /// down (a log-normal mixture has kurtosis 3e^(4V) for a log-variance V, so every bit of fast
    /// variance multiplies it). Chosen on the process alone over 64 seeds of 20 days each
    /// (`CASCADE_PROCESS_SEEDS=64 swift test --filter twentyDaysSitInTheBands`); against the five
    /// components of 5 minutes to 3 days, hourly |r| ACF at 24 h is above 0.1 on 43 seeds instead
    /// of 33 and at 10 h above 0.15 on 50 instead of 33, with the kurtosis and tail bands as before.
    /// Over 640 days (seeds 1–4) the hourly excess kurtosis is 15–18 and the hourly Hill index
    /// 2.2–2.5, inside the bands (BTC: 16–30, 2.2–3.5); a 20-day sample holds 480 hourly returns and a
    /// Hill estimate over their largest 24 has a standard error of about α/√24 ≈ 0.5, so about a third
    /// of 20-day seeds fall outside on either side. Heavier or rarer jumps, same-sign jump cascades,
    /// more weight at 3 hours or a larger `volatilityOfVolatility` did not change that share.
    static let componentWeights = [0.08, 0.1, 0.15, 0.5, 0.8, 0.3, 0.2]
    /// Components at least this slow (in seconds) are stepped once every `slowStep` seconds.
    static let slowFrom = 3_600.0
    /// Seconds between the steps of the slow components.
    static let slowStep = 60
    /// Log-volatility is capped at this many units above the calm level (e^2.2 ≈ 9×): a guard
    /// against a cluster of jumps compounding without bound; scenarios multiply on top of it.
    static let logVolatilityCap = 2.2
    /// How strongly a return's shock moves the two fastest components against its sign.
    static let leverage = 0.15
    /// Largest jump, in mean jump sizes (Laplace draws are capped here: 0.6%, about 8 one-minute
    /// standard deviations at the typical level).
    static let largestJump = 4.0
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
    /// Volatility per square-root second at the calm level (log-volatility 0), before the cycle.
    let perSecond: Double
    /// Root-mean-square volatility per square-root second (`volatility` per second): the level
    /// jump sizes scale against.
    private let typicalSigma: Double
    /// Each component's AR(1) persistence per second (the options' forecast reads it).
    let persistence: [Double]
    /// Each component's stationary variance, sᵢ² (the forecast reads it for every point it sums).
    let stationaryVariance: [Double]
    /// The mean lift of log-volatility by jumps, which `perSecond` gives back (the forecast adds it).
    let jumpLift: Double
    /// Persistence and innovation of one step of each component: a second for the fast ones,
    /// `slowStep` seconds for the slow ones.
    private let stepPersistence: [Double]
    private let stepInnovation: [Double]
    /// How many components (the fastest) move every second; the rest move every `slowStep`.
    private let fastCount: Int
    /// Seconds since the slow components last moved.
    private var sinceSlowStep = 0
    private let excitationDecay: Double

    init(price: Double, parameters: Parameters, seed: UInt64) {
        self.parameters = parameters
        logPrice = log(price)
        random = Xoshiro256(seed: seed)
        let memories = Self.componentMemories.map { min($0, max(1, parameters.volatilityMemory)) }
        let spreads = Self.componentWeights.map { parameters.volatilityOfVolatility * $0 / Self.weightNorm }
        let steps = memories.map { $0 >= Self.slowFrom ? Double(Self.slowStep) : 1 }
        persistence = memories.map { exp(-1 / $0) }
        stationaryVariance = spreads.map { $0 * $0 }
        stepPersistence = zip(memories, steps).map { memory, step in exp(-step / memory) }
        stepInnovation = zip(spreads, stepPersistence).map { spread, phi in spread * (1 - phi * phi).squareRoot() }
        fastCount = steps.filter { $0 == 1 }.count
        components = Array(repeating: 0, count: memories.count)
        excitationDecay = exp(-1 / max(1, parameters.jumpClusteringMemory))
        // Jumps lift the two fastest components; on average (rate × mean lift × memory) that raises
        // log-volatility by `jumpLift`, which the calm level gives back so `volatility` stays the level.
        let jumpsPerSecond = parameters.jumpsPerDay / 86_400 / max(0.05, 1 - parameters.jumpClustering)
        let meanLift = parameters.jumpExcitation * (1 - exp(-Self.largestJump))
        jumpLift = jumpsPerSecond * meanLift * (memories[0] + memories[1] / 2)
        typicalSigma = parameters.volatility / (365.0 * 86_400).squareRoot()
        perSecond = typicalSigma / Self.rootMeanSquare(deviation: parameters.volatilityOfVolatility) / exp(jumpLift)
    }

    /// The root of the summed squared weights: each component's standard deviation is its weight over
    /// this, times `volatilityOfVolatility`.
    static let weightNorm = componentWeights.reduce(0) { $0 + $1 * $1 }.squareRoot()

    /// The root mean square of `exp(min(h, cap))` for log-volatility `h ~ N(0, deviation²)`, so that
    /// dividing by it makes `volatility` the root-mean-square level of the capped process. Without
    /// the cap's term the process would run well below `volatility` when the deviation is large (at
    /// 1.3, about 0.55 of it).
    static func rootMeanSquare(deviation: Double) -> Double {
        cappedMeanSquare(mean: 0, deviation: deviation).squareRoot()
    }

    /// E[e^(2 min(h, c))] for `h ~ N(mean, deviation²)` and the cap c:
    /// e^(2μ + 2V) Φ((c − μ − 2V)/√V) + e^(2c) (1 − Φ((c − μ)/√V)) with V = deviation².
    static func cappedMeanSquare(mean: Double, deviation: Double) -> Double {
        let cap = logVolatilityCap
        guard deviation > 0 else { return exp(2 * min(cap, mean)) }
        let variance = deviation * deviation
        func normal(_ x: Double) -> Double { 0.5 * erfc(-x / 2.squareRoot()) }
        return exp(2 * mean + 2 * variance) * normal((cap - mean - 2 * variance) / deviation)
            + exp(2 * cap) * (1 - normal((cap - mean) / deviation))
    }

    var price: Double { exp(logPrice) }

    /// The summed log-volatility deviation from the calm level, capped.
    var logVolatility: Double { min(Self.logVolatilityCap, components.reduce(0, +)) }

    /// Instantaneous volatility per square-root second, with the scenario multiplier (the intraday
    /// cycle is applied in `step`, so what agents read as the level does not swing with the clock).
    var sigma: Double { perSecond * exp(logVolatility) * volatilityMultiplier }

    /// Advances one second ending at `time` (milliseconds).
    mutating func step(at time: Int64) {
        for index in 0..<fastCount {
            components[index] =
                stepPersistence[index] * components[index] + stepInnovation[index] * random.nextGaussian()
        }
        sinceSlowStep += 1
        if sinceSlowStep == Self.slowStep {
            sinceSlowStep = 0
            for index in fastCount..<components.count {
                components[index] =
                    stepPersistence[index] * components[index] + stepInnovation[index] * random.nextGaussian()
            }
        }
        let secondOfDay = Double((time / 1_000) % 86_400)
        let cycle = 1 + parameters.intradayAmplitude * cos(2 * Double.pi * (secondOfDay - Self.intradayPeak) / 86_400)
        let sigma = self.sigma * cycle
        let shock = random.nextGaussian()
        // No −σ²/2: the log price is the martingale (see the type's comment). `sigma` was set before
        // `shock` was drawn and the jump's sign is independent of its size, so every term has mean zero.
        var change = sigma * shock
        // Falling prices lift the fast components a little; rising ones calm them as much.
        components[0] -= Self.leverage * stepInnovation[0] * shock
        components[1] -= Self.leverage * stepInnovation[1] * shock
        let intensity = parameters.jumpsPerDay / 86_400 + excitation
        excitation *= excitationDecay
        if random.nextUnit() < intensity {
            let scale = (sigma / max(typicalSigma, .leastNonzeroMagnitude)).squareRoot()
            let draw = min(Self.largestJump, max(-Self.largestJump, random.nextLaplace(scale: 1)))
            change += parameters.jumpSize * scale * draw
            excitation += parameters.jumpClustering / max(1, parameters.jumpClusteringMemory)
            let lift = parameters.jumpExcitation * abs(draw)
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

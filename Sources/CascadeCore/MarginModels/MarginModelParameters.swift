/// The settings of an instrument's margin model: the volatility estimator, the coverage it targets,
/// the predictive add-on's weights and the anti-procyclicality rules.
///
/// The coverage rule is CME's: margin covers a stated share of price moves over the time it takes to
/// close a position (cmegroup.com, "Futures and options margin model": "≥ 99% of expected price moves
/// over the liquidation period"). Tier 1's maintenance rate is set to z(confidence) × σ × √(horizon),
/// never below `floor`; every other tier scales by the same factor, and initial margin is twice
/// maintenance (Hyperliquid's margin tiers: maintenance is half the initial margin at max leverage).
///
/// Values outside the documented ranges are clamped into them when an exchange is built, so no
/// setting can trap; `cascade run` refuses them at the scenario file with a line number.
public struct MarginModelParameters: Sendable, Hashable {
    /// Which model runs; `static` ignores every other field.
    public var kind: MarginModelKind = .static

    /// EWMA decay λ (0.5–0.999). RiskMetrics 1996 uses 0.94 for daily and 0.97 for monthly
    /// forecasts; 0.97 over 10-second samples remembers about 5 minutes (1 ÷ (1 − λ) samples), long
    /// enough not to chase every tick, short enough to see a crash within its first minutes.
    public var lambda = 0.97
    /// GARCH(1,1) weight α of the latest squared return (0–0.5). 0.08 and β 0.90 are typical fitted
    /// values for daily equity and crypto returns (persistence α + β = 0.98, a half-life of ~34
    /// samples); ω is set so the long-run volatility is `startVolatility` (variance targeting).
    public var alpha = 0.08
    /// GARCH(1,1) weight β of the previous variance (0–0.999); α + β must stay below 1.
    public var beta = 0.90
    /// One-sided share of moves margin covers (0.9–0.9999); 0.99 is CME's stated coverage.
    public var confidence = 0.99
    /// Liquidation horizon h: how long closing a position is assumed to take (5 minutes: with the
    /// default sampling, calm's volatility is then covered by today's tier-1 rate, so a calm market
    /// keeps its tiers).
    public var horizon: SimTime = 5 * .minute
    /// Interval Δ between the mark samples whose returns feed the estimator (at least a second: the
    /// model is evaluated at most once a simulated second, never per command). Ten seconds keeps
    /// the mark's tick noise out of the estimate.
    public var sampleEvery: SimTime = 10 * .second
    /// Volatility per day the estimator starts from (and GARCH's long-run level), as a fraction;
    /// `nil` starts where the floor is exactly covered, so a calm start changes nothing.
    public var startVolatility: Double?

    /// Lowest tier-1 maintenance rate; `nil` is the instrument's published tier-1 rate, so an
    /// adaptive model only ever raises margin above today's tiers.
    public var floor: Rate?
    /// Highest tier-1 maintenance rate (a cap, so a freak estimate cannot ask for 100%): 25%.
    public var ceiling = Rate(units: 25_000_000)
    /// How often the requirement is reviewed (and at most how often it may rise).
    public var reviewEvery: SimTime = .minute
    /// The most one review may raise the requirement, as a share of the rate in force (50%: 0.40% may
    /// become at most 0.60%). CME raises margins in steps and pre-emptively "to avoid large step
    /// changes"; EMIR Art. 28 (RTS 153/2013) asks clearing houses to limit procyclicality.
    public var maxRise = Rate(units: 50_000_000)
    /// A rise is announced and takes effect this long after; 0 applies it at once. Decreases apply
    /// at once: they cannot liquidate anyone, and releasing margin in stress is what an
    /// anti-procyclical buffer is for.
    public var leadTime: SimTime = 2 * .minute
    /// Changes smaller than this share of the rate in force are not made (10%): the requirement does
    /// not twitch with every estimate.
    public var deadband = Rate(units: 10_000_000)
    /// An anti-procyclical buffer, as a share of the target: while the target is not rising the rate
    /// is built up to the target × (1 + buffer); when it rises, the buffer is used up before the rate
    /// moves, and the rate then follows the target alone. EMIR Art. 28(1)(a) (RTS 153/2013) names a
    /// buffer of at least 25% "temporarily exhausted in periods where calculated margin requirements
    /// are rising significantly". 0 (the default) holds no buffer.
    public var buffer = Rate.zero

    /// Predictive: how far from the mark, as a share of it, counts as "near" (3%) for open interest
    /// near liquidation and for book depth.
    public var band = Rate(units: 3_000_000)
    /// Predictive: weight of the share of open interest whose liquidation price is within `band`.
    public var concentrationWeight = 1.0
    /// Predictive: weight of the shortfall of insurance fund plus backstop against the loss that
    /// near-liquidation notional could leave.
    public var capacityWeight = 0.5
    /// Predictive: weight of near-liquidation notional against book depth within `band`.
    public var depthWeight = 0.5

    /// The static model: today's tiers, unchanged.
    public init() {}

    /// The given model with every other setting at its default.
    public init(kind: MarginModelKind) { self.kind = kind }
}

/// How the exchange watches portfolio-margined accounts and reduces one that falls short of
/// maintenance, step by step instead of closing everything (Deribit liquidates portfolio accounts
/// incrementally: support.deribit.com, "Portfolio margin", liquidation section).
public struct PortfolioReductionRules: Sendable, Hashable {
    /// A reduction stops once equity is at least maintenance margin times one plus this (10%).
    public var buffer = Rate(units: 10_000_000)
    /// The share of a position one step closes, at least one lot (25%).
    public var stepFraction = Rate(units: 25_000_000)
    /// The wait between steps of one account (2 s): each step's fill moves the book before the next.
    public var interval: SimTime = 2 * .second
    /// How far an index may move, at most, before an account is evaluated again (4%, the first
    /// core scenario move): beyond it the scenario table no longer bounds the loss.
    public var bandCap = Rate(units: 4_000_000)
    /// An account is evaluated at least this often even if no index leaves its band (60 s): implied
    /// volatilities and time move too.
    public var review: SimTime = 60 * .second
    /// Whether detection uses bands; `false` evaluates every portfolio account on every index update
    /// (the reference the banded detection is tested against).
    public var banded = true

    /// Deribit-like defaults: 25% steps 2 s apart until 10% above maintenance.
    public init() {}
}

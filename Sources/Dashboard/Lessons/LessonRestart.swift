import CascadeCore
import CascadeSim

/// How a lesson step starts its world over: the lesson's scenario and seed with one thing changed,
/// so the learner sees the same market under another rule.
public enum LessonRestart: Sendable, Hashable {
    /// Every market under this liquidation waterfall.
    case style(LiquidationStyle)
    /// Every market's requirement set by this margin model.
    case marginModel(MarginModelKind)

    /// `scenario` with the change made.
    func scenario(from scenario: Scenario) -> Scenario {
        var changed = scenario
        switch self {
        case .style(let style):
            changed.liquidation.style = style
            for index in changed.markets.indices { changed.markets[index].liquidationStyle = nil }
        case .marginModel(let kind):
            changed.margin.kind = kind
            for symbol in changed.marginBySymbol.keys.sorted() { changed.marginBySymbol[symbol]?.kind = kind }
        }
        return changed
    }

    /// What the restarted world runs under, for the status line: `Hyperliquid's waterfall`.
    var summary: String {
        switch self {
        case .style(let style): "\(style.venue)'s waterfall"
        case .marginModel(let kind): "\(kind.rawValue) margin"
        }
    }

    /// What a world's snapshot runs under, in this restart's terms: the first market's waterfall or
    /// margin model, to label a run in a comparison.
    func label(of snapshot: MarketSnapshot) -> String {
        switch self {
        case .style: "\(snapshot.instruments[0].liquidationStyle.venue)'s waterfall"
        case .marginModel: "\((snapshot.instruments[0].margin?.kind ?? .static).rawValue) margin"
        }
    }
}

/// One run of a lesson's world, kept when a step starts it over, so a later step can compare.
struct LessonRun: Sendable, Hashable {
    /// What the run ran under: `static margin`.
    var label: String
    /// Notional liquidated across every market over the run's statistics samples (USDC).
    var liquidated: Double
    /// The highest tier-1 maintenance rate the first market had.
    var peakMaintenance: Rate?

    /// The run `snapshot` shows, labelled as `restart` names it.
    init(_ snapshot: MarketSnapshot, labelledBy restart: LessonRestart) {
        label = restart.label(of: snapshot)
        liquidated = (snapshot.systemLiquidatedLongs + snapshot.systemLiquidatedShorts).reduce(0, +)
        peakMaintenance = snapshot.instruments.first?.margin?.highestMaintenanceRate
    }

    /// `static margin: $12.3M liquidated, MMR at most 0.40%`.
    var text: String {
        "\(label): $\(NumberFormat.compact(liquidated)) liquidated"
            + (peakMaintenance.map { ", MMR at most \(DisplayFormat.marginRate($0))" } ?? "")
    }
}

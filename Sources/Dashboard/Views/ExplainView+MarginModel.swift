import CascadeCore
import TerminalKit

extension ExplainView {
    /// An instrument's margin model with its live inputs: the volatility estimate, its scaling to the
    /// liquidation horizon, the confidence, the predictive add-on, floor, ceiling and the rules that
    /// turn the target into a change; then an announced rise and what it will do to `position`.
    static func marginModelLines(
        _ market: InstrumentSnapshot, position: PositionSnapshot?, _ context: ViewContext
    ) -> [(text: String, style: Style)] {
        guard let margin = market.margin else { return [] }
        let symbol = market.instrument.symbol
        let rate = DisplayFormat.marginRate
        let parameters = margin.parameters
        guard margin.kind.isAdaptive, let sigma = margin.volatility, let horizon = margin.horizonVolatility,
            let z = margin.z
        else {
            return [
                ("\(symbol) margin model: static", Style(.title, bold: true)),
                (
                    "the published tiers, MMR \(rate(margin.maintenanceRate)) at tier 1; a scenario's [margin] "
                        + "model = \"ewma\", \"garch\" or \"predictive\" (or --set margin.model=NAME) makes it follow "
                        + "volatility", Style(.muted)
                ),
            ]
        }
        let step = "\(parameters.sampleEvery / .second) s"
        let percent = { (value: Double, places: Int) in DisplayFormat.fixed(value * 100, places) + "%" }
        let usdc = { (money: Money) in NumberFormat.compact(Double(money.units) / 1e6) + " USDC" }
        let recursion =
            margin.kind == .garch
            ? "GARCH(1,1), α \(DisplayFormat.fixed(parameters.alpha, 2)), β \(DisplayFormat.fixed(parameters.beta, 2))"
            : "EWMA of squared log returns, λ \(DisplayFormat.fixed(parameters.lambda, 3))"
        let scale = horizon / sigma
        let coverage = z * horizon
        let fraction = { (rate: Rate) in Double(rate.units) / Double(Rate.one) }
        let addOn = margin.kind == .predictive ? margin.addOn : 0
        var lines: [(String, Style)] = [
            (
                "\(symbol) margin model: \(margin.kind.rawValue), reviewed every "
                    + "\(MarginModelText.countdown(parameters.reviewEvery)) from a sample every \(step)",
                Style(.title, bold: true)
            ),
            ("σ per \(step) = \(recursion)", Style(.accent)),
            (
                "    = \(percent(sigma, 4)), \(percent(margin.annualisedVolatility ?? 0, 1)) a year",
                Style(.text)
            ),
            (
                "σ over the \(MarginModelText.countdown(parameters.horizon)) liquidation horizon = "
                    + "σ × √(horizon ÷ \(step))", Style(.accent)
            ),
            ("    = \(percent(sigma, 4)) × \(DisplayFormat.fixed(scale, 3)) = \(percent(horizon, 4))", Style(.text)),
            ("coverage = z(\(percent(parameters.confidence, 1))) × σ over the horizon", Style(.accent)),
            ("    = \(DisplayFormat.fixed(z, 4)) × \(percent(horizon, 4)) = \(percent(coverage, 3))", Style(.text)),
        ]
        if margin.kind == .predictive, let fragility = market.fragility {
            lines += [
                (
                    "add-on = \(DisplayFormat.fixed(parameters.concentrationWeight, 2)) × concentration + "
                        + "\(DisplayFormat.fixed(parameters.capacityWeight, 2)) × capacity shortfall + "
                        + "\(DisplayFormat.fixed(parameters.depthWeight, 2)) × thinness", Style(.accent)
                ),
                (
                    "    concentration = \(usdc(fragility.nearLiquidation)) liquidating within "
                        + "\(DisplayFormat.percent(fragility.band)) of the mark ÷ "
                        + "\(usdc(fragility.openInterest)) open interest = "
                        + DisplayFormat.fixed(fragility.concentration, 3), Style(.text)
                ),
                (
                    "    capacity shortfall = 1 − (insurance + backstop \(usdc(fragility.capacity))) ÷ "
                        + "(that notional × the band) = \(DisplayFormat.fixed(fragility.capacityShortfall, 3))",
                    Style(.text)
                ),
                (
                    "    thinness = that notional ÷ \(usdc(fragility.depth)) resting within the band = "
                        + DisplayFormat.fixed(fragility.thinness, 3), Style(.text)
                ),
                ("    add-on at the last review = \(DisplayFormat.fixed(addOn, 3))", Style(.text)),
            ]
        }
        lines += [
            (
                "target = max(floor \(rate(margin.floor)), coverage)"
                    + (margin.kind == .predictive ? " × (1 + add-on)" : "") + ", at most \(rate(margin.ceiling))",
                Style(.accent)
            ),
            ("    = \(percent(fraction(margin.target), 3)) now", Style(.text)),
        ]
        if parameters.buffer > .zero {
            let buffer = DisplayFormat.percent(parameters.buffer, places: 0)
            lines.append(
                (
                    "buffer: while the target is not rising the rate is built up to target × (1 + \(buffer)) = "
                        + "\(percent(fraction(margin.bufferedTarget), 3)); "
                        + "when it rises the buffer is used up before the rate moves (EMIR Art. 28)", Style(.muted)
                ))
        }
        lines += [
            (
                "rules: a target within \(DisplayFormat.percent(parameters.deadband, places: 0)) of the rate in force "
                    + "changes nothing; a rise is at most \(DisplayFormat.percent(parameters.maxRise, places: 0)) of it "
                    + "per review and announced \(MarginModelText.countdown(parameters.leadTime)) before it applies; "
                    + "a fall applies at once", Style(.muted)
            ),
            (
                "in force: MMR \(rate(margin.maintenanceRate)) (initial margin at tier 1's maximum leverage "
                    + "\(rate(margin.initialRate))), peak \(rate(margin.highestMaintenanceRate)), "
                    + "\(margin.changes) change\(margin.changes == 1 ? "" : "s") so far", Style(.text)
            ),
        ]
        guard let pending = margin.pending else { return lines }
        lines.append(
            (
                "announced: \(MarginModelText.announcement(pending, now: context.snapshot.time))",
                Style(.marginWarning, bold: true)
            ))
        if let position, let after = position.atAnnouncedRate {
            let instrument = market.instrument
            let price = { (risk: PositionRisk) in risk.liquidationPrice.map(instrument.format) ?? "none" }
            lines.append(
                (
                    "at that moment your position's maintenance goes \(DisplayFormat.money(position.risk.maintenanceMargin)) → "
                        + "\(DisplayFormat.money(after.maintenanceMargin)) USDC and its liquidation price "
                        + "\(price(position.risk)) → \(price(after)) (at today's mark): if the mark is past it then, "
                        + "the position is liquidated", Style(.marginDanger)
                ))
        }
        return lines
    }
}

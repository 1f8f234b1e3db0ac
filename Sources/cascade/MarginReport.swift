import CascadeCore

/// The two ways `cascade calc margin` prints a `PositionRisk`.
enum MarginReport {
    /// The breakdown a learner can follow: each figure, its formula, the numbers put in, the result.
    static func text(_ risk: PositionRisk) -> String {
        let input = risk.input
        let instrument = input.instrument
        let tiers = instrument.tiers.tiers
        let tierNumber = (tiers.firstIndex(of: risk.tier) ?? 0) + 1
        var text =
            "\(input.mode) \(input.size >= 0 ? "long" : "short") \(instrument.format(Quantity(lots: abs(input.size))))"
        text += " at mark \(instrument.format(input.mark)), \(input.leverage)x\n"
        text +=
            "tier \(tierNumber) of \(tiers.count): MMR \(risk.tier.maintenanceRate), cum \(instrument.format(risk.tier.maintenanceAmount))"
        if risk.tier.maxLeverage < Int.max { text += ", up to \(risk.tier.maxLeverage)x" }
        text += "\n\n"
        for step in risk.derivations {
            text += "\(step.name)\n    = \(step.formula)\n    = \(step.substituted)\n    = \(step.result)\n"
        }
        return text
    }

    /// One JSON object; amounts in the margin currency, prices in quote units, rates as fractions.
    static func json(_ risk: PositionRisk) -> String {
        let asset = risk.input.instrument.settlementAsset
        let instrument = risk.input.instrument
        func amount(_ money: Money) -> String { asset.exact(money) }
        func rate(_ rate: Rate?) -> String { rate.map { DecimalStep(units: 1, scale: 8)!.format($0.units) } ?? "null" }
        func price(_ price: Price?) -> String { price.map(instrument.format) ?? "null" }
        let fields: [(String, String)] = [
            ("notional", amount(risk.notional)), ("initial_margin", amount(risk.initialMargin)),
            ("maintenance_margin", amount(risk.maintenanceMargin)),
            ("maint_margin_rate", rate(risk.tier.maintenanceRate)), ("unrealized_pnl", amount(risk.unrealizedPnL)),
            ("roe", rate(risk.roe)), ("margin_balance", amount(risk.marginBalance)),
            ("margin_ratio", rate(risk.marginRatio)), ("liquidation_price", price(risk.liquidationPrice)),
            ("bankruptcy_price", price(risk.bankruptcyPrice)),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
}

import CascadeCore
import TerminalKit

/// The explain panel (`e`): the engine's own arithmetic for the selected position, with live
/// values (the `Derivation`s of the `PositionRisk` the engine computed, not a second copy of the
/// formulas), then funding and what liquidation would do.
public enum ExplainView {
    /// The lines the panel shows, for the position (or, with none, the account's cross margin).
    static func lines(_ context: ViewContext) -> [(text: String, style: Style)] {
        guard let position = AccountView.selectedPosition(context) else {
            return [("No position: the account's cross margin", Style(.title, bold: true))]
                + context.snapshot.account.derivations.flatMap(derivationLines)
        }
        let risk = position.risk
        let instrument = risk.input.instrument
        let tier = risk.tier
        let tierNumber = (instrument.tiers.tiers.firstIndex(of: tier) ?? 0) + 1
        var lines: [(String, Style)] = [
            (
                "\(instrument.symbol) \(position.position.size > 0 ? "long" : "short") · "
                    + "\(position.position.mode == .cross ? "cross" : "isolated") · \(position.position.leverage)x · "
                    + "tier \(tierNumber) (notional \(DisplayFormat.money(tier.floor))–\(DisplayFormat.money(tier.cap)), "
                    + "MMR \(tier.maintenanceRate), cum \(DisplayFormat.money(tier.maintenanceAmount)))",
                Style(.title, bold: true)
            )
        ]
        lines += risk.derivations.flatMap(derivationLines)
        if let liquidation = risk.liquidationPrice {
            let mark = Double(risk.input.mark.ticks)
            let distance = abs(mark - Double(liquidation.ticks)) / mark
            lines.append(
                (
                    "distance to liquidation = |mark − liq| ÷ mark = \(DisplayFormat.fixed(distance * 100, 2))%",
                    Style(.text)
                ))
        }
        let funding = position.fundingPerInterval
        lines.append(
            (
                "funding per 8 h = notional × rate = \(DisplayFormat.money(risk.notional)) × "
                    + "\(DisplayFormat.percent(context.snapshot.instruments[position.instrument.rawValue].fundingRate, places: 4)) "
                    + "= you \(funding.units >= 0 ? "pay" : "receive") \(DisplayFormat.money(funding.magnitude))",
                Style(.text)
            ))
        lines.append(("At liquidation:", Style(.title, bold: true)))
        lines.append(
            (
                "  1. your orders are cancelled; 2. the position is closed through the book by IOC orders no worse "
                    + "than 1% beyond the bankruptcy price \(risk.bankruptcyPrice.map(instrument.format) ?? "—"), "
                    + "in 20% steps above 100,000 notional", Style(.muted)
            ))
        lines.append(
            (
                "  3. a fill better than bankruptcy pays the insurance fund (now "
                    + "\(DisplayFormat.money(context.snapshot.insuranceFund))); a worse one is paid by it; "
                    + "4. what the book cannot take goes to the backstop vault at the bankruptcy price", Style(.muted)
            ))
        lines.append(
            (
                "  5. if the fund runs dry, auto-deleveraging closes the most profitable, most leveraged opposite "
                    + "positions (yours is at ADL level \(position.deleveragingLevel ?? 0)/5); 6. anything left is bad debt",
                Style(.muted)
            ))
        return lines
    }

    private static func derivationLines(_ derivation: Derivation) -> [(text: String, style: Style)] {
        [
            ("\(derivation.name) = \(derivation.formula)", Style(.accent)),
            ("    = \(derivation.substituted) = \(derivation.result)", Style(.text)),
        ]
    }

    public static func draw(_ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        OverlayPage.draw(
            lines(context), title: "Explain: the engine's margin arithmetic, live (Esc closes)", in: bounds,
            glyphs: context.glyphs, canvas: &canvas)
    }
}

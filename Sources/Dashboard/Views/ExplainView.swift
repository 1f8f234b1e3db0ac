import CascadeCore
import TerminalKit

/// The explain panel (`e`, or F2 in the order ticket): the engine's own arithmetic for the selected
/// position or the ticket's preview, with live values (the `Derivation`s of the `PositionRisk` the
/// engine computes, not a second copy of the formulas), then funding, what liquidation would do and
/// the instrument's margin model (in the Markets workspace, the selected instrument's model alone).
enum ExplainView {
    /// The lines the panel shows, for the position (or, with none, the account's cross margin).
    static func lines(_ context: ViewContext) -> [(text: String, style: Style)] {
        if context.state.workspace == .lending, let lending = context.snapshot.lending {
            return vaultLines(lending, context)
        }
        if context.state.workspace == .markets, !context.snapshot.instruments.isEmpty {
            let market = context.snapshot.instruments[
                min(context.state.marketRow, context.snapshot.instruments.count - 1)]
            let position = context.snapshot.account.positions.first { $0.instrument == market.id }
            return marginModelLines(market, position: position, context)
        }
        let portfolio = context.snapshot.account.crossModel == .portfolio
        if let option = explainedOption(nil, context) {
            return optionLines(option, context) + (portfolio ? portfolioLines(context) : [])
        }
        if portfolio, AccountView.selectedPosition(context)?.position.mode != .isolated {
            return portfolioLines(context)
        }
        guard let position = AccountView.selectedPosition(context) else {
            return [("No position: the account's cross margin", Style(.title, bold: true))]
                + context.snapshot.account.derivations.flatMap(derivationLines)
                + waterfallLines(
                    context.market.liquidationStyle, bankruptcy: "—",
                    fund: DisplayFormat.money(context.snapshot.insuranceFund), deleveragingLevel: 0)
                + marginModelLines(context.market, position: nil, context)
        }
        return lines(
            position.risk, funding: position.fundingPerInterval,
            fundingRate: context.snapshot[position.instrument].fundingRate,
            deleveragingLevel: position.deleveragingLevel, context)
            + marginModelLines(context.snapshot[position.instrument], position: position, context)
    }

    /// The lines for the position the ticket would leave, as if the order filled now.
    static func lines(_ ticket: OrderTicket, _ context: ViewContext) -> [(text: String, style: Style)] {
        if let option = explainedOption(ticket, context) { return optionLines(option, context) }
        guard let preview = ticket.preview(market: context.market, account: context.snapshot.account) else {
            return [("The ticket has no order to preview yet: give it a size (and a price)", Style(.muted))]
        }
        guard let risk = preview.risk else {
            return [("This order would leave the position flat: nothing to explain", Style(.muted))]
        }
        let rate = context.market.fundingRate
        let funding = rate.of(risk.notional, rounding: .towardZero)
        return [("If the order filled now at \(risk.input.instrument.format(preview.fillPrice)):", Style(.accent))]
            + lines(
                risk, funding: preview.resultingSize > 0 ? funding : -funding, fundingRate: rate,
                deleveragingLevel: nil, context)
    }

    /// `funding`: paid per 8 h at `fundingRate` (positive: the position pays).
    private static func lines(
        _ risk: PositionRisk, funding: Money, fundingRate: Rate, deleveragingLevel: Int?, _ context: ViewContext
    ) -> [(text: String, style: Style)] {
        let instrument = risk.input.instrument
        let tier = risk.tier
        let tierNumber = (instrument.tiers.tiers.firstIndex(of: tier) ?? 0) + 1
        var lines: [(String, Style)] = [
            (
                "\(instrument.symbol) \(risk.input.size > 0 ? "long" : "short") · "
                    + "\(risk.input.mode == .cross ? "cross" : "isolated") · \(risk.input.leverage)x · "
                    + "tier \(tierNumber) (notional \(DisplayFormat.money(tier.floor))–\(DisplayFormat.money(tier.cap)), "
                    + "MMR \(tier.maintenanceRate), cum \(DisplayFormat.money(tier.maintenanceAmount)))",
                Style(.title, bold: true)
            )
        ]
        lines += risk.derivations.flatMap(derivationLines)
        if risk.input.closeFeeRate == .zero {
            lines.append(
                (
                    "fee = 0%: no closing fee enters the liquidation price; the engine liquidates when margin "
                        + "balance reaches maintenance margin", Style(.muted)
                ))
        }
        if let liquidation = risk.liquidationPrice {
            let mark = Double(risk.input.mark.ticks)
            let distance = abs(mark - Double(liquidation.ticks)) / mark
            lines.append(
                (
                    "distance to liquidation = |mark − liq| ÷ mark = \(DisplayFormat.fixed(distance * 100, 2))%",
                    Style(.text)
                ))
        }
        lines.append(
            (
                "funding per 8 h = notional × rate = \(DisplayFormat.money(risk.notional)) × "
                    + "\(DisplayFormat.percent(fundingRate, places: 4)) "
                    + "= you \(funding.units >= 0 ? "pay" : "receive") \(DisplayFormat.money(funding.magnitude))",
                Style(.text)
            ))
        let style =
            context.snapshot.instruments.first { $0.instrument.symbol == instrument.symbol }?.liquidationStyle
            ?? .hyperliquid
        lines += waterfallLines(
            style, bankruptcy: risk.bankruptcyPrice.map(instrument.format) ?? "—",
            fund: DisplayFormat.money(context.snapshot.insuranceFund), deleveragingLevel: deleveragingLevel ?? 0)
        return lines
    }

    private static func derivationLines(_ derivation: Derivation) -> [(text: String, style: Style)] {
        [
            ("\(derivation.name) = \(derivation.formula)", Style(.accent)),
            ("    = \(derivation.substituted) = \(derivation.result)", Style(.text)),
        ]
    }

    /// With `ticket`, its preview; otherwise the selected position.
    static func draw(
        _ context: ViewContext, ticket: OrderTicket? = nil, offset: Int = 0, in bounds: Rect, canvas: inout Canvas
    ) {
        OverlayPage.draw(
            ticket.map { lines($0, context) } ?? lines(context),
            title: ticket == nil && context.state.workspace == .lending && context.snapshot.lending != nil
                ? "Explain: your vault's health and its liquidation, live (↑↓ scroll, Esc closes)"
                : "Explain: the engine's margin arithmetic, live (↑↓ scroll, Esc \(ticket == nil ? "closes" : "back"))",
            offset: offset, in: bounds, glyphs: context.glyphs, canvas: &canvas)
    }
}

import CascadeCore
import TerminalKit

extension ExplainView {
    /// The portfolio-margin arithmetic of the user's USDC cross account, as the engine evaluated it:
    /// per underlying the binding scenario, its weighted loss, the delta minimum, IM and MM; then
    /// the account's cushion and what happens below it (https://docs.paradex.trade/risk/portfolio-margin).
    static func portfolioLines(_ context: ViewContext) -> [(text: String, style: Style)] {
        let account = context.snapshot.account
        func usdc(_ value: Double) -> String { DisplayFormat.grouped(DisplayFormat.fixed(value, 2)) }
        var lines: [(String, Style)] = [
            (
                "Portfolio margin: USDC cross positions valued together in 24 scenarios at the index",
                Style(.title, bold: true)
            )
        ]
        for (underlying, margin) in account.portfolioGroups {
            let instrument = context.snapshot[underlying].instrument
            lines.append(("\(instrument.symbol) and its options, spot \(usdc(margin.spot))", Style(.accent)))
            if let worst = margin.worstScenario {
                let scenario = margin.scenarios[worst]
                lines.append(
                    (
                        "binding scenario: spot \(RiskMatrixView.percent(scenario.spotShock)), volatility "
                            + "\(RiskMatrixView.percent(scenario.volShock)), weight "
                            + "\(RiskMatrixView.trimmed(DisplayFormat.fixed(scenario.weight * 100, 2)))%", Style(.text)
                    ))
                lines.append(
                    (
                        "scan risk = loss × weight = \(usdc(-margin.scenarioPnLs[worst])) × "
                            + "\(DisplayFormat.fixed(scenario.weight, 4)) = \(usdc(margin.scanRisk))", Style(.text)
                    ))
            }
            lines.append(
                (
                    "min delta risk = (2% × |net delta \(DisplayFormat.fixed(margin.netDelta, 4))| + 1% × hedged "
                        + "\(DisplayFormat.fixed(margin.hedgedDelta, 4))) × \(usdc(margin.spot)) = "
                        + "\(usdc(margin.minDeltaRisk))", Style(.text)
                ))
            lines.append(
                (
                    "IM = max(scan risk, min delta risk) = \(usdc(margin.initialMargin)); MM = 50% × IM = "
                        + "\(usdc(margin.maintenanceMargin))", Style(.text)
                ))
        }
        let cushion = account.equity - account.maintenanceMargin
        lines.append(
            (
                "above maintenance = equity − MM = \(DisplayFormat.money(account.equity)) − "
                    + "\(DisplayFormat.money(account.maintenanceMargin)) = \(DisplayFormat.money(cushion))",
                Style(cushion.units > 0 ? .text : .marginDanger, bold: true)
            ))
        lines.append(
            (
                "Below it the engine does not close everything: every 2 s it cancels your orders and sends the "
                    + "one IOC trade that lowers MM most (a quarter of a position, or half your net delta in "
                    + "the perpetual) until equity is 10% above MM; below two thirds of MM the account is "
                    + "liquidated like a perpetual account.", Style(.muted)
            ))
        return lines
    }
}

import CascadeCore
import Foundation

/// The two ways `cascade calc portfolio` prints a `PortfolioMargin`.
enum PortfolioReport {
    /// An amount to the cent, with a minus sign (−) as the other calculators print.
    static func money(_ value: Double) -> String {
        let digits = String(format: "%.2f", abs(value))
        return value < 0 && digits != "0.00" ? "−" + digits : digits
    }

    /// A shock as a signed percentage (`+40%`, `−16%`, `0%`), or a weight without its sign.
    static func percent(_ value: Double, signed: Bool = true) -> String {
        let digits = String(format: "%g", abs(value) * 100) + "%"
        guard signed, value != 0 else { return digits }
        return (value < 0 ? "−" : "+") + digits
    }

    /// `text` right-aligned in `width` characters.
    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// The scenario table, the worst scenario marked, then each margin with its arithmetic.
    static func text(_ margin: PortfolioMargin, positions: Int, model: PortfolioMarginModel) -> String {
        var text = "Portfolio margin at spot \(OptionReport.number(margin.spot)): \(positions) position"
        text += positions == 1 ? "" : "s"
        text += ", \(margin.scenarios.count) scenarios (volatility shocks before scaling by expiry)\n\n"
        text += " # " + right("spot", 7) + right("vol", 7) + right("weight", 8) + right("PnL", 14)
        text += right("weighted loss", 15) + "\n"
        for (index, scenario) in margin.scenarios.enumerated() {
            text += right("\(index + 1)", 2) + " " + right(percent(scenario.spotShock), 7)
            text += right(percent(scenario.volShock), 7) + right(percent(scenario.weight, signed: false), 8)
            text += right(money(margin.scenarioPnLs[index]), 14) + right(money(margin.weightedLoss(at: index)), 15)
            text += index == margin.worstScenario ? "  ◀ worst\n" : "\n"
        }
        let worst = margin.worstScenario.map { index in
            let scenario = margin.scenarios[index]
            return "scenario \(index + 1): spot \(percent(scenario.spotShock)), vol \(percent(scenario.volShock))"
        }
        let delta =
            "(\(percent(model.netDeltaRate, signed: false)) × |net delta \(OptionReport.number(margin.netDelta))| + "
            + "\(percent(model.hedgedDeltaRate, signed: false)) × hedged delta "
            + "\(OptionReport.number(margin.hedgedDelta))) × \(OptionReport.number(margin.spot))"
        let rows = [
            ("scan risk", margin.scanRisk, "the largest weighted loss, at least 0" + (worst.map { " (\($0))" } ?? "")),
            ("min delta risk", margin.minDeltaRisk, delta),
            ("initial margin", margin.initialMargin, "max(scan risk, min delta risk)"),
            (
                "maintenance margin", margin.maintenanceMargin,
                "\(percent(model.maintenanceFraction, signed: false)) of initial margin"
            ),
        ]
        text += "\n"
        for (name, value, how) in rows {
            text += name.padding(toLength: 20, withPad: " ", startingAt: 0) + right(money(value), 12) + "   \(how)\n"
        }
        return text
    }

    /// One JSON object: `scan_risk`, `min_delta_risk`, `initial_margin`, `maintenance_margin`,
    /// `worst_scenario` (`spot_shock`, `vol_shock`; `null` for an empty table) and `scenarios`, each
    /// with `spot_shock`, `vol_shock`, `weight` and `pnl`; shocks and weights are fractions.
    static func json(_ margin: PortfolioMargin) -> String {
        func number(_ value: Double) -> String { value.isFinite ? "\(value)" : "null" }
        func object(_ fields: [(String, String)]) -> String {
            "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
        }
        let worst = margin.worstScenario.map { index in
            object([
                ("spot_shock", number(margin.scenarios[index].spotShock)),
                ("vol_shock", number(margin.scenarios[index].volShock)),
            ])
        }
        let scenarios = margin.scenarios.enumerated().map { index, scenario in
            object([
                ("spot_shock", number(scenario.spotShock)), ("vol_shock", number(scenario.volShock)),
                ("weight", number(scenario.weight)), ("pnl", number(margin.scenarioPnLs[index])),
            ])
        }
        return object([
            ("scan_risk", number(margin.scanRisk)), ("min_delta_risk", number(margin.minDeltaRisk)),
            ("initial_margin", number(margin.initialMargin)), ("maintenance_margin", number(margin.maintenanceMargin)),
            ("worst_scenario", worst ?? "null"), ("scenarios", "[" + scenarios.joined(separator: ",") + "]"),
        ])
    }
}

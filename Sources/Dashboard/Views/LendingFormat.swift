import CascadeCore
import Foundation
import TerminalKit

/// Text for the lending market's numbers: prices per whole coin, health factors with their word,
/// rates as yearly yields, and the liquidation price a vault's health factor implies.
enum LendingFormat {
    /// A ray price (debt minor units per collateral minor unit) as debt per whole collateral,
    /// rounded down: `1,800.00`.
    static func price(_ price: Ray, _ kind: LendingSnapshot.Kind) -> String {
        DisplayFormat.money(wholePrice(price, kind), kind.debt)
    }

    /// Debt minor units per whole collateral unit, rounded down.
    static func wholePrice(_ price: Ray, _ kind: LendingSnapshot.Kind) -> Money {
        let units = price.of(Int128(kind.collateral.unitsPerWhole), rounding: .down) ?? 0
        return Money(units: Int64(clamping: units))
    }

    /// A ray price as a plain number of debt per whole collateral, for charts.
    static func plotted(_ price: Ray, _ kind: LendingSnapshot.Kind) -> Double {
        Double(wholePrice(price, kind).units) / Double(kind.debt.unitsPerWhole)
    }

    /// The price of one whole unit of collateral at which the vault's health factor is 1: debt ÷
    /// (collateral × threshold), rounded up; nil without debt or collateral.
    static func liquidationPrice(collateral: Money, debt: Money, _ kind: LendingSnapshot.Kind) -> Money? {
        guard debt.units > 0, collateral.units > 0 else { return nil }
        let numerator = Int128(debt.units) * Int128(Rate.one)
        guard
            let units = numerator.multiplied(
                by: Int128(kind.collateral.unitsPerWhole),
                dividedBy: Int128(collateral.units) * Int128(kind.liquidationThreshold.units), rounding: .up)
        else { return nil }
        return Money(units: Int64(clamping: units))
    }

    /// The health factor to two places (`1.62`, `∞` without debt), its word and role: below 1 a
    /// keeper may liquidate, below 1.1 one bad hour does it, below 1.5 it needs watching.
    static func health(_ factor: Rate?, hasDebt: Bool) -> (text: String, word: String, role: Role) {
        guard hasDebt else { return ("∞", "NO DEBT", .marginSafe) }
        guard let factor else { return ("—", "NO PRICE", .muted) }
        let value = Double(factor.units) / Double(Rate.one)
        let text = value >= 100 ? ">100" : DisplayFormat.fixed(value, 2)
        switch value {
        case ..<1: return (text, "LIQUIDATABLE", .marginDanger)
        case ..<1.1: return (text, "DANGER", .marginDanger)
        case ..<1.5: return (text, "CAUTION", .marginWarning)
        default: return (text, "SAFE", .marginSafe)
        }
    }

    /// How full the health gauge is: 1 ÷ health factor (debt over its liquidation value), so a
    /// factor of 1 fills it.
    static func gaugeFraction(_ factor: Rate?) -> Double {
        guard let factor, factor.units > 0 else { return 0 }
        return min(1, Double(Rate.one) / Double(factor.units))
    }

    /// A yearly rate compounded every second as a yield: e^r − 1, `4.08%`.
    static func apy(_ rate: Rate) -> String {
        DisplayFormat.fixed((exp(Double(rate.units) / Double(Rate.one)) - 1) * 100, 2) + "%"
    }

    /// `2.000000 ETH`, `1,500.00 USDC`.
    static func amount(_ money: Money, _ asset: Asset) -> String {
        "\(DisplayFormat.money(money, asset)) \(asset.symbol)"
    }
}

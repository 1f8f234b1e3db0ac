import CascadeCore

/// The two ways `cascade calc auction` and `cascade calc health` print their results: a breakdown a
/// learner can follow (formula, numbers put in, result) and one JSON object with exact decimals.
enum LendingReport {
    static let debt = AuctionCalculationResult.debtAsset
    static let collateral = AuctionCalculationResult.collateralAsset

    /// Collateral to six places, debt to two, for the text.
    static func units(_ money: Money) -> String { collateral.format(money) }
    static func usd(_ money: Money) -> String { debt.format(money) }
    /// Rates as plain decimals without trailing zeros: `1.2`, `0.99`.
    static func plain(_ rate: Rate) -> String { trimmed(rate.fraction(places: 8)) }

    /// A decimal without trailing zeros after its point: `25`, `0.5`.
    static func trimmed(_ decimal: String) -> String {
        guard decimal.contains(".") else { return decimal }
        var text = decimal
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func rows(_ rows: [(String, String, String)]) -> String {
        let label = rows.map(\.0.count).max() ?? 0
        return rows.map { row in
            row.0.padding(toLength: label + 2, withPad: " ", startingAt: 0) + row.1 + " = " + row.2
        }.joined(separator: "\n") + "\n"
    }

    static func text(_ result: AuctionCalculationResult) -> String {
        let rules = result.rules
        let top = AuctionCalculationResult.wholePrice(result.start.top)
        let price = AuctionCalculationResult.wholePrice(result.price)
        let t = result.seconds
        let curveRow: (String, String, String)
        switch rules.curve {
        case .stairstep(let cut, let step):
            curveRow = ("price", "top × cut^⌊t ÷ step⌋ = \(top) × \(plain(cut))^⌊\(t) ÷ \(step)⌋", price)
        case .linear(let tau):
            curveRow = ("price", "top × max(0, tau − t) ÷ tau = \(top) × max(0, \(tau) − \(t)) ÷ \(tau)", price)
        case .exponential(let cut):
            curveRow = ("price", "top × cut^t = \(top) × \(plain(cut))^\(t)", price)
        }
        let fraction =
            result.start.top.units > 0 ? Ray(result.price.units, over: result.start.top.units, rounding: .down) : nil
        let reason =
            result.needsReset
            ? (t > rules.tail ? "yes: \(t) s is past the tail of \(rules.tail) s" : "yes: price ÷ top is below cusp")
            : "no"
        var lines: [(String, String, String)] = [
            (
                "start price", "feed × buf = \(AuctionCalculationResult.wholePrice(result.feed)) × \(plain(rules.buf))",
                top
            ),
            curveRow,
            (
                "needs reset",
                "t > tail (\(t) > \(rules.tail)) or price ÷ top < cusp (\(fraction?.formatted(places: 6) ?? "—") < \(plain(rules.cusp)))",
                reason
            ),
        ]
        if let take = result.take {
            lines += [
                ("owe", "min(slice × price, tab), slice = min(lot, take)", usd(take.owe)),
                ("slice", "the collateral bought: take, or owe ÷ price when capped at the tab", units(take.slice)),
            ]
        }
        lines += [
            (
                "tab left", "tab − owe = \(usd(result.start.tab)) − \(usd(result.take?.owe ?? .zero))",
                usd(result.after.tab)
            ),
            ("lot left", "lot − slice (0 once the tab is raised)", units(result.after.lot)),
            ("returned", "lot left once the tab is raised, back to the vault's owner", units(result.returned)),
        ]
        return rows(lines)
    }

    static func json(_ result: AuctionCalculationResult) -> String {
        let fields: [(String, String)] = [
            ("price", AuctionCalculationResult.wholePrice(result.price, places: 12)),
            ("needs_reset", result.needsReset ? "true" : "false"),
            ("slice", collateral.exact(result.take?.slice ?? .zero)), ("owe", debt.exact(result.take?.owe ?? .zero)),
            ("tab_left", debt.exact(result.after.tab)), ("lot_left", collateral.exact(result.after.lot)),
            ("returned", collateral.exact(result.returned)),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    static func text(_ plan: FixedBonusPlan, rules: FixedBonusRules, flags: HealthCalculationFlags) -> String {
        let factor = plan.healthFactor.map { $0.fraction(places: 6) } ?? "no debt"
        var lines: [(String, String, String)] = [
            (
                "health factor",
                "collateral × price × threshold ÷ debt = \(flags.collateral) × \(flags.price) × \(flags.threshold) ÷ \(flags.debt)",
                factor
            )
        ]
        guard plan.closeFactor.units > 0 else {
            lines.append(("liquidation", "only below a health factor of 1", "none"))
            return rows(lines)
        }
        lines += [
            (
                "close factor", "100% at or below \(plain(rules.fullCloseBelow)), else \(rules.closeFactor)",
                plan.closeFactor.description
            ),
            ("debt to cover", "debt × close factor (less if the collateral runs out)", usd(plan.debtToCover)),
            ("seized", "debt to cover ÷ price × bonus (\(plain(rules.bonus)))", units(plan.seized)),
            ("bonus", "seized − seized ÷ bonus", units(plan.bonus)),
            ("protocol fee", "bonus × \(plain(rules.protocolFee))", units(plan.protocolFee)),
            ("liquidator gets", "seized − protocol fee", units(plan.liquidatorReceives)),
            (
                "health after", "(collateral − seized) × price × threshold ÷ (debt − debt to cover)",
                plan.healthFactorAfter.map { $0.fraction(places: 6) } ?? "no debt left"
            ),
        ]
        return rows(lines)
    }

    static func json(_ plan: FixedBonusPlan) -> String {
        let fields: [(String, String)] = [
            ("health_factor", plan.healthFactor.map { $0.fraction(places: 8) } ?? "null"),
            ("close_factor", plan.closeFactor.fraction(places: 8)), ("debt_to_cover", debt.exact(plan.debtToCover)),
            ("seized", collateral.exact(plan.seized)), ("bonus", collateral.exact(plan.bonus)),
            ("protocol_fee", collateral.exact(plan.protocolFee)),
            ("health_factor_after", plan.healthFactorAfter.map { $0.fraction(places: 8) } ?? "null"),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
}

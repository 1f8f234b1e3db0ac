import CascadeCore

/// The two ways `cascade calc collateral` prints a valuation: a table a learner can follow, tier by
/// tier with the arithmetic, and one JSON object with exact decimals.
enum CollateralReport {
    static let usd = CollateralCalculation.priceAsset

    /// Every decimal of `money` in `asset`, trailing zeros dropped: `25`, `0.5`.
    static func plain(_ money: Money, _ asset: Asset) -> String { LendingReport.trimmed(asset.exact(money)) }

    static func text(_ result: CollateralCalculation.Result) -> String {
        let asset = result.asset
        let valuation = result.valuation
        let price = plain(result.price, usd)
        let effective = valuation.effectiveRatio.map { $0.percent(places: 2) } ?? "—"
        var rows: [[String]] = [["tier (\(asset.symbol))", "ratio", "in tier", "value (USD)", "arithmetic"]]
        for part in valuation.parts {
            let band = "\(plain(part.tier.from, asset))" + (part.tier.to.map { "-" + plain($0, asset) } ?? "+")
            let ratio = LendingReport.plain(part.tier.ratio)
            rows.append([
                band, ratio, plain(part.amount, asset), usd.format(part.value),
                "= \(plain(part.amount, asset)) × \(price) × \(ratio)",
            ])
        }
        rows.append([
            "total", "", plain(result.amount, asset), usd.format(valuation.value), "effective ratio \(effective)",
        ])
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let table = rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                // Numbers right-aligned, the band and the arithmetic left-aligned.
                return column == 0 || column == row.count - 1 ? cell + pad : pad + cell
            }.joined(separator: "  ").trimmingSuffixSpaces()
        }
        let heading =
            "\(plain(result.amount, asset)) \(asset.symbol) at \(price) USD, worth \(usd.format(valuation.marketValue)) USD, "
            + "counts as \(usd.format(valuation.value)) USD of collateral (\(effective) of its value)."
        return ([heading, ""] + table).joined(separator: "\n") + "\n"
    }

    static func json(_ result: CollateralCalculation.Result) -> String {
        let asset = result.asset
        let tiers = result.valuation.parts.map { part in
            "{\"from\":\(asset.exact(part.tier.from)),\"to\":\(part.tier.to.map(asset.exact) ?? "null"),"
                + "\"ratio\":\(part.tier.ratio.fraction(places: 8)),\"amount\":\(asset.exact(part.amount)),"
                + "\"value\":\(usd.exact(part.value))}"
        }
        let fields: [(String, String)] = [
            ("asset", "\"\(asset.symbol)\""), ("amount", asset.exact(result.amount)),
            ("price", usd.exact(result.price)),
            ("market_value", usd.exact(result.valuation.marketValue)), ("value", usd.exact(result.valuation.value)),
            ("ratio_effective", result.valuation.effectiveRatio.map { $0.fraction(places: 8) } ?? "null"),
            ("tiers", "[" + tiers.joined(separator: ",") + "]"),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
}

extension String {
    /// The string without trailing spaces: the table's last column is padded.
    fileprivate func trimmingSuffixSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}

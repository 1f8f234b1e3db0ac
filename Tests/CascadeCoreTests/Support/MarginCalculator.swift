import Testing

@testable import CascadeCore

/// A calculator instrument (as `cascade calc margin` builds one) plus helpers that turn the decimal
/// text of a worked example into a `PositionRiskInput`, so a test reads like the published example.
struct MarginCalculator {
    let instrument: Instrument
    var asset: Asset { instrument.settlementAsset }

    /// Prices get `priceDecimals` + 2 places; `tiers` receives the settlement asset to express its amounts in.
    init(
        _ kind: ContractKind = .linear, priceDecimals: Int, sizeDecimals: Int,
        tiers: (Asset) throws -> MarginTierTable
    ) throws {
        let asset = try #require(
            Instrument.calculatorAsset(kind: kind, priceDecimals: priceDecimals, sizeDecimals: sizeDecimals))
        instrument = try #require(
            Instrument.calculator(
                kind: kind, asset: asset, priceDecimals: priceDecimals, sizeDecimals: sizeDecimals,
                tiers: try tiers(asset), feeRate: .zero))
    }

    /// A one-tier table with `rate` (e.g. "0.4%") and maintenance amount `cum`, no leverage cap.
    static func flat(_ rate: String, cum: String = "0") -> (Asset) throws -> MarginTierTable {
        { asset in
            .flat(rate: try Rate(parsing: rate), maintenanceAmount: try asset.money(parsing: cum), maxLeverage: 1_000)
        }
    }

    /// A catalog instrument's tiers moved onto the calculator's settlement asset.
    static func tiers(of reference: Instrument) -> (Asset) -> MarginTierTable {
        { reference.tiers.converted(from: reference.settlementAsset, to: $0) }
    }

    /// A table from `(floor, cap, rate, max leverage)` rows in whole units of the asset; cum by the recurrence.
    static func brackets(_ rows: [(String, String, String, Int)]) -> (Asset) throws -> MarginTierTable {
        { asset in
            try MarginTierTable(
                brackets: try rows.map { floor, cap, rate, leverage in
                    (
                        floor: try asset.money(parsing: floor), cap: try asset.money(parsing: cap),
                        rate: try Rate(parsing: rate), maxLeverage: leverage
                    )
                })
        }
    }

    func money(_ text: String) throws -> Money { try asset.money(parsing: text) }
    func price(_ text: String) throws -> Price { try instrument.price(parsing: text) }

    /// Signed lots of a size such as "3683.979" or "-3".
    func lots(_ text: String) throws -> Int64 {
        if text == "0" { return 0 }
        return text.hasPrefix("-")
            ? -(try instrument.quantity(parsing: String(text.dropFirst())).lots)
            : try instrument.quantity(parsing: text).lots
    }

    /// The input of a position of signed `size` opened at `entry` (cost basis = value of size at entry).
    func input(
        size: String, entry: String, mark: String? = nil, mode: MarginMode = .isolated, wallet: String,
        leverage: Int = 10, otherMM: String = "0", otherUPnL: String = "0", fee: String = "0"
    ) throws -> PositionRiskInput {
        let lots = try lots(size)
        let entryPrice = try price(entry)
        return PositionRiskInput(
            instrument: instrument, size: lots, costBasis: instrument.value(of: lots, at: entryPrice),
            mark: try price(mark ?? entry), mode: mode, wallet: try money(wallet), leverage: leverage,
            otherMaintenance: try money(otherMM), otherUnrealized: try money(otherUPnL),
            closeFeeRate: try Rate(parsing: fee))
    }

    func risk(
        size: String, entry: String, mark: String? = nil, mode: MarginMode = .isolated, wallet: String,
        leverage: Int = 10, otherMM: String = "0", otherUPnL: String = "0", fee: String = "0"
    ) throws -> PositionRisk {
        PositionRisk(
            try input(
                size: size, entry: entry, mark: mark, mode: mode, wallet: wallet, leverage: leverage, otherMM: otherMM,
                otherUPnL: otherUPnL, fee: fee))
    }

    /// The price on the calculator's grid, e.g. "1153.256465"; `nil` stays `nil`.
    func text(_ price: Price?) -> String? { price.map(instrument.format) }

    /// The price rounded half away from zero to `places` (fewer than the grid's), as a published figure is.
    func text(_ price: Price?, places: Int) -> String? {
        guard let price else { return nil }
        let drop = instrument.tickSize.scale - places
        precondition(drop >= 0 && instrument.tickSize.units == 1)
        var divisor: Int64 = 1
        for _ in 0..<drop { divisor *= 10 }
        let rounded = (price.ticks + divisor / 2) / divisor
        return DecimalStep(units: 1, scale: places)!.format(rounded)
    }

    /// An amount as the asset displays it, e.g. "356512.51".
    func text(_ money: Money) -> String { asset.format(money) }
}

/// The amounts of the lending calculators: debts in a 6-decimal dollar unit, collateral to 12
/// decimals, prices as rays of debt minor units per collateral minor unit.
enum LendingUnits {
    /// The debt asset: six decimals, like USDC.
    static let debt = Asset(symbol: "USD", scale: 6, displayPlaces: 2)
    /// The collateral: twelve decimals (as BTC here), shown to six.
    static let collateral = Asset(symbol: "units", scale: 12, displayPlaces: 6)

    /// A positive amount of `asset`, at most a billion whole units of debt or a million of collateral
    /// (so every minor-unit count fits Int64 with room for products).
    static func amount(_ flag: String, _ text: String, of asset: Asset) throws(CalculationFlagError) -> Money {
        let limit: Int64 = asset == collateral ? 1_000_000 : 1_000_000_000
        let money: Money
        do {
            money = try asset.money(parsing: text)
        } catch {
            throw .unreadable(flag: flag, text: text, error)
        }
        guard money.units > 0, money.units <= limit * asset.unitsPerWhole else {
            throw .outOfRange(flag: flag, text: text, range: "above 0 and at most \(limit)")
        }
        return money
    }

    /// A price in debt per whole collateral unit as a ray of minor units per minor unit.
    static func price(_ flag: String, _ text: String) throws(CalculationFlagError) -> Ray {
        let amount = try amount(flag, text, of: debt)
        return Ray(Int128(amount.units), over: Int128(collateral.unitsPerWhole), rounding: .down)!
    }

    /// A ray price back in debt per whole collateral unit, to `places` decimals.
    static func wholePrice(_ price: Ray, places: Int = 4) -> String {
        Ray(units: price.units * Int128(collateral.unitsPerWhole / debt.unitsPerWhole)).formatted(places: places)
    }

    /// A rate: a fraction (`0.99`) or, with `percent`, a percentage (`99%`), inside `bounds` (units
    /// of 10⁻⁸).
    static func rate(
        _ flag: String, _ text: String, in bounds: ClosedRange<Int64>, range: String
    ) throws(CalculationFlagError) -> Rate {
        let rate: Rate
        do {
            rate = try Rate(parsing: text)
        } catch {
            throw .unreadable(flag: flag, text: text, error)
        }
        guard bounds.contains(rate.units) else { throw .outOfRange(flag: flag, text: text, range: range) }
        return rate
    }

    /// Whole seconds from 0 to 10 years.
    static func seconds(_ flag: String, _ text: String, minimum: Int64 = 0) throws(CalculationFlagError) -> Int64 {
        guard let value = Int64(text), value >= minimum, value <= 315_360_000 else {
            throw .outOfRange(flag: flag, text: text, range: "whole seconds from \(minimum) to 315360000")
        }
        return value
    }
}

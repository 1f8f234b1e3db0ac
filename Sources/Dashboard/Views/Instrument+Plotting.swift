import CascadeCore

/// Prices and sizes as floating-point numbers, for scales, bars and charts only: money arithmetic
/// stays in integer ticks, lots and units.
extension Instrument {
    /// The price in USD.
    func decimal(_ price: Price) -> Double { Double(price.ticks) * Self.value(of: tickSize) }

    /// The size in base units (inverse contracts: USD).
    func decimal(_ quantity: Quantity) -> Double { Double(quantity.lots) * Self.value(of: lotSize) }

    /// The price on the tick grid nearest to `value` USD, so axis labels read like the book's prices.
    func nearestPrice(to value: Double) -> Price {
        let ticks = (value / Self.value(of: tickSize)).rounded()
        return Price(ticks: ticks.isFinite && abs(ticks) < 9e18 ? Int64(ticks) : 0)
    }

    /// A size with the lot's decimals, or compact (`12.3K`) when that would take more than 8 columns.
    func shortFormat(_ quantity: Quantity) -> String {
        let full = format(quantity)
        return full.count > 8 ? NumberFormat.compact(decimal(quantity)) : full
    }

    /// What a lot counts: the base asset (the symbol's first part) for linear contracts, USD
    /// contracts for inverse ones.
    var sizeUnit: String {
        kind == .inverse ? "cont" : String(symbol.split(separator: "-").first ?? Substring(symbol))
    }

    private static func value(of step: DecimalStep) -> Double {
        var value = Double(step.units)
        for _ in 0..<step.scale { value /= 10 }
        return value
    }
}

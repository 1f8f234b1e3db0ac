/// A price as a whole number of the instrument's ticks (BTC-PERP: one tick is 0.1 USD).
///
/// Only the instrument knows what a tick is worth, so conversion to and from text goes through
/// `Instrument`; inside the engine prices compare and subtract as plain integers.
public struct Price: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Whole ticks of the instrument's tick size; the book accepts only positive prices.
    public var ticks: Int64

    /// Wraps a whole number of ticks of the instrument's grid (no scaling happens here).
    @inlinable public init(ticks: Int64) { self.ticks = ticks }

    /// Orders by the underlying integer, so sorting and `min`/`max` need no conversion.
    @inlinable public static func < (lhs: Price, rhs: Price) -> Bool { lhs.ticks < rhs.ticks }

    /// The price `offset` ticks away.
    @inlinable public func offset(by offset: Int64) -> Price { Price(ticks: ticks + offset) }

    /// Raw ticks with a `t` suffix (`"640005t"`), for logs and tests; people see `Instrument.format(_:)`.
    public var description: String { "\(ticks)t" }
}

/// A size as a whole number of the instrument's lots (BTC-PERP: one lot is 0.001 BTC).
public struct Quantity: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Whole lots of the instrument's lot size; an order's must be positive (signed sizes are plain `Int64`).
    public var lots: Int64

    /// Wraps a whole number of lots (no scaling happens here).
    @inlinable public init(lots: Int64) { self.lots = lots }

    /// No lots: a maker that is gone from the book, and the start of depth sums.
    public static let zero = Quantity(lots: 0)

    /// Orders by the underlying integer, so sorting and `min`/`max` need no conversion.
    @inlinable public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.lots < rhs.lots }
    /// Exact integer sum; traps on overflow like `Int64`, so callers that take user input use the checked forms.
    @inlinable public static func + (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(lots: lhs.lots + rhs.lots) }
    /// Exact integer difference; traps on overflow like `Int64`, so callers that take user input use the checked forms.
    @inlinable public static func - (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(lots: lhs.lots - rhs.lots) }
    /// Adds in place; the same overflow rule as `+`.
    @inlinable public static func += (lhs: inout Quantity, rhs: Quantity) { lhs.lots += rhs.lots }
    /// Subtracts in place; the same overflow rule as `-`.
    @inlinable public static func -= (lhs: inout Quantity, rhs: Quantity) { lhs.lots -= rhs.lots }

    /// Raw lots with an `L` suffix (`"250L"`), for logs and tests; people see `Instrument.format(_:)`.
    public var description: String { "\(lots)L" }
}

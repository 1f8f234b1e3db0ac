/// A price as a whole number of the instrument's ticks (BTC-PERP: one tick is 0.1 USD).
///
/// Only the instrument knows what a tick is worth, so conversion to and from text goes through
/// `Instrument`; inside the engine prices compare and subtract as plain integers.
public struct Price: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var ticks: Int64

    @inlinable public init(ticks: Int64) { self.ticks = ticks }

    @inlinable public static func < (lhs: Price, rhs: Price) -> Bool { lhs.ticks < rhs.ticks }

    /// The price `offset` ticks away.
    @inlinable public func offset(by offset: Int64) -> Price { Price(ticks: ticks + offset) }

    public var description: String { "\(ticks)t" }
}

/// A size as a whole number of the instrument's lots (BTC-PERP: one lot is 0.001 BTC).
public struct Quantity: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var lots: Int64

    @inlinable public init(lots: Int64) { self.lots = lots }

    public static let zero = Quantity(lots: 0)

    @inlinable public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.lots < rhs.lots }
    @inlinable public static func + (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(lots: lhs.lots + rhs.lots) }
    @inlinable public static func - (lhs: Quantity, rhs: Quantity) -> Quantity { Quantity(lots: lhs.lots - rhs.lots) }
    @inlinable public static func += (lhs: inout Quantity, rhs: Quantity) { lhs.lots += rhs.lots }
    @inlinable public static func -= (lhs: inout Quantity, rhs: Quantity) { lhs.lots -= rhs.lots }

    public var description: String { "\(lots)L" }
}

/// The side of an order or of the aggressor in a trade.
public enum Side: UInt8, Sendable, Hashable, CaseIterable, Codable {
    case buy
    case sell

    /// The side an order of this side trades against.
    @inlinable public var opposite: Side { self == .buy ? .sell : .buy }
}

/// An order's identifier, unique among the orders a book has seen.
public struct OrderID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The exchange's sequence number (from 1), or the integer a `cascade book` script gave.
    public var rawValue: Int64

    /// Wraps the raw integer as sent on the wire and printed in logs.
    @inlinable public init(_ rawValue: Int64) { self.rawValue = rawValue }
    /// Orders by the underlying integer, so sorting and `min`/`max` need no conversion.
    @inlinable public static func < (lhs: OrderID, rhs: OrderID) -> Bool { lhs.rawValue < rhs.rawValue }
    /// The bare number, as `cascade book` output lines print it.
    public var description: String { String(rawValue) }
}

/// An account's identifier; accounts own orders, and self-trade prevention compares them.
public struct AccountID: DenseID, Codable, CustomStringConvertible {
    /// Dense account number, also its offset in `Exchange.accounts`; by default 0 is the backstop vault.
    public var rawValue: UInt32

    /// Wraps the raw integer as sent on the wire and printed in logs.
    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    /// `index` must lie in 0...UInt32.max (the exchange caps it at `maximumAccounts`).
    @inlinable public init(index: Int) { rawValue = UInt32(index) }
    /// Position in the dense table this id indexes (`DenseArray`); O(1).
    @inlinable public var index: Int { Int(rawValue) }
    /// `"#N"`, the account as logs and panels show it.
    public var description: String { "#\(rawValue)" }
}

/// The id a sender gives its own order (Binance's `newClientOrderId`, Bybit's `orderLinkId`): the
/// exchange echoes it in every event about the order, so the sender learns the order's fate by
/// its own id, never by searching the log. Uniqueness is the sender's business.
public struct ClientOrderID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Whatever integer the sender picked; the exchange only echoes it, never checks it.
    public var rawValue: Int64

    /// Wraps the raw integer as sent on the wire and printed in logs.
    @inlinable public init(_ rawValue: Int64) { self.rawValue = rawValue }
    /// Orders by the underlying integer, so sorting and `min`/`max` need no conversion.
    @inlinable public static func < (lhs: ClientOrderID, rhs: ClientOrderID) -> Bool { lhs.rawValue < rhs.rawValue }
    /// `"cN"`, so a client id is never mistaken for an exchange `OrderID` in logs.
    public var description: String { "c\(rawValue)" }
}

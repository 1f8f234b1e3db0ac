/// The side of an order or of the aggressor in a trade.
public enum Side: UInt8, Sendable, Hashable, CaseIterable {
    case buy
    case sell

    /// The side an order of this side trades against.
    @inlinable public var opposite: Side { self == .buy ? .sell : .buy }
}

/// An order's identifier, unique among the orders a book has seen.
public struct OrderID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var rawValue: Int64

    @inlinable public init(_ rawValue: Int64) { self.rawValue = rawValue }
    @inlinable public static func < (lhs: OrderID, rhs: OrderID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

/// An account's identifier; accounts own orders, and self-trade prevention compares them.
public struct AccountID: DenseID, CustomStringConvertible {
    public var rawValue: UInt32

    @inlinable public init(_ rawValue: UInt32) { self.rawValue = rawValue }
    /// `index` must lie in 0...UInt32.max (the exchange caps it at `maximumAccounts`).
    @inlinable public init(index: Int) { rawValue = UInt32(index) }
    @inlinable public var index: Int { Int(rawValue) }
    public var description: String { "#\(rawValue)" }
}

/// The id a sender gives its own order (Binance's `newClientOrderId`, Bybit's `orderLinkId`): the
/// exchange echoes it in every event about the order, so the sender learns the order's fate by
/// its own id, never by searching the log. Uniqueness is the sender's business.
public struct ClientOrderID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var rawValue: Int64

    @inlinable public init(_ rawValue: Int64) { self.rawValue = rawValue }
    @inlinable public static func < (lhs: ClientOrderID, rhs: ClientOrderID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { "c\(rawValue)" }
}

/// A vault's number in the lending market, given in sequence from 1 and never reused.
public struct VaultID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The sequence number.
    public var rawValue: Int64
    /// Wraps the number as sent on the wire and printed in logs.
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    /// Orders by number, which is the order vaults were opened in.
    public static func < (lhs: VaultID, rhs: VaultID) -> Bool { lhs.rawValue < rhs.rawValue }
    /// `"vault N"`.
    public var description: String { "vault \(rawValue)" }
}

/// An auction's number in the lending market, given in sequence from 1 and never reused (Maker's
/// `Clipper` counts `kicks` the same way).
public struct AuctionID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The sequence number.
    public var rawValue: Int64
    /// Wraps the number as sent on the wire and printed in logs.
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    /// Orders by number, which is the order auctions started in.
    public static func < (lhs: AuctionID, rhs: AuctionID) -> Bool { lhs.rawValue < rhs.rawValue }
    /// `"auction N"`.
    public var description: String { "auction \(rawValue)" }
}

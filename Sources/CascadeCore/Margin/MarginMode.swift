/// Which collateral backs a position.
public enum MarginMode: UInt8, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The position has its own margin; liquidating it can lose that margin and nothing more.
    case isolated
    /// The account's whole balance (in the settlement asset) backs all its cross positions.
    case cross

    /// `"isolated"` or `"cross"`, as panels and logs show the mode.
    public var description: String { self == .isolated ? "isolated" : "cross" }
}

import CascadeCore

/// Which chain the engine puts in its snapshots: the Options workspace's underlying and expiry.
public struct OptionChainRequest: Sendable, Hashable {
    /// The perpetual whose options are shown.
    public var underlying: InstrumentID
    /// The expiry shown; nil (or one that has settled) means the soonest live one after it.
    public var expiry: SimTime?

    /// The chain of `underlying`'s options at `expiry` (the soonest when nil).
    public init(underlying: InstrumentID, expiry: SimTime? = nil) {
        self.underlying = underlying
        self.expiry = expiry
    }
}

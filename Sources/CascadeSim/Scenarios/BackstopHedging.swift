import CascadeCore

/// How the backstop vault works off the positions it takes over from liquidations (`[backstop]` in
/// a scenario). `hold` keeps them until someone trades against the vault, as a passive liquidity
/// pool would; `twap` sells (or buys) them back in equal slices so the vault is flat within
/// `horizon` of its last takeover; `aggressive` offers the whole inventory every interval. Every
/// slice is an immediate-or-cancel order no further than `maxImpact` from the mid, so the vault
/// never sweeps a thin book: what does not fill waits for the next interval. Hyperliquid's HLP
/// liquidator vault works its inventory down the same way, over time and within limits
/// (https://hyperliquid.gitbook.io/hyperliquid-docs/hypercore/liquidations).
public struct BackstopHedging: Sendable, Hashable {
    /// What the vault does with its inventory.
    public enum Policy: String, Sendable, Hashable, CaseIterable {
        case hold, twap, aggressive

        /// `hold, twap, aggressive`, for errors.
        public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
    }

    /// The policy; `hold` by default, which adds no agent to the world.
    public var policy = Policy.hold
    /// `twap`: the vault is flat this long after its last takeover.
    public var horizon: SimTime = 30 * .minute
    /// Furthest from the mid a slice may trade, as a fraction of the mid.
    public var maxImpact = 0.005
    /// Time between slices.
    public var interval: SimTime = 10 * .second

    /// The default: hold.
    public init() {}
}

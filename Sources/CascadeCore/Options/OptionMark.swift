/// An option's mark as the exchange computes it: the Black-76 value at the mark implied volatility
/// its expiry's fitted smile gives the strike, rounded to a tick, with the Greeks of that value.
public struct OptionMark: Sendable, Hashable {
    /// The mark price, in ticks: what positions are valued and margined at.
    public var price: Price
    /// The mark implied volatility, a fraction a year (0.6 is 60%).
    public var volatility: Double
    /// Price and Greeks per contract in the settlement asset's whole units (USDC), against the index.
    public var greeks: OptionGreeks
}

/// What makes an instrument a European option: cash-settled in the settlement asset against the
/// underlying perpetual's index at expiry, one contract per unit of the underlying's base asset.
///
/// The premium is quoted on the underlying's own tick grid (BTC options in 0.1 USDC, as Paradex
/// quotes its BTC options), so a strike and an index price subtract tick for tick into intrinsic value.
public struct OptionTerms: Sendable, Hashable {
    /// The perpetual whose index prices and settles the option (its settlement asset is the option's).
    public var underlying: InstrumentID
    /// Call or put.
    public var right: OptionRight
    /// The strike, in the underlying's ticks.
    public var strike: Price
    /// When it settles, in simulated time (08:00 UTC of its day).
    public var expiry: SimTime
    /// The fee is the instrument's rate on the underlying's notional, capped at this fraction of the
    /// premium (Deribit: 0.03% of the underlying, at most 12.5% of the option price; deribit.com/kb/fees).
    public var feeCap: Rate

    /// Intrinsic value at an underlying price, in ticks: max(S − K, 0) for a call, max(K − S, 0) for a put.
    public func intrinsic(at underlying: Price) -> Price {
        let value = right == .call ? underlying.ticks - strike.ticks : strike.ticks - underlying.ticks
        return Price(ticks: Swift.max(0, value))
    }

    /// How far out of the money at an underlying price, in ticks (zero when in the money).
    func outOfTheMoney(at underlying: Price) -> Int64 {
        Swift.max(0, right == .call ? strike.ticks - underlying.ticks : underlying.ticks - strike.ticks)
    }
}

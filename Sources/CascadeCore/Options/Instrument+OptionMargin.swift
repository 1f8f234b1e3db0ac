extension Instrument {
    /// Deribit's standard (non-portfolio) option margin of a position of `size` lots, with the option
    /// marked at `mark` and the underlying's index at `underlying`, both in ticks (support.deribit.com,
    /// "Margin requirements"; the same shape as Aevo's docs.aevo.xyz "Standard margin"). In the
    /// underlying's units, per contract:
    ///
    /// - long: initial margin is the option's value, so its premium stays paid and never backs other
    ///   orders; maintenance is zero, so a paid-for option is never liquidated for its own sake;
    /// - short call: IM = max(0.15 × S − OTM, 0.10 × S) + mark, MM = 0.075 × S + mark;
    /// - short put: MM = max(0.075 × S, 0.075 × mark) + mark, IM = max(max(0.15 × S − OTM, 0.10 × S) + mark, MM),
    ///
    /// rounded up to the settlement unit. Zero for a perpetual or a flat position.
    /// - Complexity: O(1), a few 128-bit products.
    public func optionMargin(of size: Int64, mark: Price, underlying: Price) -> (initial: Money, maintenance: Money) {
        terms.optionMargin(of: size, mark: mark, underlying: underlying)
    }
}

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
        guard let option, size != 0 else { return (.zero, .zero) }
        guard size < 0 else { return (notional(of: size, at: mark), .zero) }
        let spot = Int128(underlying.ticks)
        let premium = Int128(mark.ticks) * Int128(Rate.one)
        let away = Int128(option.outOfTheMoney(at: underlying)) * Int128(Rate.one)
        let base = Swift.max(Self.optionInitialRate * spot - away, Self.optionFloorRate * spot) + premium
        var maintenance = Self.optionMaintenanceRate * spot + premium
        var initial = base
        if option.right == .put {
            maintenance = Swift.max(maintenance, Self.optionMaintenanceRate * Int128(mark.ticks) + premium)
            initial = Swift.max(initial, maintenance)
        }
        func money(_ perContract: Int128) -> Money {
            let units = (perContract * Int128(-size) * valueScale).divided(by: Int128(Rate.one), rounding: .up)!
            return Money(units: Int64(clamping: units))
        }
        return (money(initial), money(maintenance))
    }

    /// 15%, 10% and 7.5% of the underlying, in `Rate` units (10⁻⁸).
    static let optionInitialRate: Int128 = 15_000_000
    static let optionFloorRate: Int128 = 10_000_000
    static let optionMaintenanceRate: Int128 = 7_500_000
}

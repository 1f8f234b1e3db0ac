/// The numbers of an instrument that valuation, fees and option margin read: its kind, value scale,
/// fee rates and option terms, without its symbol, settlement asset and tier table.
///
/// A plain value: reading it out of a market copies a few words and retains nothing, where a copy of
/// the `Instrument` retains its strings and tier table (and calling a method on
/// `markets[id].instrument` makes such a copy). Order admission and the cross-margin sum, which
/// run for every option a dealer quotes, read this; `Instrument`'s own methods forward here, so each
/// formula has one implementation (documented on `Instrument`).
struct InstrumentTerms: Sendable, Hashable {
    var kind: ContractKind
    var valueScale: Int128
    var makerFee: Rate
    var takerFee: Rate
    var option: OptionTerms?

    /// As `Instrument.lotValue(at:)`.
    func lotValue(at price: Price) -> Int128 {
        switch kind {
        case .linear: Int128(price.ticks) * valueScale
        case .inverse: price.ticks > 0 ? valueScale / Int128(price.ticks) : 0
        }
    }

    /// As `Instrument.value(of:at:)`. A linear value whose product fits 64 bits (any order a
    /// market sees) is taken in 64-bit arithmetic: a call took 88 instructions on the 128-bit path
    /// and takes 28 on this one, and the cross-margin sum asks for two values per quote a dealer
    /// has resting. Both paths give the same integer.
    func value(of lots: Int64, at price: Price) -> Money {
        if kind == .linear, let scale = Int64(exactly: valueScale) {
            let (perLot, lotOverflow) = price.ticks.multipliedReportingOverflow(by: scale)
            let (total, overflow) = lots.multipliedReportingOverflow(by: perLot)
            if !lotOverflow && !overflow { return Money(units: Swift.max(-Int64.max, total)) }
        }
        return Money(units: Int64(clamping: Swift.max(-Int128(Int64.max), Int128(lots) * lotValue(at: price))))
    }

    /// As `Instrument.notional(of:at:)`.
    func notional(of lots: Int64, at price: Price) -> Money { value(of: lots, at: price).magnitude }

    /// +1 when a long position gains as `value` rises (linear), −1 when it gains as value falls
    /// (inverse: a long holds fewer coins' worth of contracts as the price climbs).
    var pnlDirection: Int64 { kind == .linear ? 1 : -1 }

    /// As `Instrument.unrealizedPnL(of:costBasis:at:)`.
    func unrealizedPnL(of size: Int64, costBasis: Money, at price: Price) -> Money {
        Money(units: pnlDirection * (value(of: size, at: price) - costBasis).units)
    }

    /// As `Instrument.fee(on:isMaker:)`.
    func fee(on notional: Money, isMaker: Bool) -> Money {
        let rate = isMaker ? makerFee : takerFee
        return rate.of(notional, rounding: rate.units >= 0 ? .up : .towardZero)
    }

    /// As `Instrument.fee(trading:at:underlying:isMaker:)`.
    func fee(trading lots: Int64, at price: Price, underlying: Price?, isMaker: Bool) -> Money {
        let premium = notional(of: lots, at: price)
        guard let option else { return fee(on: premium, isMaker: isMaker) }
        let fee = fee(on: notional(of: lots, at: underlying ?? price), isMaker: isMaker)
        return Swift.min(fee, option.feeCap.of(premium, rounding: .up))
    }

    /// As `Instrument.optionMargin(of:mark:underlying:)`.
    func optionMargin(of size: Int64, mark: Price, underlying: Price) -> (initial: Money, maintenance: Money) {
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
        // In 64 bits when the product fits (every position a market holds), as in `value(of:at:)`.
        func money(_ perContract: Int128) -> Money {
            if let contract = Int64(exactly: perContract), let scale = Int64(exactly: valueScale) {
                let (lots, lotsOverflow) = contract.multipliedReportingOverflow(by: -size)
                let (product, overflow) = lots.multipliedReportingOverflow(by: scale)
                if !lotsOverflow && !overflow {
                    return Money(units: Int64(Int128(product).divided(by: Int128(Rate.one), rounding: .up)!))
                }
            }
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

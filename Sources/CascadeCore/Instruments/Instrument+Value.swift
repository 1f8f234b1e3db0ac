extension Instrument {
    /// Value of one lot at `price`, in settlement units.
    ///
    /// Linear: price × lot, exact (the catalogue's grids make a tick-lot a whole number of units).
    /// Inverse: contract value / price, rounded down once per lot; everyone holding the contract uses
    /// the same figure, so marking all positions to a price stays exactly zero-sum.
    /// - Complexity: O(1); one multiplication or one 128-bit division.
    public func lotValue(at price: Price) -> Int128 { terms.lotValue(at: price) }

    /// Value of `lots` (signed) at `price`, in settlement units, clamped to ±Int64.max (never
    /// Int64.min, whose magnitude would not fit).
    ///
    /// The engine's sizes and prices keep every value far inside that range; input from outside it
    /// (the calculator) uses `checkedValue(of:at:)`, where a clamped figure would be a wrong answer.
    public func value(of lots: Int64, at price: Price) -> Money { terms.value(of: lots, at: price) }

    /// Value of `lots` (signed) at `price`, or `nil` when it does not fit Int64.
    func checkedValue(of lots: Int64, at price: Price) -> Money? {
        let (product, overflow) = Int128(lots).multipliedReportingOverflow(by: lotValue(at: price))
        guard !overflow, let units = Int64(exactly: product) else { return nil }
        return Money(units: units)
    }

    /// Unsigned notional of `lots` at `price`.
    public func notional(of lots: Int64, at price: Price) -> Money { terms.notional(of: lots, at: price) }

    /// Unrealised PnL of a position of `size` lots with entry value `costBasis`, marked at `price`.
    public func unrealizedPnL(of size: Int64, costBasis: Money, at price: Price) -> Money {
        terms.unrealizedPnL(of: size, costBasis: costBasis, at: price)
    }

    /// Maintenance margin of a position of `size` lots at `price`: its tier's notional × MMR − cum,
    /// rounded up, never below zero.
    public func maintenanceMargin(of size: Int64, at price: Price) -> Money {
        guard size != 0 else { return .zero }
        let notional = notional(of: size, at: price)
        return Swift.max(.zero, tiers.tier(for: notional).maintenanceMargin(notional: notional))
    }

    /// +1 when a long position gains as `value` rises (linear), −1 when it gains as value falls
    /// (inverse: a long holds fewer coins' worth of contracts as the price climbs).
    var pnlDirection: Int64 { terms.pnlDirection }

    /// The numbers the value, fee and option-margin formulas read, as a plain value.
    var terms: InstrumentTerms {
        InstrumentTerms(kind: kind, valueScale: valueScale, makerFee: makerFee, takerFee: takerFee, option: option)
    }

    /// Linear: settlement units per tick-lot. Inverse: the numerator K of lot value = K / ticks,
    /// i.e. contract value × 10^scale / tick size.
    /// - Precondition: for linear contracts, tick × lot is a whole number of settlement units.
    static func valueScale(kind: ContractKind, asset: Asset, tick: DecimalStep, lot: DecimalStep) -> Int128 {
        switch kind {
        case .linear:
            let exponent = asset.scale - tick.scale - lot.scale
            return Int128(tick.units) * Int128(lot.units) * Int128(1).scaled(by: exponent)!
        case .inverse:
            // contract value (lot, in USD) / tick (USD) in settlement units:
            // lot.units·10^-lot.scale · 10^asset.scale / (tick.units·10^-tick.scale)
            let numerator =
                Int128(lot.units) * Int128(1).scaled(by: asset.scale + tick.scale - lot.scale)!
            return numerator / Int128(tick.units)
        }
    }
}

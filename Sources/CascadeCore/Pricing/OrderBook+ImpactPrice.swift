extension OrderBook {
    /// The average price a market order of `notional` would fill at against `side`'s resting orders
    /// (`.sell` for the impact ask, `.buy` for the impact bid), in ticks rounded away from the mid (against the taker);
    /// `nil` when the side holds less than `notional`.
    ///
    /// - Complexity: O(levels walked).
    func impactPrice(of side: Side, notional: Money, on instrument: Instrument) -> Price? {
        var remaining = Int128(notional.units)
        var lots: Int128 = 0
        var value: Int128 = 0
        forEachLevel(of: side) { price, level in
            let lotValue = instrument.lotValue(at: price)
            guard lotValue > 0 else { return false }
            let levelValue = Int128(level.total) * lotValue
            let taken = levelValue >= remaining ? remaining.divided(by: lotValue, rounding: .up)! : Int128(level.total)
            lots += taken
            value += taken * lotValue
            remaining = Swift.max(0, remaining - taken * lotValue)
            return remaining > 0
        }
        guard remaining == 0, lots > 0 else { return nil }
        // Average lot value back to a price: linear value ∝ price, inverse value ∝ 1 / price.
        let scale = instrument.valueScale
        let ticks: Int128? =
            switch instrument.kind {
            case .linear: value.divided(by: lots * scale, rounding: side == .sell ? .up : .down)
            case .inverse: (lots * scale).divided(by: value, rounding: side == .sell ? .up : .down)
            }
        return ticks.flatMap { Int64(exactly: $0) }.map { Price(ticks: $0) }
    }
}

extension Exchange {
    /// Notional of open positions by liquidation-price bucket, longs and shorts apart: where the
    /// liquidations would cluster if the mark got there (Coinglass-style heatmap, shared/reference
    /// §12). Bucket `i` covers `[lowest + i × width, lowest + (i + 1) × width)` ticks; positions whose
    /// liquidation price lies outside the range, or that have none, are left out. The prices are
    /// those the liquidation index watches (what detection acts on), so no risk is recomputed.
    /// - Complexity: O(accounts): for sampling once a bucket of time, not per tick.
    public func liquidationLevels(
        _ instrument: InstrumentID, lowest: Price, width: Int64, buckets: Int
    ) -> (longs: [Money], shorts: [Money]) {
        var longs = Array(repeating: Money.zero, count: buckets)
        var shorts = Array(repeating: Money.zero, count: buckets)
        guard isKnown(instrument), width > 0, let mark = markets[instrument].valuationPrice else {
            return (longs, shorts)
        }
        // Accounts and the market are read in place: a copy of each `Account` (as `enumerated()`
        // hands them out) retains its arrays, thousands of times a sample.
        let terms = markets[instrument].terms
        for account in accounts.indices where !accounts[account].positions[instrument].isFlat {
            guard let price = liquidationIndexes[instrument].liquidationPrice(of: account) else { continue }
            let bucket = (price.ticks - lowest.ticks) / width
            guard price.ticks >= lowest.ticks, bucket < Int64(buckets) else { continue }
            let size = accounts[account].positions[instrument].size
            let notional = terms.notional(of: size, at: mark)
            if size > 0 { longs[Int(bucket)] += notional } else { shorts[Int(bucket)] += notional }
        }
        return (longs, shorts)
    }
}

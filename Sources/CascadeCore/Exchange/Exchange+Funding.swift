extension Exchange {
    /// One premium sample from the impact bid and ask against the index as of `time`; skipped while
    /// either side is too thin for the impact notional or every oracle quote is stale by then.
    mutating func samplePremium(_ index: InstrumentID, at time: SimTime) {
        let market = markets[index]
        markets[index].funding.nextSample += configuration.funding.sampleEvery
        guard let indexPrice = IndexPrice(quotes: market.quotes, now: time, rules: configuration.indexRules).price,
            let premium = FundingRate.premium(
                impactBid: market.book.impactPrice(of: .buy, notional: market.impactNotional, on: market.instrument),
                impactAsk: market.book.impactPrice(of: .sell, notional: market.impactNotional, on: market.instrument),
                index: indexPrice)
        else { return }
        // Premiums are capped at ±100% a sample, so a day of 5-second samples stays inside Int64.
        markets[index].funding.premiumSum += Swift.min(Swift.max(premium.units, -Rate.one), Rate.one)
        markets[index].funding.samples += 1
    }

    /// Pays one settlement period's funding between longs and shorts at the mark.
    ///
    /// A period without any premium sample (no index, or a book too thin) pays nothing.
    /// Payers' amounts round up and receivers' round down, so the exchange never creates money; the
    /// difference goes to the funding pool. The rate is capped at the first tier's maintenance rate.
    mutating func settleFunding(_ instrument: InstrumentID, _ events: inout [Event]) {
        let market = markets[instrument]
        let schedule = configuration.funding
        let samples = market.funding.samples
        let average = Rate(units: samples == 0 ? 0 : market.funding.premiumSum / Int64(samples))
        // Without a single premium sample the period has no funding (not even the interest part).
        let rate =
            samples == 0
            ? Rate.zero
            : FundingRate.rate(averagePremium: average, cap: market.instrument.tiers.tiers[0].maintenanceRate)
        let charged = Rate(units: Int64(Int128(rate.units) * Int128(schedule.settlement) / Int128(schedule.interval)))
        markets[instrument].funding.lastRate = rate
        markets[instrument].funding.premiumSum = 0
        markets[instrument].funding.samples = 0
        markets[instrument].funding.periodEnd += schedule.settlement
        let asset = assetID(of: instrument)
        var remainder = Money.zero
        let magnitude = Rate(units: abs(charged.units))
        var paid: [AccountID] = []
        if let price = market.valuationPrice, charged != .zero {
            for holder in accounts.indices where !accounts[holder].positions[instrument].isFlat {
                var position = accounts[holder].positions[instrument]
                let notional = market.instrument.notional(of: position.size, at: price)
                // Positive rate: longs pay shorts. Payers round up, receivers down.
                let pays = (position.size > 0) == (charged.units > 0)
                let payment = pays ? magnitude.of(notional, rounding: .up) : -magnitude.of(notional, rounding: .down)
                position.fundingPaid += payment
                remainder += payment
                if position.mode == .isolated {
                    position.isolatedMargin -= payment
                } else {
                    accounts[holder].wallets[asset] -= payment
                }
                accounts[holder].positions[instrument] = position
                events.append(.fundingPaid(holder, instrument, payment))
                paid.append(holder)
            }
        }
        ledgers[asset].fundingPool += remainder
        for account in paid { rekey(account, &events) }
        events.append(
            .fundingSettled(
                FundingSettlement(
                    instrument: instrument, rate: rate, chargedRate: charged, averagePremium: average,
                    samples: samples, remainder: remainder)))
    }
}

extension Exchange {
    /// Lists what the option series on `underlying` are missing at the new index: expiries the
    /// ladder holds that are not live yet, and strikes where the index has moved toward the edge of
    /// an expiry's grid. Each new option is an `optionListed` event.
    /// - Complexity: O(live expiries) per index update; reading the ladder (about 60 calendar days)
    ///   only after an expiry settles.
    mutating func listOptions(on underlying: InstrumentID, _ events: inout [Event]) {
        guard let index = markets[underlying].index?.price else { return }
        for series in optionSeries.indices where optionSeries[series].underlying == underlying {
            if optionSeries[series].needsListing {
                optionSeries[series].needsListing = false
                let rules = optionSeries[series].rules
                for time in rules.liveExpiries(at: now, calendar: configuration.calendar)
                where !optionSeries[series].expiries.contains(where: { $0.time == time }) {
                    let spacing = rules.strikeSpacing(
                        index: index, years: years(until: time), tick: markets[underlying].instrument.tickSize)
                    optionSeries[series].expiries.append(OptionExpiry(time: time, spacing: spacing))
                }
                optionSeries[series].expiries.sort { $0.time < $1.time }
            }
            for expiry in optionSeries[series].expiries.indices {
                extendStrikes(series, expiry, index: index, &events)
            }
        }
    }

    /// Lists strikes on the expiry's grid until it reaches the series' reach either side of `index`
    /// (and the strike nearest the index), calls and puts together; at most `maximumStrikes`.
    private mutating func extendStrikes(_ series: Int, _ expiry: Int, index: Price, _ events: inout [Event]) {
        let rules = optionSeries[series].rules
        let grid = optionSeries[series].expiries[expiry]
        let reach = Int64(rules.reach(index: index, years: years(until: grid.time)))
        let nearest = (index.ticks + grid.spacing / 2) / grid.spacing * grid.spacing
        let low = Swift.max(
            grid.spacing, Swift.min(nearest, (index.ticks - reach + grid.spacing - 1) / grid.spacing * grid.spacing))
        let high = Swift.max(nearest, (index.ticks + reach) / grid.spacing * grid.spacing)
        var wanted: [Int64] = []
        var strike = low
        while strike <= high && wanted.count < Self.maximumStrikes {
            if !grid.strikes.contains(where: { $0.strike.ticks == strike }) { wanted.append(strike) }
            strike += grid.spacing
        }
        guard !wanted.isEmpty, grid.strikes.count + wanted.count <= Self.maximumStrikes else { return }
        for strike in wanted {
            let call = listOption(series, expiry: grid.time, right: .call, strike: Price(ticks: strike), &events)
            let put = listOption(series, expiry: grid.time, right: .put, strike: Price(ticks: strike), &events)
            optionSeries[series].expiries[expiry].strikes.append(
                OptionExpiry.Strike(strike: Price(ticks: strike), call: call, put: put))
        }
        optionSeries[series].expiries[expiry].strikes.sort { $0.strike < $1.strike }
    }

    /// Most strikes one expiry lists: a runaway index cannot list options without end.
    static let maximumStrikes = 120

    /// Adds the option's market and returns its id.
    private mutating func listOption(
        _ series: Int, expiry: SimTime, right: OptionRight, strike: Price, _ events: inout [Event]
    ) -> InstrumentID {
        let rules = optionSeries[series].rules
        let underlying = optionSeries[series].underlying
        let base = markets[underlying].instrument
        let strikeText = base.tickSize.format(strike.ticks).trimmingFraction
        let symbol = "\(rules.prefix)-\(configuration.calendar.expiryCode(of: expiry))-\(strikeText)-\(right.letter)"
        var instrument = Instrument(
            symbol: symbol, kind: .linear, settlementAsset: base.settlementAsset, tickSize: base.tickSize,
            lotSize: rules.lotSize, makerFee: rules.feeRate, takerFee: rules.feeRate, tiers: base.tiers)
        instrument.option = OptionTerms(
            underlying: underlying, right: right, strike: strike, expiry: expiry, feeCap: rules.feeCap)
        let id = InstrumentID(index: markets.count)
        markets.append(Market(instrument: instrument, schedule: configuration.funding, expectedOrders: 256))
        instrumentAssets.append(instrumentAssets[underlying])
        liquidationIndexes.append(LiquidationIndex())
        liquidationStyles.append(liquidationStyles[underlying])
        contractFunds.append(.zero)
        events.append(.optionListed(id))
        return id
    }

    /// Years (of 365 days) from now to `time`, never negative.
    func years(until time: SimTime) -> Double {
        Double(Swift.max(0, time - now)) / Double(365 * 24 * SimTime.hour)
    }
}

extension String {
    /// `"70000"` for `"70000.0"`, `"0d5"` for `"0.5"`: Deribit writes strikes without trailing zeros
    /// and with `d` for the decimal point.
    fileprivate var trimmingFraction: String {
        guard contains(".") else { return self }
        var text = Substring(self)
        while text.hasSuffix("0") { text = text.dropLast() }
        if text.hasSuffix(".") { text = text.dropLast() }
        return String(text.map { $0 == "." ? "d" : $0 })
    }
}

extension Exchange {
    /// Takes fresh oracle quotes, recomputes the index and the mark, and lets the new mark fire stops.
    mutating func updateOracle(_ instrument: InstrumentID, _ quotes: [OracleQuote], _ events: inout [Event]) {
        guard isKnown(instrument) else { return }
        var market = markets[instrument]
        for quote in quotes {
            if let slot = market.quotes.firstIndex(where: { $0.source == quote.source }) {
                market.quotes[slot] = quote
            } else {
                market.quotes.append(quote)
                market.quotes.sort { $0.source < $1.source }
            }
        }
        let index = IndexPrice(quotes: market.quotes, now: now, rules: configuration.indexRules)
        market.index = index
        events.append(.indexUpdated(instrument, index))
        guard let indexPrice = index.price else {
            markets[instrument] = market
            return
        }
        if let bid = market.book.bestBid, let ask = market.book.bestAsk {
            market.basisSamples.append((bid.ticks + ask.ticks) / 2 - indexPrice.ticks)
            if market.basisSamples.count > configuration.basisWindow { market.basisSamples.removeFirst() }
        }
        let averageBasis =
            market.basisSamples.isEmpty
            ? nil : market.basisSamples.reduce(0, +) / Int64(market.basisSamples.count)
        let mark = MarkPrice(
            index: indexPrice, fundingRate: market.funding.lastRate,
            timeToFunding: market.funding.periodEnd - now, fundingInterval: configuration.funding.interval,
            averageBasis: averageBasis, lastTrade: market.lastTrade)
        market.mark = mark
        markets[instrument] = market
        events.append(.markUpdated(instrument, mark))
        if !lendingPriceSources.isEmpty { observeLendingPrice(instrument, indexPrice) }
        throughBook(instrument, &events) { $0.fireStops(instrument, at: mark.price, for: .mark) }
        detectLiquidations(instrument, mark: mark.price, &events)
        if !optionSeries.isEmpty {
            listOptions(on: instrument, &events)
            refreshOptionMarks(on: instrument)
            detectOptionLiquidations(&events)
        }
        detectPortfolioBreaches(instrument, &events)
    }
}

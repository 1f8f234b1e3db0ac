#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Exchange {
    /// Refreshes the marks of every option on `underlying`, at most once a simulated second:
    ///
    /// 1. per expiry, the mid of every out-of-the-money option with a two-sided, uncrossed book is
    ///    turned into an implied volatility against the index (rate 0: the perpetual's index is the
    ///    forward the venue has);
    /// 2. every `smileInterval` (30 s), a raw SVI smile is fitted to those volatilities
    ///    (`SVISmile(fitting:years:)`); with fewer than five strikes, or a failed fit, the previous smile
    ///    stays, and before any the series' initial volatility is used (an expiry without a smile
    ///    tries again every second);
    /// 3. each option's mark is its Black-76 value at the smile's volatility for its strike, rounded
    ///    to a tick.
    ///
    /// Deterministic (no clock, no randomness) and off the per-command path: 34 valuations per
    /// expiry each second (a few microseconds), and when fitting about 17 implied volatilities and
    /// one fit (about 40 µs).
    mutating func refreshOptionMarks(on underlying: InstrumentID) {
        guard let index = markets[underlying].index?.price else { return }
        let tick = markets[underlying].instrument.tickSize
        let tickValue = tick.doubleValue
        let forward = Double(index.ticks) * tickValue
        for series in optionSeries.indices where optionSeries[series].underlying == underlying {
            guard now >= optionSeries[series].nextMarkRefresh else { continue }
            optionSeries[series].nextMarkRefresh = now + .second
            let fitting = now >= optionSeries[series].nextSmileFit
            if fitting { optionSeries[series].nextSmileFit = now + Self.smileInterval }
            let initial = optionSeries[series].rules.initialVolatility
            for expiry in optionSeries[series].expiries.indices {
                let years = years(until: optionSeries[series].expiries[expiry].time)
                guard years > 0 else { continue }
                // An expiry without a smile yet (just listed, or no quotes so far) tries every second,
                // so new marks leave the initial volatility as soon as the books allow.
                if fitting || optionSeries[series].expiries[expiry].smile == nil {
                    let points = smilePoints(series, expiry, forward: forward, tickValue: tickValue, years: years)
                    if let smile = SVISmile(fitting: points, years: years) {
                        optionSeries[series].expiries[expiry].smile = smile
                    }
                }
                let smile = optionSeries[series].expiries[expiry].smile
                for strike in optionSeries[series].expiries[expiry].strikes {
                    let price = Double(strike.strike.ticks) * tickValue
                    let volatility = smile?.impliedVolatility(strike: price, forward: forward) ?? initial
                    let pair = EuropeanOption.callAndPut(
                        strike: price, years: years, forward: forward, rate: 0, volatility: volatility)
                    setMark(of: strike.call, pair.call, volatility: volatility, tickValue: tickValue)
                    setMark(of: strike.put, pair.put, volatility: volatility, tickValue: tickValue)
                }
            }
        }
    }

    /// Sets an option's mark to its model value rounded to a tick; a value that is not finite leaves
    /// the mark as it was.
    private mutating func setMark(of id: InstrumentID, _ greeks: OptionGreeks, volatility: Double, tickValue: Double) {
        guard greeks.price.isFinite else { return }
        let ticks = Int64((Swift.max(0, greeks.price) / tickValue).rounded())
        markets[id].optionMark = OptionMark(price: Price(ticks: ticks), volatility: volatility, greeks: greeks)
    }

    /// The implied volatilities of an expiry's out-of-the-money mids (calls at or above the forward,
    /// puts below), from books with both sides and the bid under the ask.
    private func smilePoints(_ series: Int, _ expiry: Int, forward: Double, tickValue: Double, years: Double)
        -> [SmilePoint]
    {
        var points: [SmilePoint] = []
        for strike in optionSeries[series].expiries[expiry].strikes {
            let price = Double(strike.strike.ticks) * tickValue
            let (id, right) = price >= forward ? (strike.call, OptionRight.call) : (strike.put, .put)
            guard let bid = markets[id].book.bestBid, let ask = markets[id].book.bestAsk, bid < ask else { continue }
            let mid = Double(bid.ticks + ask.ticks) / 2 * tickValue
            let option = EuropeanOption(right, strike: price, years: years)
            guard let volatility = try? option.impliedVolatility(price: mid, forward: forward, rate: 0),
                volatility > 0.01, volatility < 5
            else { continue }
            points.append(SmilePoint(logMoneyness: log(price / forward), impliedVolatility: volatility))
        }
        return points
    }

    /// How often the smiles are fitted again; the marks are repriced on the last fit every second,
    /// so they follow the index at once and the quotes' volatilities within half a minute. A fit
    /// costs about 30 µs an expiry (at 10 s, a tenth of a world with options went to fitting), and
    /// dealers requote only when their fair value moves, so the smile moves slowly next to the index.
    static let smileInterval: SimTime = 30 * .second

    /// The option's current mark; `nil` for a perpetual, or before its underlying's first index.
    public func optionMark(_ instrument: InstrumentID) -> OptionMark? {
        isKnown(instrument) ? markets[instrument].optionMark : nil
    }

    /// The live expiries of the options on `underlying`, soonest first, with their strikes and smiles.
    public func optionExpiries(on underlying: InstrumentID) -> [OptionExpiry] {
        optionSeries.filter { $0.underlying == underlying }.flatMap(\.expiries).sorted { $0.time < $1.time }
    }
}

import CascadeCore

/// One listed option as an option agent sees it now: its id, right, strike in USD, years left, its
/// lot in contracts and the world's fair volatility and Greeks for it.
struct OptionChainQuote {
    var id: InstrumentID
    var right: OptionRight
    var strike: Double
    var years: Double
    /// Contracts (coins) per lot.
    var lotSize: Double
    var volatility: Double
    var greeks: OptionGreeks

    /// Every live option on `market`'s perpetual with more than `minimumYears` left, valued on the
    /// world's surface at the index, soonest expiry first, strikes ascending, call before put.
    static func chain(_ place: Marketplace, on market: InstrumentID, minimumYears: Double) -> [[OptionChainQuote]] {
        let simulated = place.markets[market]
        let forward = place.index(market)
        let stress = simulated.observer.indexStress
        return place.exchange.optionExpiries(on: simulated.id).compactMap { expiry in
            let years = Double(expiry.time - place.now) / Double(365 * 24 * SimTime.hour)
            guard years > minimumYears else { return nil }
            let atm = VolatilitySurface.atTheMoney(simulated, years: years)
            // One array per expiry, appended to in place: no array per strike.
            var quotes: [OptionChainQuote] = []
            quotes.reserveCapacity(2 * expiry.strikes.count)
            for listed in expiry.strikes {
                let strike = simulated.usd(listed.strike)
                let volatility = VolatilitySurface.volatility(
                    atTheMoney: atm, strike: strike, forward: forward, years: years, stress: stress)
                let pair = EuropeanOption.callAndPut(
                    strike: strike, years: years, forward: forward, rate: 0, volatility: volatility)
                quotes.append(
                    OptionChainQuote(
                        id: listed.call, right: .call, strike: strike, years: years,
                        lotSize: place.exchange.lotSize(of: listed.call).doubleValue, volatility: volatility,
                        greeks: pair.call))
                quotes.append(
                    OptionChainQuote(
                        id: listed.put, right: .put, strike: strike, years: years,
                        lotSize: place.exchange.lotSize(of: listed.put).doubleValue, volatility: volatility,
                        greeks: pair.put))
            }
            return quotes
        }
    }

    /// A year of simulated milliseconds, the options' 365-day year.
    static let year = Double(365 * 24 * SimTime.hour)
}

extension Marketplace {
    /// The account's position in option `id`, in contracts (coins).
    func contracts(_ account: AccountID, in id: InstrumentID) -> Double {
        Double(exchange.position(of: account, in: id).size) * exchange.lotSize(of: id).doubleValue
    }

    /// The options the account holds a position in.
    func heldOptions(_ account: AccountID) -> [InstrumentID] {
        guard let holder = exchange.account(account) else { return [] }
        return holder.positions.options.filter { !$0.1.isFlat }.map(\.0)
    }

    /// Whole lots of option `id` for `contracts` coins, rounded down.
    func optionLots(_ contracts: Double, in id: InstrumentID) -> Int64 {
        max(0, Int64(contracts / exchange.lotSize(of: id).doubleValue))
    }
}

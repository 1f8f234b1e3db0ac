import CascadeCore

/// One traded instrument in the world: its external price, the venues quoting it, what traders
/// observe of it, and the conditions a scenario sets.
public struct SimulatedMarket: Sendable {
    /// Its instrument's id on the exchange, also its index in `Marketplace.markets`.
    public let id: InstrumentID
    /// The catalogue instrument named by the scenario's symbol.
    public let instrument: Instrument
    /// One tick and one lot in USD and base units, for agents' arithmetic in doubles.
    public let tickSize: Double
    /// One lot in base-asset units (0.001 for BTC-PERP).
    public let lotSize: Double
    var fundamental: FundamentalProcess
    /// The spot venues quoting it to the oracle; scenario events change their state.
    public internal(set) var venues: [SpotVenue]
    /// What traders read of its recent prices and volatility, refreshed once a simulated second.
    public internal(set) var observer: MarketObserver
    var conditions = MarketConditions()
    var history: PriceHistory
    var quoteRandom: Xoshiro256

    init(id: InstrumentID, setup: MarketSetup, seed: UInt64) {
        self.id = id
        instrument = Instrument.named(setup.symbol)!
        tickSize = instrument.tickSize.doubleValue
        lotSize = instrument.lotSize.doubleValue
        fundamental = FundamentalProcess(price: setup.price, parameters: setup.process, seed: seed)
        venues = SpotVenue.standard(count: setup.venues)
        observer = MarketObserver(price: setup.price, normalSigma: fundamental.sigma)
        history = PriceHistory(price: setup.price)
        quoteRandom = Xoshiro256(seed: seed ^ 0x5EED_0F_5A07)
    }

    /// The price in ticks nearest `usd`, at least one tick.
    public func ticks(_ usd: Double) -> Int64 { max(1, Int64((usd / tickSize).rounded())) }

    /// `price` in USD, for agents' arithmetic in doubles; never for money.
    public func usd(_ price: Price) -> Double { Double(price.ticks) * tickSize }

    /// Whole lots for `base` units of the asset, rounded down.
    public func lots(_ base: Double) -> Int64 { max(0, Int64(base / lotSize)) }

    /// A trade of `usd` on the spot venues (positive buys, negative sells) moves the fundamental by
    /// `usd ÷ depth` percent, `depth` being the dollars that move it 1%.
    mutating func spotTrade(usd: Double, depth: Double) {
        fundamental.push(by: usd / Swift.max(1, depth) / 100)
    }

    /// Steps the fundamental one second to `time` and collects the venues' quotes for the oracle.
    mutating func tick(at time: SimTime) -> [OracleQuote] {
        fundamental.volatilityMultiplier = conditions.volatility
        fundamental.step(at: time)
        history.append(fundamental.price)
        var quotes: [OracleQuote] = []
        quotes.reserveCapacity(venues.count)
        for index in venues.indices {
            if let quote = venues[index].publish(
                source: index, history: history, time: time, tickSize: tickSize, random: &quoteRandom)
            {
                quotes.append(quote)
            }
        }
        return quotes
    }
}

extension DecimalStep {
    /// The step as a double (0.1 for a tick of 0.1): for the world's models, never for money.
    public var doubleValue: Double {
        var value = Double(units)
        for _ in 0..<scale { value /= 10 }
        return value
    }
}

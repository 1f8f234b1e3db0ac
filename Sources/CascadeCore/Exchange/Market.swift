/// When funding is sampled, settled and over which interval its rate is quoted.
public struct FundingSchedule: Sendable, Hashable {
    /// The interval the rate is quoted for (8 hours everywhere in the reference venues).
    var interval: SimTime = 8 * .hour
    /// How often funding is paid: every `interval` (Binance) or more often with the rate pro rata
    /// (Hyperliquid: hourly, one eighth of the 8-hour rate).
    public var settlement: SimTime = 8 * .hour
    /// Premium sampling period (Binance: 5 seconds).
    var sampleEvery: SimTime = 5 * .second

    /// The reference schedule: an 8-hour rate, settled every 8 hours, premium sampled every 5 seconds.
    public init() {}
}

/// Funding accrual for one instrument in the current settlement period.
struct FundingState: Sendable, Hashable {
    var periodEnd: SimTime
    var nextSample: SimTime
    var premiumSum: Int64 = 0
    var samples = 0
    /// The last settled 8-hour rate; feeds the mark price's funding basis.
    var lastRate = Rate.zero
}

/// One instrument's market: its book and the prices the exchange derives for it.
struct Market: Sendable {
    /// The contract; its tiers change only when an adaptive margin model's change takes effect.
    var instrument: Instrument
    /// The instrument's value, fee and margin numbers as a plain value (`instrument.terms`): hot
    /// paths read these without copying the `Instrument`.
    let terms: InstrumentTerms
    var book: OrderBook
    /// Latest quote of each oracle source, by source number.
    var quotes: [OracleQuote] = []
    var index: IndexPrice?
    var mark: MarkPrice?
    /// An option's mark, refreshed with its underlying's index (at most once a simulated second).
    var optionMark: OptionMark?
    var lastTrade: Price?
    /// Lots held long across all accounts (equal to the short side's), kept with every fill.
    var openInterest: Int64 = 0
    /// Recent (mid − index) samples in ticks, oldest first, for the mark's moving basis.
    var basisSamples: [Int64] = []
    var funding: FundingState
    /// Market-order size the funding premium is measured with (Binance's impact margin notional:
    /// 200 USDT × the first tier's maximum leverage; for inverse, 0.1 coin × that leverage).
    let impactNotional: Money

    /// A market with an empty book reserved for `expectedOrders` open orders (a perpetual's 2¹⁴; an
    /// option's book is far thinner, and hundreds are listed).
    init(instrument: Instrument, schedule: FundingSchedule, expectedOrders: Int = 1 << 14) {
        self.instrument = instrument
        terms = instrument.terms
        book = OrderBook(configuration: OrderBookConfiguration(expectedOrders: expectedOrders))
        funding = FundingState(periodEnd: schedule.settlement, nextSample: schedule.sampleEvery)
        let leverage = Int64(instrument.tiers.tiers[0].maxLeverage)
        let whole = instrument.settlementAsset.unitsPerWhole
        impactNotional = Money(units: instrument.kind == .linear ? 200 * whole * leverage : whole / 10 * leverage)
    }

    /// The price positions are valued at: the mark (an option's own), else the last trade.
    var valuationPrice: Price? { optionMark?.price ?? mark?.price ?? lastTrade }
}

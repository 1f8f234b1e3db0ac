/// The live state of one option series: its rules, its underlying and the expiries being traded.
struct OptionSeries: Sendable {
    let rules: OptionSeriesRules
    /// The perpetual whose index prices and settles the series.
    let underlying: InstrumentID
    /// Live expiries, soonest first.
    var expiries: [OptionExpiry] = []
    /// Whether the ladder must be read again (at the start, and after an expiry settles).
    var needsListing = true
    /// When the marks may next be refreshed: once a simulated second at most.
    var nextMarkRefresh: SimTime = 0
    /// When the smiles may next be fitted again: every `smileInterval`.
    var nextSmileFit: SimTime = 0

    init(rules: OptionSeriesRules, underlying: InstrumentID) {
        self.rules = rules
        self.underlying = underlying
    }
}

/// One live expiry: its strike grid, the call and put listed at each strike, the smile its marks
/// are read from and the running average of the index that will settle it.
public struct OptionExpiry: Sendable {
    /// A listed strike with its call and put.
    public struct Strike: Sendable, Hashable {
        /// The strike, in the underlying's ticks.
        public var strike: Price
        /// The call at this strike.
        public var call: InstrumentID
        /// The put at this strike.
        public var put: InstrumentID
    }

    /// Settlement time (08:00 UTC).
    public let time: SimTime
    /// Distance between strikes, in ticks, fixed at listing.
    public let spacing: Int64
    /// Listed strikes, lowest first.
    public internal(set) var strikes: [Strike] = []
    /// The last smile fitted to the expiry's own books; `nil` until one could be fitted (the marks
    /// then use the series' initial volatility).
    public internal(set) var smile: SVISmile?
    /// Sum and count of the once-a-second index samples of the last `settlementWindow`.
    var indexSum: Int128 = 0
    var samples: Int64 = 0
    /// When the next settlement sample is due.
    var nextSample: SimTime

    /// Deribit settles on the average of its index over the 30 minutes before expiry.
    static let settlementWindow: SimTime = 30 * .minute

    init(time: SimTime, spacing: Int64) {
        self.time = time
        self.spacing = spacing
        nextSample = time - Self.settlementWindow
    }

    /// The settlement price: the samples' average (positive prices) rounded half up to a tick, or
    /// `fallback` without samples.
    func settlementPrice(fallback: Price) -> Price {
        guard samples > 0 else { return fallback }
        return Price(ticks: Int64((indexSum + Int128(samples) / 2) / Int128(samples)))
    }
}

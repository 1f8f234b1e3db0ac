import CascadeCore

/// The options of one underlying and expiry as the Options workspace draws them: the chain (calls |
/// strike | puts), the fitted smile and the index it is read against. Only the chosen expiry is
/// built, so a snapshot carries about 70 options however many are listed.
public struct OptionChainSnapshot: Sendable {
    /// The perpetual whose index prices and settles the options.
    public var underlying: InstrumentID
    /// Every live expiry of the underlying, soonest first: what `f`/`F` step through.
    public var expiries: [SimTime]
    /// The expiry shown; nil when the underlying has no option listed.
    public var expiry: SimTime?
    /// `7DEC26`: the expiry as option names spell it.
    public var expiryCode: String
    /// The underlying's index (the forward the marks are read against), in its ticks.
    public var index: Price?
    /// Years to the shown expiry (days ÷ 365).
    public var years: Double
    /// The smile the exchange last fitted to the expiry's books; nil before the first fit.
    public var smile: SVISmile?
    /// One row per listed strike, lowest first.
    public var rows: [OptionChainRow]
    /// The user's options on the underlying and perpetual in it under portfolio margin; nil when
    /// nothing is held.
    public var risk: PortfolioRiskSnapshot?

    /// A chain of `rows`, for an expiry `years` away.
    public init(
        underlying: InstrumentID, expiries: [SimTime], expiry: SimTime?, expiryCode: String, index: Price?,
        years: Double, smile: SVISmile?, rows: [OptionChainRow]
    ) {
        self.underlying = underlying
        self.expiries = expiries
        self.expiry = expiry
        self.expiryCode = expiryCode
        self.index = index
        self.years = years
        self.smile = smile
        self.rows = rows
    }

    /// The quote of option `id` when the chain lists it.
    /// - Complexity: O(strikes).
    public func quote(_ id: InstrumentID) -> OptionQuote? {
        rows.lazy.flatMap { [$0.call, $0.put] }.first { $0.id == id }
    }

    /// The row whose strike is nearest the index: the at-the-money one.
    public var atTheMoneyRow: Int? {
        guard let index, !rows.isEmpty else { return nil }
        return rows.indices.min { abs(rows[$0].strike.ticks - index.ticks) < abs(rows[$1].strike.ticks - index.ticks) }
    }
}

/// One strike of a chain: its call and its put.
public struct OptionChainRow: Sendable {
    /// The strike, in the underlying's ticks.
    public var strike: Price
    /// The call at this strike.
    public var call: OptionQuote
    /// The put at this strike.
    public var put: OptionQuote

    /// A row of the chain.
    public init(strike: Price, call: OptionQuote, put: OptionQuote) {
        self.strike = strike
        self.call = call
        self.put = put
    }

    /// The call or the put.
    public subscript(right: OptionRight) -> OptionQuote { right == .call ? call : put }
}

/// One option's market: its best prices, mark (with implied volatility and Greeks), open interest and
/// the user's position in it.
public struct OptionQuote: Sendable {
    /// The option's id.
    public var id: InstrumentID
    /// Its terms, symbol, tick and lot.
    public var instrument: Instrument
    /// Best bid and ask, in ticks; nil on an empty side.
    public var bid: Price?
    /// The lowest offer, in ticks; nil on an empty side.
    public var ask: Price?
    /// The exchange's mark; nil before the underlying's first index.
    public var mark: OptionMark?
    /// Long open interest, in lots.
    public var openInterest: Int64
    /// The user's signed position, in lots.
    public var position: Int64

    /// A quote of `instrument`; empty book, no mark, nothing open unless told.
    public init(
        id: InstrumentID, instrument: Instrument, bid: Price? = nil, ask: Price? = nil, mark: OptionMark? = nil,
        openInterest: Int64 = 0, position: Int64 = 0
    ) {
        self.id = id
        self.instrument = instrument
        self.bid = bid
        self.ask = ask
        self.mark = mark
        self.openInterest = openInterest
        self.position = position
    }
}

import CascadeCore

/// Watches a headless run: counts and totals for the summary, the event digest, bars of the first
/// market, and (when asked) every event as a JSON line.
public struct RunRecorder: WorldObserver {
    var digest = EventDigest()
    var events = 0
    var trades = 0
    /// Traded notional in USD over all markets.
    var volume = 0.0
    var liquidations = 0
    var longLiquidations = 0
    var shortLiquidations = 0
    var backstopTakeovers = 0
    var deleveragings = 0
    var deleveragedNotional = 0.0
    var lowestInsuranceFund: Int64
    /// OHLCV bars of the first market's trades; call `bars.roll(to:)` at the end before reading them.
    public var bars: BarRecorder
    var writer: JSONLineWriter?
    /// Accounts whose liquidation has begun and whose first closing fill will tell its side.
    private var awaitingSide: Set<AccountID> = []

    init(bars: BarRecorder, writer: JSONLineWriter?, insuranceFund: Int64) {
        self.bars = bars
        self.writer = writer
        lowestInsuranceFund = insuranceFund
    }

    /// A recorder that writes no event lines: bars and totals only (what `cascade bench realism` reads).
    public init(bars: BarRecorder) {
        self.init(bars: bars, writer: nil, insuranceFund: 0)
    }

    /// Tallies one batch into the totals, digest and bars; O(events), plus one JSON line per event
    /// when writing them. Called after every agent wake and user command.
    public mutating func observe(_ events: [Event], place: Marketplace) {
        self.events += events.count
        for event in events {
            event.describe(to: &digest, at: place.now)
            if writer != nil { event.describe(to: &writer!, at: place.now) }
            tally(event, place)
        }
    }

    private mutating func tally(_ event: Event, _ place: Marketplace) {
        switch event {
        case .book(let instrument, .trade(let trade), _):
            trades += 1
            let market = place.markets[instrument]
            volume += market.usd(trade.price) * Double(trade.quantity.lots) * market.lotSize
            if instrument == bars.instrument {
                bars.record(price: trade.price, lots: trade.quantity.lots, at: place.now)
            }
        case .fill(let fill) where awaitingSide.contains(fill.account):
            awaitingSide.remove(fill.account)
            if fill.side == .sell { longLiquidations += 1 } else { shortLiquidations += 1 }
        case .liquidation(.triggered(let account, _, _, _, _)):
            liquidations += 1
            awaitingSide.insert(account)
        case .liquidation(.backstopTakeover):
            backstopTakeovers += 1
        case .liquidation(.autoDeleveraged(_, _, let instrument, let quantity, let price)):
            deleveragings += 1
            let market = place.markets[instrument]
            deleveragedNotional += market.usd(price) * Double(quantity.lots) * market.lotSize
        case .liquidation(.insuranceFund(asset: .primary, _, let balance)):
            lowestInsuranceFund = min(lowestInsuranceFund, balance.units)
        default:
            break
        }
    }
}

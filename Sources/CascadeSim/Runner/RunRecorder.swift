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
    /// The backstop vault's inventory.
    var backstop = BackstopTally()
    var deleveragings = 0
    var deleveragedNotional = 0.0
    /// Option trades and their premium in USD; positions settled at expiry and options expired.
    var optionTrades = 0
    var optionPremium = 0.0
    var optionSettlements = 0
    var optionsExpired = 0
    /// The lending market's auctions, takes and fixed-bonus liquidations.
    var lending = LendingTally()
    var lowestInsuranceFund: Int64
    /// The first asset's funds summed over their pools, followed payment by payment.
    var insuranceFund: Int64
    var fundPeak: Int64
    var fundDrawdown: Int64 = 0
    var fundPaid: Int64 = 0
    var fundReceived: Int64 = 0
    var fundTakeovers = 0
    /// OHLCV bars of the first market's trades; call `bars.roll(to:)` at the end before reading them.
    public var bars: BarRecorder
    var writer: JSONLineWriter?
    /// Accounts whose liquidation has begun and whose first closing fill will tell its side.
    private var awaitingSide: Set<AccountID> = []

    init(bars: BarRecorder, writer: JSONLineWriter?, insuranceFund: Int64) {
        self.bars = bars
        self.writer = writer
        lowestInsuranceFund = insuranceFund
        self.insuranceFund = insuranceFund
        fundPeak = insuranceFund
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
            backstop.note(event, place)
        }
    }

    private mutating func tally(_ event: Event, _ place: Marketplace) {
        switch event {
        case .book(let instrument, .trade(let trade), _) where !place.markets.contains(instrument):
            optionTrades += 1
            let spec = place.exchange.instrument(instrument)
            optionPremium +=
                Double(spec.notional(of: trade.quantity.lots, at: trade.price).units)
                / Double(spec.settlementAsset.unitsPerWhole)
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
        case .optionSettled:
            optionSettlements += 1
        case .optionExpired:
            optionsExpired += 1
        case .liquidation(.backstopTakeover):
            backstopTakeovers += 1
        case .liquidation(.autoDeleveraged(_, _, let instrument, let quantity, let price)):
            deleveragings += 1
            let market = place.markets[instrument]
            deleveragedNotional += market.usd(price) * Double(quantity.lots) * market.lotSize
        case .liquidation(.insuranceFund(let payment)) where payment.fund.asset == .primary:
            let change = payment.change.units
            insuranceFund += change
            if change < 0 { fundPaid -= change } else { fundReceived += change }
            lowestInsuranceFund = min(lowestInsuranceFund, insuranceFund)
            fundPeak = max(fundPeak, insuranceFund)
            fundDrawdown = max(fundDrawdown, fundPeak - insuranceFund)
        case .liquidation(.fundTakeover):
            fundTakeovers += 1
        case .lending(let event):
            lending.record(event, place.exchange)
        default:
            break
        }
    }
}

import CascadeCore
import Foundation

/// An option market maker: quotes a bid and an ask on every listed strike of one underlying around
/// the world's volatility surface, and hedges its net delta in the perpetual (the automated
/// risk-hedging agent of the issue). Spreads are set in volatility points and widen for short
/// expiries and in stress (a few ticks at 30 days, wider for dailies and wings: Deribit's books);
/// quotes lean against the dealer's own position in each option. Its hedging is what moves the perp
/// when the dealers are short gamma in a crash, as real dealers' hedging does.
struct OptionDealer: Agent {
    let account: AccountID
    let market: InstrumentID
    var random: Xoshiro256
    /// Contracts (coins) per quote.
    let size: Double
    /// Half-spread in volatility at 30 days in a calm market (0.5–1 vol point).
    let halfSpread: Double
    /// Position per option (contracts) at which it stops adding on that side.
    let inventoryLimit: Double
    /// Net delta, in coins, it lets run before hedging.
    let hedgeBand: Double
    /// Seconds between requotes.
    let refresh: Double
    /// What it has resting in each option, by the option's id (`InstrumentID.index`): ids are
    /// dense and listed in sequence, so an array needs no hashing.
    private var quotes: [Quote?] = []
    /// The options with an entry in `quotes`.
    private var quoted: [InstrumentID] = []
    /// Counts wakes; a quote stamped with the current one was refreshed in this wake.
    private var wakes = 0
    /// The exchange's count of this account's orders closed by others (fills, liquidation, expiry)
    /// at which every order in `quotes` was known open; `nil` when not known. While the count is
    /// unchanged, a quote is open without looking it up (hundreds of lookups a wake).
    private var openAtClosures: Int?

    init(account: AccountID, market: InstrumentID, seed: UInt64, price: Double) {
        self.account = account
        self.market = market
        random = Xoshiro256(seed: seed)
        size = 20_000 / price * (0.5 + random.nextUnit())
        halfSpread = 0.005 + 0.005 * random.nextUnit()
        inventoryLimit = size * 10
        hedgeBand = 100_000 / price * (0.5 + random.nextUnit())
        refresh = 4 + 4 * random.nextUnit()
    }

    func setup(_ place: Marketplace) -> [Command] { standardSetup(place, dollars: 30_000_000, leverage: 10) }

    mutating func wake(_ place: inout Marketplace) -> SimTime {
        let stress = max(1, place.markets[market].observer.indexStress)
        let tick = place.markets[market].tickSize
        var delta = Double(place.position(account, market).size) * place.markets[market].lotSize
        wakes += 1
        let closures = place.exchange.ordersClosedByOthers(of: account)
        if openAtClosures != closures { openAtClosures = nil }
        var kept: [InstrumentID] = []
        kept.reserveCapacity(quoted.count)
        // Quotes stop in the last half hour, while the settlement average is taken.
        let chain = OptionChainQuote.chain(place, on: market, minimumYears: 1_800_000 / OptionChainQuote.year)
        var seen = ClosuresSeen()
        for expiry in chain {
            for option in expiry {
                // The chain's lot: `Marketplace.contracts` and `optionLots` would each look it up again,
                // and every exchange method called from here copies the exchange (see `Indirect`).
                let held = Double(place.exchange.position(of: account, in: option.id).size) * option.lotSize
                delta += held * option.greeks.delta
                let days = option.years * 365
                let half = max(
                    tick, halfSpread * min(4, (30 / max(0.25, days)).squareRoot()) * stress * option.greeks.vega)
                let lean = -held / inventoryLimit * half
                let lots = max(0, Int64(size * (0.7 + 0.6 * random.nextUnit()) / option.lotSize))
                guard lots > 0 else { continue }
                let bid = option.greeks.price - half + lean
                let ask = max(option.greeks.price + half + lean, 2 * tick)
                // A quote within a third of the half-spread of where it should be stays, keeping its
                // place in the queue: makers requote when fair value moves, not on every wake.
                let tolerance = max(1, Int64(half / 3 / tick))
                if quotes.count <= option.id.index {
                    quotes += repeatElement(nil, count: option.id.index + 1 - quotes.count)
                }
                var quote = quotes[option.id.index] ?? Quote()
                quote.wake = wakes
                quote.bid = requote(
                    &place, option.id, .buy, quote.bid,
                    ticks: held < inventoryLimit && bid >= tick
                        ? place.markets[market].ticks(bid) : nil, lots: lots, tolerance: tolerance, seen: &seen)
                quote.ask = requote(
                    &place, option.id, .sell, quote.ask,
                    ticks: held > -inventoryLimit
                        ? place.markets[market].ticks(ask) : nil, lots: lots, tolerance: tolerance, seen: &seen)
                quotes[option.id.index] = quote
                kept.append(option.id)
            }
        }
        // Options that expired, entered their settlement window or got no size this wake: cancel what
        // is left there, in id order.
        for option in quoted.filter({ quotes[$0.index]?.wake != wakes }).sorted() {
            guard let quote = quotes[option.index] else { continue }
            for order in [quote.bid?.id, quote.ask?.id].compactMap({ $0 }) where place.exchange.isOpen(order) {
                place.submit(.cancel(account, order))
            }
            quotes[option.index] = nil
        }
        quoted = kept
        if abs(delta) > hedgeBand {
            place.trade(account, market, delta > 0 ? .sell : .buy, lots: place.markets[market].lots(abs(delta)))
        }
        // Nothing of ours closed during the wake: every quote was seen open (or placed) and still is.
        openAtClosures = place.exchange.ordersClosedByOthers(of: account) == closures ? closures : nil
        return .delay(seconds: refresh * (0.8 + 0.4 * random.nextUnit()))
    }

    /// One side of a dealer's quote in one option: the resting order and its price in ticks.
    struct Quote: Sendable {
        var bid: (id: OrderID, ticks: Int64)?
        var ask: (id: OrderID, ticks: Int64)?
        /// The dealer's wake that last refreshed it.
        var wake = 0
    }

    /// The exchange's count of this account's orders closed by others, as last read, and the
    /// marketplace's command count then: with no command since, the count cannot have moved.
    private struct ClosuresSeen {
        var commands = -1
        var closures = 0

        /// The count now, read from the exchange only if a command was applied since the last read.
        mutating func closures(of account: AccountID, _ place: Marketplace) -> Int {
            if commands != place.commandCount {
                (commands, closures) = (place.commandCount, place.exchange.ordersClosedByOthers(of: account))
            }
            return closures
        }
    }

    /// Keeps `current` if it is still open within `tolerance` ticks of `ticks`; otherwise cancels it
    /// and posts a new post-only order there (none when `ticks` is nil). Returns what rests.
    private func requote(
        _ place: inout Marketplace, _ option: InstrumentID, _ side: Side, _ current: (id: OrderID, ticks: Int64)?,
        ticks: Int64?, lots: Int64, tolerance: Int64, seen: inout ClosuresSeen
    ) -> (id: OrderID, ticks: Int64)? {
        let known = openAtClosures == seen.closures(of: account, place)
        let open = current.flatMap { known || place.exchange.isOpen($0.id) ? $0 : nil }
        if let open, let ticks, abs(open.ticks - ticks) <= tolerance { return open }
        if let open { place.submit(.cancel(account, open.id)) }
        guard let ticks else { return nil }
        let id = place.place(
            account, in: option, .limit(side, Quantity(lots: lots), at: Price(ticks: ticks), .postOnly))
        return id.map { ($0, ticks) }
    }
}

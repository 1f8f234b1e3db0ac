import CascadeCore

/// Trades the perpetual's premium over spot with limited capital: sells the perp when it is rich
/// (and would be hedged long on spot), buys it when it is cheap, and unwinds as the gap closes.
/// This, with funding, is what keeps the perp near its index, until the capital runs out.
struct Arbitrageur: Agent {
    let account: AccountID
    let market: InstrumentID
    var random: Xoshiro256
    let threshold: Double
    let capital: Double

    init(account: AccountID, market: InstrumentID, seed: UInt64) {
        self.account = account
        self.market = market
        random = Xoshiro256(seed: seed)
        threshold = 0.0004 + 0.0008 * random.nextUnit()
        capital = 200_000 + 800_000 * random.nextUnit()
    }

    func setup(_ place: Marketplace) -> [Command] { standardSetup(place, dollars: capital, leverage: 5) }

    mutating func wake(_ place: inout Marketplace) -> SimTime {
        let simulated = place.markets[market]
        guard let touch = place.touch(market) else { return .delay(seconds: 5) }
        let index = place.index(market)
        let premium = ((touch.bid + touch.ask) / 2 - index) / index
        let size = place.position(account, market).size
        let limit = simulated.lots(capital * 4 / index)
        let chunk = max(1, limit / 10)
        if premium > threshold, size > -limit {
            limitOrder(&place, .sell, min(chunk, limit + size), at: touch.bid, reduceOnly: false)
        } else if premium < -threshold, size < limit {
            limitOrder(&place, .buy, min(chunk, limit - size), at: touch.ask, reduceOnly: false)
        } else if abs(premium) < threshold / 4, size != 0 {
            limitOrder(
                &place, size > 0 ? .sell : .buy, min(chunk, abs(size)), at: size > 0 ? touch.bid : touch.ask,
                reduceOnly: true)
        }
        return .delay(seconds: 2 + 4 * random.nextUnit())
    }

    private func limitOrder(_ place: inout Marketplace, _ side: Side, _ lots: Int64, at usd: Double, reduceOnly: Bool) {
        guard lots > 0 else { return }
        let simulated = place.markets[market]
        place.place(
            account, in: simulated.id,
            .limit(
                side, Quantity(lots: lots), at: Price(ticks: simulated.ticks(usd)), .immediateOrCancel,
                reduceOnly: reduceOnly))
    }
}

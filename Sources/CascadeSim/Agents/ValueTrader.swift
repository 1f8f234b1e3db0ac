import CascadeCore

/// Trades back toward value: it anchors on a slow average of the price (with its own bias) and
/// leans against moves that take the price far from it, with passive orders at the touch.
struct ValueTrader: Agent {
    let account: AccountID
    let market: InstrumentID
    var random: Xoshiro256
    let bias: Double
    let band: Double
    let capital: Double

    init(account: AccountID, market: InstrumentID, seed: UInt64) {
        self.account = account
        self.market = market
        random = Xoshiro256(seed: seed)
        bias = 0.002 * random.nextGaussian()
        band = 0.003 + 0.01 * random.nextUnit()
        capital = 100_000 + 400_000 * random.nextUnit()
    }

    func setup(_ place: Marketplace) -> [Command] { standardSetup(place, dollars: capital, leverage: 3) }

    mutating func wake(_ place: inout Marketplace) -> SimTime {
        let simulated = place.markets[market]
        let value = simulated.observer.slowAverage * (1 + bias)
        let gap = (simulated.observer.price - value) / value
        let size = place.position(account, market).size
        let full = simulated.lots(capital * 2 / simulated.observer.price)
        let target: Int64 =
            abs(gap) < band / 3
            ? 0
            : abs(gap) < band
                ? size
                : Int64(Double(full) * min(1, (abs(gap) - band) * 50))
                    * (gap > 0 ? -1 : 1)
        let change = target - size
        place.submit(.cancelAll(account, simulated.id))
        if change != 0, let touch = place.touch(market) {
            let side: Side = change > 0 ? .buy : .sell
            let price = simulated.ticks(side == .buy ? touch.bid : touch.ask)
            place.place(
                account, in: simulated.id,
                .limit(side, Quantity(lots: min(abs(change), max(1, full / 10))), at: Price(ticks: price), .postOnly))
        }
        return .delay(seconds: 20 + 60 * random.nextUnit())
    }
}

import CascadeCore

/// Follows trends: when the return over its look-back is large against recent volatility, it
/// takes a position the same way; when the trend fades, it gets out.
struct MomentumTrader: Agent {
    let account: AccountID
    let market: InstrumentID
    var random: Xoshiro256
    let lookBack: Int
    let entry: Double
    let capital: Double
    let leverage: Int

    init(account: AccountID, market: InstrumentID, seed: UInt64) {
        self.account = account
        self.market = market
        random = Xoshiro256(seed: seed)
        lookBack = random.next(in: 120...1_800)
        entry = 1.5 + random.nextUnit()
        capital = 50_000 + 250_000 * random.nextUnit()
        leverage = random.next(in: 3...10)
    }

    func setup(_ place: Marketplace) -> [Command] { standardSetup(place, dollars: capital, leverage: leverage) }

    mutating func wake(_ place: inout Marketplace) -> SimTime {
        let simulated = place.markets[market]
        let observed = simulated.observer
        let expected = observed.sigma * Double(lookBack).squareRoot()
        let score = expected > 0 ? observed.logReturn(overSeconds: lookBack) / expected : 0
        let size = place.position(account, market).size
        let chunk = max(1, simulated.lots(capital * Double(leverage) * 0.15 / observed.price))
        let target: Int64
        if abs(score) > entry {
            let lots = simulated.lots(capital * Double(leverage) * 0.6 / observed.price)
            target = score > 0 ? lots : -lots
        } else if abs(score) < 0.3 {
            target = 0
        } else {
            target = size
        }
        let change = max(-chunk, min(chunk, target - size))
        if change != 0 {
            let reducing = target == 0 || (size != 0 && (size > 0) != (change > 0) && abs(change) <= abs(size))
            place.trade(account, market, change > 0 ? .buy : .sell, lots: abs(change), reduceOnly: reducing)
        }
        return .delay(seconds: (5 + 20 * random.nextUnit()) / max(0.1, simulated.conditions.activity))
    }
}

import CascadeCore

/// Zero-intelligence liquidity: at random times it places a limit order some distance behind the
/// best price (nearer is likelier), sends a small market order, or cancels its oldest order.
///
/// It acts more often when the market moves (takers crowd in when prices run), which is what makes
/// volume follow volatility.
struct NoiseTrader: Agent {
    let account: AccountID
    let market: InstrumentID
    var random: Xoshiro256
    /// Typical order size in the base asset and mean distance from the touch in basis points.
    let size: Double
    let depth: Double
    let meanWait: Double
    private(set) var orders: [OrderID] = []

    init(account: AccountID, market: InstrumentID, seed: UInt64, price: Double) {
        self.account = account
        self.market = market
        random = Xoshiro256(seed: seed)
        size = 3_000 / price * (0.3 + 1.4 * random.nextUnit())
        depth = 2 + 8 * random.nextUnit()
        meanWait = 2 + 4 * random.nextUnit()
    }

    func setup(_ place: Marketplace) -> [Command] { standardSetup(place, dollars: 400_000, leverage: 5) }

    mutating func wake(_ place: inout Marketplace) -> SimTime {
        let id = place.markets[market].id
        let lotSize = place.markets[market].lotSize
        let pace = place.markets[market].conditions.activity * (0.4 + 0.6 * place.markets[market].observer.stress)
        // A loop, not `removeAll { … }`: a closure reading `place` would copy the whole exchange.
        var kept = 0
        for order in orders where place.exchange.isOpen(order) {
            orders[kept] = order
            kept += 1
        }
        orders.removeLast(orders.count - kept)
        let roll = random.nextUnit()
        let lots = place.markets[market].lots(size * random.nextExponential(mean: 1))
        let inventory = Double(place.position(account, market).size) * lotSize
        let side: Side =
            abs(inventory) > size * 30 ? (inventory > 0 ? .sell : .buy) : (random.chance(0.5) ? .buy : .sell)
        if roll < 0.45, let touch = place.touch(market) {
            let distance = random.nextExponential(mean: depth) / 10_000
            let usd = side == .buy ? touch.bid * (1 - distance) : touch.ask * (1 + distance)
            let terms = OrderTerms.limit(
                side, Quantity(lots: max(1, lots)), at: Price(ticks: place.markets[market].ticks(usd)), .postOnly)
            if let id = place.place(account, in: id, terms) { orders.append(id) }
        } else if roll < 0.7 {
            place.trade(account, market, side, lots: max(1, lots))
        } else if let oldest = orders.first {
            place.submit(.cancel(account, oldest))
        }
        if orders.count > 12 { place.submit(.cancel(account, orders[0])) }
        return .delay(seconds: random.nextExponential(mean: meanWait / max(0.05, pace)))
    }
}

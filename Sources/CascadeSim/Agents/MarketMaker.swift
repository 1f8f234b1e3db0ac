import CascadeCore

/// Quotes a ladder on both sides around the index, skewed against its inventory.
///
/// Its spread grows with realised volatility and its size shrinks, and past its own stress limit it
/// cancels everything and stays out for a while: in a crash this is how a book thins. A side of the
/// book left empty is where the edge is, so a withdrawn maker still posts a small, wide quote there,
/// and one at its inventory limit keeps its outer levels on the side it is full on, smaller: books
/// thin out and widen in a crash but keep both sides, and spreads and depth relax back as
/// volatility decays (Tóth, Kertész and Farmer 2009).
struct MarketMaker: Agent {
    let account: AccountID
    let market: InstrumentID
    var random: Xoshiro256
    let levels: Int
    /// Half the spread in a calm market, and the gap between levels, in basis points.
    let halfSpread: Double
    let levelStep: Double
    /// Base size of the best level, in the base asset.
    let size: Double
    /// Inventory (base asset) at which it stops adding to that side.
    let maximumInventory: Double
    /// A sudden storm (the index's fast volatility over its six-hour level) above which it withdraws.
    let withdrawAbove: Double
    let refresh: Double
    private(set) var withdrawnUntil: SimTime = 0
    private(set) var quoting = false

    init(account: AccountID, market: InstrumentID, seed: UInt64, price: Double) {
        self.account = account
        self.market = market
        random = Xoshiro256(seed: seed)
        levels = random.next(in: 5...8)
        halfSpread = 0.5 + 1.5 * random.nextUnit()
        levelStep = 1 + 2 * random.nextUnit()
        size = 150_000 / price * (0.5 + random.nextUnit())
        maximumInventory = size * 30
        withdrawAbove = 3 + 3 * random.nextUnit()
        refresh = 0.5 + random.nextUnit()
    }

    func setup(_ place: Marketplace) -> [Command] { standardSetup(place, dollars: 50_000_000, leverage: 10) }

    mutating func wake(_ place: inout Marketplace) -> SimTime {
        // Fields are read in place: copying a `SimulatedMarket` or its observer retains their buffers.
        let conditions = place.markets[market].conditions
        if place.now < withdrawnUntil {
            restock(&place, conditions: conditions)
            return min(withdrawnUntil - place.now, .delay(seconds: 2 + 2 * random.nextUnit()))
        }
        if place.markets[market].observer.indexShock > withdrawAbove || random.nextUnit() > conditions.makerPresence {
            if quoting { place.submit(.cancelAll(account, place.markets[market].id)) }
            quoting = false
            withdrawnUntil = place.now + .delay(seconds: 5 + 25 * random.nextUnit())
            if restock(&place, conditions: conditions) {
                withdrawnUntil = place.now + .delay(seconds: 3 + 5 * random.nextUnit())
            }
            return min(withdrawnUntil - place.now, .delay(seconds: 2 + 2 * random.nextUnit()))
        }
        quote(&place, stress: place.markets[market].observer.indexStress, conditions: conditions)
        return .delay(seconds: refresh * (0.7 + 0.6 * random.nextUnit()))
    }

    private mutating func quote(_ place: inout Marketplace, stress: Double, conditions: MarketConditions) {
        let id = place.markets[market].id
        let inventory = Double(place.position(account, market).size) * place.markets[market].lotSize
        let half = halfSpread * (1 + 0.5 * max(0, stress - 1)) * conditions.makerSpread
        let skew = -inventory / maximumInventory * 2 * half
        let fair = place.index(market) * (1 + conditions.premium) * (1 + skew / 10_000)
        let lotsAtBest = size * conditions.makerSize / max(1, stress)
        place.submit(.cancelAll(account, id))
        quoting = true
        for level in 0..<levels {
            let distance = (half + levelStep * Double(level)) / 10_000
            let lots = place.markets[market].lots(
                lotsAtBest * (1 + 0.6 * Double(level)) * (0.7 + 0.6 * random.nextUnit()))
            guard lots > 0 else { continue }
            // Full on a side: only the outer half of the ladder there, at a third of the size.
            let outer = level >= levels / 2
            let reduced = max(1, lots / 3)
            if inventory < maximumInventory || outer {
                post(
                    &place, .buy, place.markets[market].ticks(fair * (1 - distance)),
                    inventory < maximumInventory ? lots : reduced)
            }
            if inventory > -maximumInventory || outer {
                post(
                    &place, .sell, place.markets[market].ticks(fair * (1 + distance)),
                    inventory > -maximumInventory ? lots : reduced)
            }
        }
    }

    /// Posts a stub ladder on a side of the book that is empty (true when it did). A withdrawn maker looks every few
    /// seconds: in a crash the index's shock keeps every maker withdrawn for minutes, and a maker
    /// blind for its whole 5–30 s withdrawal left a side swept by stops and liquidations empty until
    /// some maker's timer ran out (75 s in a row on `flash-crash` seeds 1 and 2).
    @discardableResult
    private mutating func restock(_ place: inout Marketplace, conditions: MarketConditions) -> Bool {
        let touch = place.exchange.touch(place.markets[market].id)
        guard let empty: Side = touch.bid == nil ? .buy : touch.ask == nil ? .sell : nil else { return false }
        stubQuote(&place, side: empty, conditions: conditions)
        return true
    }

    /// A small ladder on the empty `side` from 0.2% to 1.5% away from the index: while
    /// withdrawn, the maker still sells the immediacy nobody else offers, at prices that pay for the
    /// risk (in the October 2025 crash, bids stayed 4–10% below the mid while the book looked empty).
    private mutating func stubQuote(_ place: inout Marketplace, side: Side, conditions: MarketConditions) {
        let fair = place.index(market)
        quoting = true
        for distance in Self.stubDistances {
            let lots = place.markets[market].lots(size * conditions.makerSize)
            guard lots > 0 else { continue }
            let price = side == .buy ? fair * (1 - distance) : fair * (1 + distance)
            post(&place, side, place.markets[market].ticks(price), lots)
        }
    }

    /// How far from the index a withdrawn maker's quotes on an empty side sit, as fractions.
    static let stubDistances = [0.002, 0.004, 0.007, 0.01, 0.015]

    private func post(_ place: inout Marketplace, _ side: Side, _ ticks: Int64, _ lots: Int64) {
        place.place(
            account, in: place.markets[market].id,
            .limit(side, Quantity(lots: lots), at: Price(ticks: ticks), .postOnly))
    }
}

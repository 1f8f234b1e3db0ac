import CascadeCore
import Foundation

/// A retail option trader: buys out-of-the-money calls after a rally and puts after a sell-off
/// (chasing the move, as retail option flow does), mostly in the nearest expiries, spending a slice
/// of its account on premium; sells to close on a double, on a collapse or when bored, and otherwise
/// lets expiry settle it.
struct OptionBuyer: Agent {
    let account: AccountID
    let market: InstrumentID
    var random: Xoshiro256
    let deposit: Double
    /// Share of free margin spent on one ticket.
    let budget: Double
    private(set) var closeBy: SimTime = 0

    init(account: AccountID, market: InstrumentID, seed: UInt64) {
        self.account = account
        self.market = market
        random = Xoshiro256(seed: seed)
        deposit = 1_000 * pow(30, random.nextUnit())
        budget = 0.05 + 0.2 * random.nextUnit()
    }

    func setup(_ place: Marketplace) -> [Command] { standardSetup(place, dollars: deposit, leverage: 5) }

    mutating func wake(_ place: inout Marketplace) -> SimTime {
        let pace = max(0.05, place.markets[market].conditions.activity)
        if let held = place.heldOptions(account).first {
            manage(&place, held)
            return .delay(seconds: random.nextExponential(mean: 900 / pace))
        }
        let trend = place.markets[market].observer.logReturn(overSeconds: 3_600)
        let right: OptionRight? =
            trend > 0.006
            ? .call : trend < -0.006 ? .put : random.chance(0.15) ? (random.chance(0.5) ? .call : .put) : nil
        if let right { buy(&place, right) }
        return .delay(seconds: random.nextExponential(mean: (right == nil ? 1_800 : 3_600) / pace))
    }

    /// Buys an option 1–6% out of the money in one of the three nearest expiries with two hours left.
    private mutating func buy(_ place: inout Marketplace, _ right: OptionRight) {
        let chain = OptionChainQuote.chain(place, on: market, minimumYears: 2 / (365 * 24))
        guard !chain.isEmpty else { return }
        let expiry = chain[random.next(in: 0...min(2, chain.count - 1))]
        let forward = place.index(market)
        let away = 0.01 + 0.05 * random.nextUnit()
        let target = right == .call ? forward * (1 + away) : forward * (1 - away)
        guard
            let option = expiry.filter({ $0.right == right }).min(by: {
                abs($0.strike - target) < abs($1.strike - target)
            }),
            let ask = place.exchange.touch(option.id).ask
        else { return }
        let premium = place.markets[market].usd(ask)
        let spend = min(place.available(account, market), deposit) * budget
        let lots = place.optionLots(spend / max(premium, 1e-9), in: option.id)
        guard lots > 0 else { return }
        place.place(account, in: option.id, .market(.buy, Quantity(lots: lots)))
        closeBy = place.now + .delay(seconds: 3_600 * (1 + 23 * random.nextUnit()))
    }

    /// Sells to close on a double, below a third of the cost, or past its patience.
    private mutating func manage(_ place: inout Marketplace, _ option: InstrumentID) {
        let position = place.exchange.position(of: account, in: option)
        guard position.size > 0, let mark = place.exchange.optionMark(option)?.price else { return }
        let value = place.exchange.instrument(option).value(of: position.size, at: mark)
        let ratio = Double(value.units) / Double(max(1, position.costBasis.units))
        guard ratio > 2 || ratio < 0.33 || place.now > closeBy else { return }
        place.place(account, in: option, .market(.sell, Quantity(lots: position.size), reduceOnly: true))
    }
}

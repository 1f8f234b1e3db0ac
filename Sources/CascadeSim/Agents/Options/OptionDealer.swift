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
        place.submit(.cancelAll(account, nil))
        var delta = Double(place.position(account, market).size) * place.markets[market].lotSize
        // Quotes stop in the last half hour, while the settlement average is taken.
        let chain = OptionChainQuote.chain(place, on: market, minimumYears: 1_800_000 / OptionChainQuote.year)
        for expiry in chain {
            for option in expiry {
                let held = place.contracts(account, in: option.id)
                delta += held * option.greeks.delta
                let days = option.years * 365
                let half = max(
                    tick, halfSpread * min(4, (30 / max(0.25, days)).squareRoot()) * stress * option.greeks.vega)
                let lean = -held / inventoryLimit * half
                let lots = place.optionLots(size * (0.7 + 0.6 * random.nextUnit()), in: option.id)
                guard lots > 0 else { continue }
                let bid = option.greeks.price - half + lean
                let ask = option.greeks.price + half + lean
                if held < inventoryLimit, bid >= tick {
                    place.place(
                        account, in: option.id,
                        .limit(
                            .buy, Quantity(lots: lots), at: Price(ticks: place.markets[market].ticks(bid)), .postOnly))
                }
                if held > -inventoryLimit {
                    place.place(
                        account, in: option.id,
                        .limit(
                            .sell, Quantity(lots: lots),
                            at: Price(ticks: place.markets[market].ticks(max(ask, 2 * tick))), .postOnly))
                }
            }
        }
        if abs(delta) > hedgeBand {
            place.trade(account, market, delta > 0 ? .sell : .buy, lots: place.markets[market].lots(abs(delta)))
        }
        return .delay(seconds: refresh * (0.8 + 0.4 * random.nextUnit()))
    }
}

import CascadeCore
import Foundation

/// A premium seller: writes a strangle (an out-of-the-money call and put about one standard
/// deviation away) in the next weekly or monthly expiry, sized to use a share of its margin, and
/// holds it to expiry unless the loss passes its stop. Steady income in calm markets; in a crash the
/// short put is where it gets hurt, and sometimes liquidated.
struct OptionWriter: Agent {
    let account: AccountID
    let market: InstrumentID
    var random: Xoshiro256
    let deposit: Double
    /// Share of the deposit the strangle's initial margin may use.
    let appetite: Double
    /// Loss, as a multiple of the premium taken, at which it buys back.
    let stop: Double
    private(set) var premium = 0.0

    init(account: AccountID, market: InstrumentID, seed: UInt64) {
        self.account = account
        self.market = market
        random = Xoshiro256(seed: seed)
        deposit = 100_000 * pow(10, random.nextUnit())
        appetite = 0.3 + 0.4 * random.nextUnit()
        stop = 1 + 3 * random.nextUnit()
    }

    func setup(_ place: Marketplace) -> [Command] { standardSetup(place, dollars: deposit, leverage: 5) }

    mutating func wake(_ place: inout Marketplace) -> SimTime {
        let held = place.heldOptions(account)
        if held.isEmpty {
            write(&place)
        } else {
            guard let holder = place.exchange.account(account) else { return .delay(seconds: 3_600) }
            var loss = 0.0
            for option in held {
                guard let mark = place.exchange.optionMark(option)?.price else { continue }
                let position = holder.positions[option]
                let pnl = place.exchange.instrument(option).unrealizedPnL(
                    of: position.size, costBasis: position.costBasis, at: mark)
                loss -= Double(pnl.units) / Double(place.exchange.instrument(option).settlementAsset.unitsPerWhole)
            }
            if loss > stop * premium {
                for option in held {
                    let size = place.exchange.position(of: account, in: option).size
                    if size < 0 {
                        place.place(account, in: option, .market(.buy, Quantity(lots: -size), reduceOnly: true))
                    }
                }
            }
        }
        return .delay(seconds: random.nextExponential(mean: 3_600))
    }

    /// Sells a call and a put one standard deviation out in the first expiry at least two days away.
    private mutating func write(_ place: inout Marketplace) {
        let chain = OptionChainQuote.chain(place, on: market, minimumYears: 2.0 / 365)
        guard let expiry = chain.first else { return }
        let forward = place.index(market)
        var taken = 0.0
        for right in [OptionRight.call, .put] {
            let legs = expiry.filter { $0.right == right }
            guard let first = legs.first else { continue }
            let width = first.volatility * first.years.squareRoot()
            let target = right == .call ? forward * exp(width) : forward * exp(-width)
            guard let leg = legs.min(by: { abs($0.strike - target) < abs($1.strike - target) }),
                let bid = place.exchange.touch(leg.id).bid
            else { continue }
            // Each leg may use half the appetite; standard margin is about 15% of the index a contract.
            let contracts = deposit * appetite / 2 / (0.15 * forward)
            let lots = place.optionLots(contracts, in: leg.id)
            guard lots > 0 else { continue }
            place.place(account, in: leg.id, .market(.sell, Quantity(lots: lots)))
            taken += place.contracts(account, in: leg.id).magnitude * place.markets[market].usd(bid)
        }
        premium = taken
    }
}

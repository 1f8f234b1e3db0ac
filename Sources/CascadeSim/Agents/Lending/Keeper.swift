import CascadeCore

/// Liquidates unsafe vaults for profit, with limited capital and a reaction time. In auction mode
/// it barks at unsafe vaults, resets stale auctions, and bids when the auction price is at least its
/// required discount below the index, with what its cash buys; in fixed-bonus mode it repays unsafe
/// vaults' debt for the bonus. What it wins it sells at once on the spot venues, which pushes the
/// price down: the feedback of real cascades.
struct Keeper: Agent {
    let account: AccountID
    let market: InstrumentID
    let venue: LendingVenue
    var random: Xoshiro256
    let capital: Money
    let latency: SimTime
    let profit: Double

    init(account: AccountID, venue: LendingVenue, seed: UInt64, setup: LendingSetup) {
        self.account = account
        market = venue.market
        self.venue = venue
        random = Xoshiro256(seed: seed)
        capital = Money(units: setup.keeperCapital * Asset.usdc.unitsPerWhole)
        latency = setup.keeperLatency
        profit = setup.keeperProfit
    }

    func setup(_ place: Marketplace) -> [Command] { capital.units > 0 ? [.deposit(account, .usdc, capital)] : [] }

    mutating func wake(_ place: inout Marketplace) -> SimTime {
        guard let lending = place.exchange.lending else { return 24 * .hour }
        let index = place.index(market)
        if lending.rules.liquidation == .auction {
            for id in lending.largestUnsafeVaults(limit: 3) { place.submit(.lending(.bark(account, id))) }
            for auction in place.exchange.lending!.auctions {
                let rules = lending.rules.vaultTypes[auction.type].auction
                if auction.lot.needsReset(at: place.now, rules: rules) {
                    place.submit(.lending(.redo(account, auction.id)))
                    continue
                }
                let price = auction.lot.price(at: place.now, rules: rules)
                let cash = venue.wallet(account, .usdc, place)
                guard index > 0, venue.usd(price) <= index * (1 - profit), cash.units > 0, price.units > 0 else {
                    continue
                }
                let affordable = AuctionLot.slice(paying: cash, at: price)
                let amount = Swift.min(affordable, auction.lot.lot)
                if amount.units > 0 { place.submit(.lending(.take(account, auction.id, amount, maxPrice: price))) }
            }
        } else {
            for id in lending.largestUnsafeVaults(limit: 3) { place.submit(.lending(.liquidate(account, id, nil))) }
        }
        let won = venue.collateralAmount(venue.wallet(account, venue.collateral, place))
        if won > 0 { venue.spotTrade(account, collateral: -won, &place) }
        let wait = Double(latency) / 1_000 * place.markets[market].conditions.keeperLatency
        return .delay(seconds: wait * (0.5 + random.nextUnit()))
    }
}

import CascadeCore
import Foundation

/// Borrows against collateral: opens a vault, deposits its coins and borrows to a target
/// loan-to-value. Prudent borrowers repay part of the debt from a reserve when the health factor
/// falls below 1.15; loopers borrow more when the price has risen, buy collateral on the spot venues
/// with it and deposit that too (leverage by looping, as on Maker and Aave).
struct Borrower: Agent {
    let account: AccountID
    let market: InstrumentID
    let venue: LendingVenue
    var random: Xoshiro256
    /// Coins deposited at the start.
    let coins: Double
    /// Debt ÷ collateral value aimed at, below the type's limit.
    let target: Double
    let prudent: Bool
    let looper: Bool
    private(set) var vault: VaultID?

    init(account: AccountID, venue: LendingVenue, seed: UInt64, price: Double) {
        self.account = account
        market = venue.market
        self.venue = venue
        random = Xoshiro256(seed: seed)
        // Position sizes are heavy-tailed (a Pareto tail of index 0.8): most small, a few whales, from
        // $5,000 up to a cap of $5 million.
        coins = min(5_000 * exp(random.nextExponential(mean: 1.25)), 5_000_000) / price
        target = 0.45 + 0.3 * random.nextUnit()
        prudent = random.chance(0.5)
        looper = random.chance(0.25)
    }

    func setup(_ place: Marketplace) -> [Command] {
        let reserve = prudent ? coins * place.index(market) * 0.2 : 0
        return [.deposit(account, venue.collateral, venue.collateralUnits(coins))]
            + (reserve >= 1 ? [.deposit(account, .usdc, venue.debtUnits(reserve))] : [])
    }

    mutating func wake(_ place: inout Marketplace) -> SimTime {
        guard let lending = place.exchange.lending else { return 24 * .hour }
        let price = place.index(market)
        guard price > 0 else { return .delay(seconds: 60) }
        guard let id = vault, let state = lending.vault(id) else {
            let id = lending.upcomingVaultID
            place.submit(.lending(.openVault(account, type: venue.typeName)))
            place.submit(.lending(.depositCollateral(account, id, venue.collateralUnits(coins))))
            place.submit(.lending(.borrow(account, id, venue.debtUnits(coins * price * aim(lending)))))
            vault = id
            return .delay(seconds: 300 + 600 * random.nextUnit())
        }
        guard state.auction == nil else { return .delay(seconds: 300) }
        let debt = venue.usd(lending.debt(of: state))
        let value = venue.collateralAmount(state.collateral) * price
        let health = lending.healthFactor(of: state).map { Double($0.units) / Double(Rate.one) } ?? 10
        if prudent, health < 1.15, debt > 0 {
            let cash = venue.usd(venue.wallet(account, .usdc, place))
            let repay = min(cash, debt * 0.25)
            if repay >= 1 { place.submit(.lending(.repay(account, id, venue.debtUnits(repay)))) }
        } else if looper, value > 0, health > 1.3, debt / value < aim(lending) - 0.05 {
            let more = value * aim(lending) - debt
            place.submit(.lending(.borrow(account, id, venue.debtUnits(more))))
            let bought = more / price
            venue.spotTrade(account, collateral: bought, &place)
            let held = venue.wallet(account, venue.collateral, place)
            if held.units > 0 { place.submit(.lending(.depositCollateral(account, id, held))) }
        }
        return .delay(seconds: 300 + 600 * random.nextUnit())
    }

    /// The target, kept under 95% of the vault type's loan-to-value limit (Maker's 150% ratio
    /// allows only 66.7%).
    private func aim(_ lending: LendingMarket) -> Double {
        guard let type = lending.typeIndex(named: venue.typeName) else { return target }
        return min(target, 0.95 * Double(lending.rules.vaultTypes[type].loanToValue.units) / Double(Rate.one))
    }
}

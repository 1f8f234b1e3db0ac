import CascadeCore

/// What the lending agents share: the market whose index prices their collateral, the vault type
/// they use, and conversions between the market's doubles and the lending market's units.
struct LendingVenue: Sendable {
    /// The perpetual whose index prices the collateral.
    let market: InstrumentID
    /// The vault type borrowers open (`ETH-A` or `BTC-A`).
    let typeName: String
    /// The collateral and debt assets.
    let collateral: Asset
    let debt: Asset
    /// Dollars traded on spot that move the price 1%.
    let spotDepth: Double

    init(type: (name: String, market: Int), spotDepth: Double) {
        market = InstrumentID(type.market)
        typeName = type.name
        collateral = type.name == "ETH-A" ? .eth : .btc
        debt = .usdc
        self.spotDepth = spotDepth
    }

    /// Minor units of `amount` whole coins, or zero when it is not a positive amount an agent could hold
    /// (a command for zero is refused and changes nothing).
    func collateralUnits(_ amount: Double) -> Money { Self.units(amount, collateral) }
    /// Minor units of `usd` dollars of the debt asset; zero as for `collateralUnits`.
    func debtUnits(_ usd: Double) -> Money { Self.units(usd, debt) }

    private static func units(_ amount: Double, _ asset: Asset) -> Money {
        let units = amount * Double(asset.unitsPerWhole)
        guard units.isFinite, units > 0, units < Double(Int64.max / 16) else { return .zero }
        return Money(units: Int64(units))
    }
    func collateralAmount(_ money: Money) -> Double { Double(money.units) / Double(collateral.unitsPerWhole) }
    func usd(_ money: Money) -> Double { Double(money.units) / Double(debt.unitsPerWhole) }

    /// An auction price (debt minor units per collateral minor unit) in dollars per whole unit.
    func usd(_ price: Ray) -> Double {
        Double(price.units) / 1e27 * Double(collateral.unitsPerWhole) / Double(debt.unitsPerWhole)
    }

    /// The account's wallet balance of `asset`.
    func wallet(_ account: AccountID, _ asset: Asset, _ place: Marketplace) -> Money {
        guard let id = place.exchange.assets.firstIndex(of: asset) else { return .zero }
        return place.exchange.account(account)?.wallets[id] ?? .zero
    }

    /// Sells (negative `amount`) or buys collateral on the spot venues at the index, less a 0.1%
    /// fee, as far as the wallet pays for it: the money leaves or enters the exchange as a withdrawal
    /// and a deposit, and the trade pushes the fundamental by its size against the venues' depth.
    func spotTrade(_ account: AccountID, collateral amount: Double, _ place: inout Marketplace) {
        let price = place.index(market)
        guard amount != 0, price > 0 else { return }
        let held = amount < 0 ? collateralAmount(wallet(account, collateral, place)) : usd(wallet(account, debt, place))
        let coins = Swift.min(abs(amount), amount < 0 ? held : held / price)
        let usd = coins * price
        guard collateralUnits(coins).units > 0, debtUnits(usd).units > 0 else { return }
        if amount < 0 {
            place.submit(.withdraw(account, collateral, collateralUnits(coins)))
            place.submit(.deposit(account, debt, debtUnits(usd * 0.999)))
        } else {
            place.submit(.withdraw(account, debt, debtUnits(usd)))
            place.submit(.deposit(account, collateral, collateralUnits(coins * 0.999)))
        }
        place.markets[market].spotTrade(usd: amount < 0 ? -usd : usd, depth: spotDepth)
    }
}

/// Lends the pool's cash at the start, and stays.
struct LendingSupplier: Agent {
    let account: AccountID
    let market: InstrumentID
    let amount: Money

    func setup(_ place: Marketplace) -> [Command] {
        guard amount.units > 0 else { return [] }
        return [.deposit(account, .usdc, amount), .lending(.supply(account, .usdc, amount))]
    }

    mutating func wake(_ place: inout Marketplace) -> SimTime { 24 * .hour }
}

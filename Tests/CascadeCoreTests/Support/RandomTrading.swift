@testable import CascadeCore

/// Seeded random exchange commands: many accounts trading every instrument with every order type,
/// switching modes and leverage, moving isolated margin, depositing and withdrawing, while oracle
/// prices wander and the clock runs through funding settlements (and option expiries, when the
/// exchange lists options: each option joins the stream when it is listed).
struct RandomTrading {
    private var random: SplitMix64
    let accounts: UInt32
    private var time: SimTime = 0
    /// Oracle price of each instrument, in ticks; drifts as a random walk.
    private var prices: [Int64]
    private let exchange: Exchange

    init(seed: UInt64, accounts: UInt32 = 12, exchange: Exchange) {
        random = SplitMix64(seed: seed)
        self.accounts = accounts
        self.exchange = exchange
        prices = exchange.instruments.map { instrument in
            switch instrument.symbol {
            case "BTC-PERP": 600_000
            case "ETH-PERP": 300_000
            default: instrument.option == nil ? 120_000 : 2_000
            }
        }
    }

    /// Deposits that fund every account in every asset.
    func funding() -> [Command] {
        (1...accounts).flatMap { account in
            exchange.assets.map { asset in
                .deposit(AccountID(account), asset, Money(units: asset.unitsPerWhole * (asset == .btc ? 2 : 100_000)))
            }
        }
    }

    mutating func next(seeing exchange: Exchange) -> Command {
        // A newly listed option trades around 200 USDC of premium.
        while prices.count < exchange.instruments.count { prices.append(2_000) }
        // Account 0 is the exchange's backstop vault.
        let account = AccountID(UInt32.random(in: 1...accounts, using: &random))
        let instrument = InstrumentID(Int.random(in: 0..<prices.count, using: &random))
        let roll = Int.random(in: 0..<100, using: &random)
        switch roll {
        case 0..<45:
            return .place(order(account, instrument))
        case 45..<55:
            let open = exchange.account(account)?.openOrders ?? []
            guard let id = open.randomElement(using: &random) else { return .place(order(account, instrument)) }
            return .cancel(account, id)
        case 55..<62:
            let open = exchange.account(account)?.openOrders ?? []
            guard let id = open.randomElement(using: &random) else { return .cancelAll(account, nil) }
            return .amend(account, id, Price(ticks: price(instrument, spread: 30)), Quantity(lots: size(instrument)))
        case 62..<77:
            for index in prices.indices {
                prices[index] += Int64.random(in: -prices[index] / 200...prices[index] / 200, using: &random)
            }
            return .oracle(instrument, quotes(instrument))
        case 77..<85:
            time += SimTime.random(in: 1...(45 * .minute), using: &random)
            return .advanceTime(to: time)
        case 85..<89:
            return .setLeverage(account, instrument, [1, 2, 5, 10, 20, 50, 100, 200].randomElement(using: &random)!)
        case 89..<92:
            return .setMarginMode(account, instrument, Bool.random(using: &random) ? .cross : .isolated)
        case 92..<95:
            let asset = exchange.instruments[instrument.rawValue].settlementAsset
            let amount = asset.unitsPerWhole / 100 * Int64.random(in: -200...200, using: &random)
            return .adjustIsolatedMargin(account, instrument, Money(units: amount))
        case 95..<98:
            let asset = exchange.assets.randomElement(using: &random)!
            return .withdraw(
                account, asset, Money(units: asset.unitsPerWhole / 10 * Int64.random(in: 1...300, using: &random)))
        default:
            let asset = exchange.assets.randomElement(using: &random)!
            return .deposit(
                account, asset, Money(units: asset.unitsPerWhole * Int64.random(in: 1...50, using: &random)))
        }
    }

    private mutating func order(_ account: AccountID, _ instrument: InstrumentID) -> NewOrder {
        let side: Side = Bool.random(using: &random) ? .buy : .sell
        let quantity = Quantity(lots: size(instrument))
        let kind = Int.random(in: 0..<10, using: &random)
        let limit = Price(ticks: price(instrument, spread: kind < 3 ? 3 : 40))
        switch kind {
        case 0: return NewOrder(account: account, instrument: instrument, side: side, quantity: quantity, limit: nil)
        case 1:
            return NewOrder(
                account: account, instrument: instrument, side: side, quantity: quantity, limit: limit,
                timeInForce: .immediateOrCancel)
        case 2:
            return NewOrder(
                account: account, instrument: instrument, side: side, quantity: quantity, limit: limit,
                timeInForce: .fillOrKill)
        case 3:
            return NewOrder(
                account: account, instrument: instrument, side: side, quantity: quantity, limit: limit,
                timeInForce: .postOnly)
        case 4:
            return NewOrder(
                account: account, instrument: instrument, side: side, quantity: quantity, limit: limit, reduceOnly: true
            )
        case 5:
            let trigger = Price(ticks: price(instrument, spread: 60))
            if Int.random(in: 0..<3, using: &random) == 0 {
                // A trailing stop, on either reference, some reduce-only (protecting a position).
                let callback = Rate(units: StopCondition.callbackStep.units * Int64.random(in: 1...30, using: &random))
                return NewOrder(
                    account: account, instrument: instrument, side: side, quantity: quantity, limit: nil,
                    reduceOnly: Bool.random(using: &random),
                    stop: .trailing(
                        callback: callback, activation: trigger, reference: Bool.random(using: &random) ? .mark : .last)
                )
            }
            return NewOrder(
                account: account, instrument: instrument, side: side, quantity: quantity,
                limit: Bool.random(using: &random) ? limit : nil,
                stop: StopCondition(triggerPrice: trigger, reference: Bool.random(using: &random) ? .mark : .last))
        default:
            return NewOrder(account: account, instrument: instrument, side: side, quantity: quantity, limit: limit)
        }
    }

    private mutating func quotes(_ instrument: InstrumentID) -> [OracleQuote] {
        (0..<3).map { source in
            let noise = Int64.random(in: -20...20, using: &random)
            let age = SimTime.random(in: 0...(12 * .second), using: &random)
            return OracleQuote(
                source: source, price: Price(ticks: prices[instrument.rawValue] + noise), time: time - age)
        }
    }

    private mutating func price(_ instrument: InstrumentID, spread: Int64) -> Int64 {
        let tickSpread = prices[instrument.rawValue] * spread / 10_000
        return Swift.max(1, prices[instrument.rawValue] + Int64.random(in: -tickSpread...tickSpread, using: &random))
    }

    private mutating func size(_ instrument: InstrumentID) -> Int64 {
        // Options (some listed after the stream began) trade up to 3 contracts.
        guard instrument.rawValue < exchange.instruments.count, exchange.instruments[instrument.rawValue].option == nil
        else { return Int64.random(in: 1...300, using: &random) }
        return switch exchange.instruments[instrument.rawValue].symbol {
        case "BTC-PERP": Int64.random(in: 1...2_000, using: &random)
        case "ETH-PERP": Int64.random(in: 1...3_000, using: &random)
        default: Int64.random(in: 1...50_000, using: &random)
        }
    }
}

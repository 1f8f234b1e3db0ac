import Testing

@testable import CascadeCore

/// What the exchange refuses, through `Exchange.apply`: every `ExchangeRejection` reachable from a
/// command, each from a minimal command sequence, on BTC-PERP (tick 0.1 USD, lot 0.001 BTC, maker
/// 0.02%, taker 0.05%; tiers from Binance's BTCUSDT brackets, Instrument+Catalog.swift and
/// shared/reference/exchange-mechanics.md §3). Default leverage 10x; initial margin = notional ÷
/// leverage plus the taker fee on the opening part (README "Margin").
///
/// The last section holds regressions: each once exposed an admission bug, since fixed.
@Suite("Exchange admission")
struct ExchangeAdmissionTests {
    typealias D = ExchangeDesk
    private let btc = ExchangeDesk.btcPerp

    @Test func unknownInstrumentUnknownAccountAndInvalidAmount() {
        var desk = D()
        let nowhere = InstrumentID(7)
        #expect(
            desk.market(1, .buy, lots: 1, in: nowhere) == [
                .orderRejected(OrderID(1), AccountID(1), .unknownInstrument, client: ClientOrderID(0))
            ]
        )
        #expect(desk.run(.setLeverage(AccountID(1), nowhere, 5)) == [.rejected(AccountID(1), .unknownInstrument)])
        #expect(
            desk.run(.setMarginMode(AccountID(1), nowhere, .isolated)) == [.rejected(AccountID(1), .unknownInstrument)])

        // Account ids must be below `maximumAccounts` (2²⁰); withdrawing needs an account that exists.
        let beyond = AccountID(1 << 20)
        #expect(desk.run(.deposit(beyond, .usdc, D.usdc("1"))) == [.rejected(beyond, .unknownAccount)])
        #expect(
            desk.market(1 << 20, .buy, lots: 1) == [
                .orderRejected(OrderID(2), beyond, .unknownAccount, client: ClientOrderID(0))
            ])
        #expect(desk.run(.withdraw(AccountID(5), .usdc, D.usdc("1"))) == [.rejected(AccountID(5), .unknownAccount)])

        #expect(desk.run(.deposit(AccountID(1), .usdc, .zero)) == [.rejected(AccountID(1), .invalidAmount)])
        #expect(desk.run(.deposit(AccountID(1), .usdc, D.usdc("-1"))) == [.rejected(AccountID(1), .invalidAmount)])
        let eth = Asset(symbol: "ETH", scale: 18, displayPlaces: 6)
        #expect(desk.run(.deposit(AccountID(1), eth, Money(units: 1))) == [.rejected(AccountID(1), .unknownAsset)])
        desk.deposit(1, usdc: 10)
        #expect(desk.run(.withdraw(AccountID(1), .usdc, .zero)) == [.rejected(AccountID(1), .invalidAmount)])
        #expect(desk.run(.adjustIsolatedMargin(AccountID(1), btc, .zero)) == [.rejected(AccountID(1), .invalidAmount)])
        #expect(desk.exchange.ledgers[D.usdc].deposits == D.usdc("10"))
    }

    @Test func insufficientMarginAndInsufficientFreeMargin() {
        var desk = D()
        desk.deposit(1, usdc: 100)
        // 1 BTC at 60,000 at 10x: 6,000 initial margin + 30 taker fee on the order.
        #expect(
            D.rejection(desk.limit(1, .buy, lots: 1_000, ticks: 600_000))
                == .insufficientMargin(required: D.usdc("6030"), available: D.usdc("100")))
        #expect(
            desk.run(.withdraw(AccountID(1), .usdc, D.usdc("100.000001")))
                == [.rejected(AccountID(1), .insufficientFreeMargin(available: D.usdc("100")))])
        #expect(
            desk.run(.withdraw(AccountID(1), .usdc, D.usdc("100"))) == [.withdrew(AccountID(1), .usdc, D.usdc("100"))])
        #expect(desk.wallet(1) == .zero && desk.balances)
    }

    /// BTC-PERP tiers (Binance BTCUSDT brackets): 125x below 50,000 USDC notional, 100x to 250,000.
    @Test func leverageAboveTheTierMaximumAndInvalidLeverage() {
        var desk = D()
        desk.deposit(1, usdc: 100_000)
        desk.deposit(2, usdc: 100_000)
        let one = AccountID(1)
        #expect(desk.run(.setLeverage(one, btc, 126)) == [.rejected(one, .leverageAboveTierMaximum(maximum: 125))])
        #expect(desk.run(.setLeverage(one, btc, 0)) == [.rejected(one, .invalidLeverage)])
        #expect(desk.run(.setLeverage(one, btc, -3)) == [.rejected(one, .invalidLeverage)])
        #expect(desk.run(.setLeverage(one, btc, 125)) == [.leverageSet(one, btc, 125)])
        // 1 BTC at 60,000 = 60,000 USDC lies in the 100x tier.
        #expect(
            D.rejection(desk.limit(1, .buy, lots: 1_000, ticks: 600_000)) == .leverageAboveTierMaximum(maximum: 100))
        // 0.833 BTC = 49,980 USDC stays in the first tier.
        #expect(D.rejection(desk.limit(1, .buy, lots: 833, ticks: 600_000)) == nil)
        #expect(desk.run(.setLeverage(one, btc, 100)) == [.leverageSet(one, btc, 100)])
        // Fill it and grow to 1 BTC at 100x; then 101x is above the position's tier.
        desk.market(2, .sell, lots: 833)
        desk.limit(2, .sell, lots: 167, ticks: 600_000)
        desk.market(1, .buy, lots: 167)
        #expect(desk.position(1).size == 1_000)
        #expect(desk.run(.setLeverage(one, btc, 101)) == [.rejected(one, .leverageAboveTierMaximum(maximum: 100))])
        #expect(desk.balances)
    }

    @Test func reduceOnlyMayNotIncreaseThePosition() {
        var desk = D()
        desk.deposit(1, usdc: 10_000)
        desk.deposit(2, usdc: 10_000)
        #expect(D.rejection(desk.market(1, .sell, lots: 1, reduceOnly: true)) == .reduceOnlyWouldIncrease)
        desk.limit(2, .sell, lots: 2, ticks: 600_000)
        desk.market(1, .buy, lots: 2)
        #expect(
            D.rejection(desk.limit(1, .sell, lots: 3, ticks: 610_000, reduceOnly: true)) == .reduceOnlyWouldIncrease)
        #expect(D.rejection(desk.limit(1, .buy, lots: 1, ticks: 590_000, reduceOnly: true)) == .reduceOnlyWouldIncrease)
        #expect(D.rejection(desk.limit(1, .sell, lots: 2, ticks: 610_000, reduceOnly: true)) == nil)
    }

    /// The band is ±5% of mark (`Instrument.priceBand`); before any mark there is none.
    @Test func limitPricesOutsideTheBandAroundMarkAreRefused() throws {
        var desk = D()
        desk.deposit(1, usdc: 100_000)
        let far = try #require(D.orderID(desk.limit(1, .sell, lots: 1, ticks: 700_000)))
        desk.oracle(600_000)
        #expect(desk.exchange.mark(btc)?.price == Price(ticks: 600_000))
        let band = ExchangeRejection.priceOutsideBand(low: Price(ticks: 570_000), high: Price(ticks: 630_000))
        #expect(D.rejection(desk.limit(1, .buy, lots: 1, ticks: 630_001)) == band)
        #expect(D.rejection(desk.limit(1, .sell, lots: 1, ticks: 569_999)) == band)
        #expect(D.rejection(desk.limit(1, .buy, lots: 1, ticks: 570_000)) == nil)
        #expect(D.rejection(desk.limit(1, .sell, lots: 1, ticks: 630_000)) == nil)
        // An order that rested before the first mark may be amended only into the band.
        #expect(
            desk.run(.amend(AccountID(1), far, Price(ticks: 650_000), Quantity(lots: 1)))
                == [.rejected(AccountID(1), band)])
        #expect(D.rejection(desk.run(.amend(AccountID(1), far, Price(ticks: 629_000), Quantity(lots: 1)))) == nil)
        // Market orders carry no limit and are not banded.
        desk.deposit(2, usdc: 100_000)
        #expect(D.fills(desk.market(2, .buy, lots: 1)).map(\.price) == [Price(ticks: 629_000), Price(ticks: 629_000)])
    }

    @Test func marginModeNeedsNoPositionOrOrdersAndAdjustingNeedsAnIsolatedPosition() throws {
        var desk = D()
        desk.deposit(1, usdc: 10_000)
        desk.deposit(2, usdc: 10_000)
        let one = AccountID(1)
        #expect(desk.run(.adjustIsolatedMargin(one, btc, D.usdc("1"))) == [.rejected(one, .noIsolatedPosition)])
        #expect(desk.run(.setMarginMode(one, btc, .isolated)) == [.marginModeSet(one, btc, .isolated)])
        #expect(desk.run(.adjustIsolatedMargin(one, btc, D.usdc("1"))) == [.rejected(one, .noIsolatedPosition)])
        let order = try #require(D.orderID(desk.limit(1, .buy, lots: 1, ticks: 590_000)))
        #expect(desk.run(.setMarginMode(one, btc, .cross)) == [.rejected(one, .positionOrOrdersOpen)])
        // Orders in another instrument do not count.
        #expect(desk.run(.setMarginMode(one, D.ethPerp, .isolated)) == [.marginModeSet(one, D.ethPerp, .isolated)])
        desk.run(.cancel(one, order))
        desk.limit(2, .sell, lots: 1, ticks: 600_000)
        desk.market(1, .buy, lots: 1)
        #expect(desk.run(.setMarginMode(one, btc, .cross)) == [.rejected(one, .positionOrOrdersOpen)])
        // A cross position cannot be adjusted either.
        #expect(
            desk.run(.adjustIsolatedMargin(AccountID(2), btc, D.usdc("1"))) == [
                .rejected(AccountID(2), .noIsolatedPosition)
            ])
    }

    // MARK: - Regressions of admission bugs, now fixed

    /// Once a bug: each order's opening part is measured against the position alone (`openingLots` in
    /// Exchange+Margin.swift), never against the account's other open orders, so any number of
    /// orders that would each merely close the position are admitted, and held, at zero margin.
    /// Here 700 USDC backs a 0.1 BTC long (97 USDC free); four more 0.1 BTC sells are admitted, and
    /// once all five fill the account is short 0.4 BTC with 2,440 USDC of initial margin against
    /// 790.9 of equity. Reproduction: deposit 700 → long 100 lots at 60,000 → five limit sells of 100
    /// lots at 61,000 → a buyer takes 500 lots.
    @Test func severalClosingOrdersMustNotOpenAnUnbackedPosition() {
        var desk = D()
        desk.deposit(1, usdc: 700)
        desk.deposit(2, usdc: 1_000_000)
        desk.limit(2, .sell, lots: 100, ticks: 600_000)
        desk.market(1, .buy, lots: 100)
        #expect(D.rejection(desk.limit(1, .sell, lots: 100, ticks: 610_000)) == nil)  // closes the long
        var admitted = 0
        for _ in 0..<4 where D.rejection(desk.limit(1, .sell, lots: 100, ticks: 610_000)) == nil { admitted += 1 }
        #expect(admitted == 0, "orders that open a 0.1 BTC short each need 613.05 USDC; 97 is free")
        desk.market(2, .buy, lots: 500)
        let margin = desk.exchange.crossMargin(of: AccountID(1), asset: D.usdc)
        #expect(
            margin.available.units >= 0,
            "admitted orders filled at their limits left \(margin.available.units) units free")
    }

    /// Once a bug: reduce-only is checked only on admission. A resting reduce-only order outlives the
    /// position it was meant to reduce and then opens a new one. Reproduction: long 2 lots → a
    /// reduce-only sell of 2 lots at 61,000 rests → the long is closed by a market sell → a buyer
    /// lifts 61,000: the account is now short 2 lots through a reduce-only order.
    @Test func aRestingReduceOnlyOrderMustNotOpenAPosition() {
        var desk = D()
        desk.deposit(1, usdc: 10_000)
        desk.deposit(2, usdc: 1_000_000)
        desk.limit(2, .sell, lots: 2, ticks: 600_000)
        desk.market(1, .buy, lots: 2)
        desk.limit(1, .sell, lots: 2, ticks: 610_000, reduceOnly: true)
        desk.limit(2, .buy, lots: 2, ticks: 600_000)
        desk.market(1, .sell, lots: 2)
        #expect(desk.position(1).isFlat)
        desk.market(2, .buy, lots: 2)
        #expect(desk.position(1).size == 0, "a reduce-only order opened a position of \(desk.position(1).size) lots")
    }

    /// Once a bug (found in review): reduce-only was checked only between commands, so one sweep
    /// could fill a normal order that closed the position and then a reduce-only one behind it, or
    /// two reduce-only orders that each fit the position alone. The book now knows the position of
    /// accounts with reduce-only orders and cancels one that has nothing left to reduce.
    @Test(arguments: [false, true])
    func oneSweepCannotLetReduceOnlyOrdersFlipThePosition(normalOrderFirst: Bool) {
        var desk = D()
        desk.deposit(1, usdc: 10_000)
        desk.deposit(2, usdc: 1_000_000)
        desk.limit(2, .sell, lots: 10, ticks: 600_000)
        desk.market(1, .buy, lots: 10)
        desk.limit(1, .sell, lots: 10, ticks: 601_000, reduceOnly: !normalOrderFirst)
        desk.limit(1, .sell, lots: 10, ticks: 601_000, reduceOnly: true)
        let events = desk.market(2, .buy, lots: 20)
        #expect(desk.position(1).isFlat, "the sweep left account 1 at \(desk.position(1).size) lots")
        #expect(D.fills(events).filter { $0.account == AccountID(1) }.map(\.quantity.lots) == [10])
        #expect(events.contains { if case .book(_, .cancelled(_, _, .reduceOnly), _) = $0 { true } else { false } })
        #expect(desk.openOrders(1).isEmpty && desk.balances)
    }

    /// Two reduce-only stops firing on one mark share what the position can reduce.
    @Test func reduceOnlyStopsFiringTogetherShareThePosition() {
        var desk = D()
        desk.deposit(1, usdc: 10_000)
        desk.deposit(2, usdc: 1_000_000)
        desk.oracle(600_000)
        desk.limit(2, .sell, lots: 10, ticks: 600_000)
        desk.market(1, .buy, lots: 10)
        desk.limit(2, .buy, lots: 100, ticks: 590_000)
        let stop = StopCondition(triggerPrice: Price(ticks: 595_000), reference: .mark)
        desk.market(1, .sell, lots: 10, reduceOnly: true, stop: stop)
        desk.market(1, .sell, lots: 10, reduceOnly: true, stop: stop)
        desk.oracle(594_000)
        #expect(desk.position(1).isFlat, "two reduce-only stops left account 1 at \(desk.position(1).size) lots")
        #expect(desk.balances)
    }

    /// Once a bug: `setLeverage` skips the margin check when the position is flat (`leverageShortfall`
    /// returns early), although open orders hold margin at the new leverage. Reproduction: deposit
    /// 6,100 → bid 1 BTC at 60,000 at 10x (6,030 held) → leverage 1x is accepted, and the orders now
    /// need 60,030 USDC; when the bid fills the account holds a 1x position on 10% of its margin.
    @Test func loweringLeverageMustStillCoverOpenOrders() {
        var desk = D()
        desk.deposit(1, usdc: 6_100)
        #expect(D.rejection(desk.limit(1, .buy, lots: 1_000, ticks: 600_000)) == nil)
        let events = desk.run(.setLeverage(AccountID(1), btc, 1))
        let available = desk.exchange.crossMargin(of: AccountID(1), asset: D.usdc).available
        #expect(D.rejection(events) != nil, "1x was accepted and leaves \(available.units) units free")
    }

    /// Once a bug (README "Margin": an order is admitted when "its leverage is within the tier's maximum"):
    /// the tier is looked up for the position plus this order only, so at 125x two bids of 48,000 USDC
    /// each are admitted (each alone stays under the 50,000 USDC tier cap) and fill into a 96,000 USDC
    /// position at 125x, in the tier whose maximum is 100x. (Binance's "exceeded the maximum allowable
    /// position at current leverage" check counts open orders, as far as we know; the reference
    /// document does not say, so this one is a design question as much as a bug.)
    @Test func openOrdersMustCountTowardTheLeverageTier() {
        var desk = D()
        desk.deposit(1, usdc: 100_000)
        desk.deposit(2, usdc: 1_000_000)
        desk.run(.setLeverage(AccountID(1), btc, 125))
        #expect(D.rejection(desk.limit(1, .buy, lots: 800, ticks: 600_000)) == nil)
        #expect(D.rejection(desk.limit(1, .buy, lots: 800, ticks: 600_000)) == .leverageAboveTierMaximum(maximum: 100))
        desk.market(2, .sell, lots: 1_600)
        let risk = desk.exchange.risk(of: AccountID(1), in: btc)
        #expect(desk.position(1).leverage <= risk?.tier.maxLeverage ?? 0)
    }
}

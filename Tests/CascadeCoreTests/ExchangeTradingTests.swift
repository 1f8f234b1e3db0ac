import Testing

@testable import CascadeCore

/// Trading through `Exchange.apply`, hand-computed on BTC-PERP (tick 0.1 USD, lot 0.001 BTC, so one
/// tick-lot is 100 micro-USDC; maker 0.02%, taker 0.05%, both rounded up — Instrument+Catalog.swift).
/// Default leverage is 10x (`ExchangeConfiguration.defaultLeverage`); initial margin = notional ÷
/// leverage (shared/reference/exchange-mechanics.md §3, IMR = 1/leverage). Rejections are in
/// ExchangeAdmissionTests.swift.
@Suite("Exchange trading")
struct ExchangeTradingTests {
    typealias D = ExchangeDesk
    private let btc = ExchangeDesk.btcPerp

    @Test func makerAndTakerPayTheirFeesIntoThePool() throws {
        var desk = D()
        #expect(desk.deposit(1, usdc: 100_000) == [.deposited(AccountID(1), .usdc, D.usdc("100000"))])
        desk.deposit(2, usdc: 100_000)
        let ask = try #require(D.orderID(desk.limit(1, .sell, lots: 3, ticks: 600_001)))
        #expect(desk.openOrders(1) == [ask])

        // 1 lot at 60,000.1 = 60.0001 USDC: maker 0.02% = 0.01200002 → 0.012001; taker 0.05% = 0.03000005 → 0.030001.
        let events = desk.market(2, .buy, lots: 1)
        let taker = try #require(D.orderID(events))
        #expect(
            D.fills(events) == [
                Fill(
                    account: AccountID(1), instrument: btc, order: ask, clientOrderID: ClientOrderID(0), side: .sell,
                    price: Price(ticks: 600_001),
                    quantity: Quantity(lots: 1), isMaker: true, fee: D.usdc("0.012001"), realizedPnL: .zero,
                    positionSize: -1),
                Fill(
                    account: AccountID(2), instrument: btc, order: taker, clientOrderID: ClientOrderID(0), side: .buy,
                    price: Price(ticks: 600_001),
                    quantity: Quantity(lots: 1), isMaker: false, fee: D.usdc("0.030001"), realizedPnL: .zero,
                    positionSize: 1),
            ])
        #expect(desk.exchange.ledgers[D.usdc].feePool == D.usdc("0.042002"))
        #expect(desk.wallet(1) == D.usdc("99999.987999"))
        #expect(desk.wallet(2) == D.usdc("99999.969999"))
        #expect(desk.position(1).size == -1 && desk.position(1).costBasis == D.usdc("-60.0001"))
        #expect(desk.position(2).size == 1 && desk.position(2).costBasis == D.usdc("60.0001"))
        #expect(desk.openOrders(1) == [ask] && desk.openOrders(2).isEmpty)
        #expect(desk.exchange.lastTrade(btc) == Price(ticks: 600_001))

        // An IOC buy of 5 takes the maker's last 2 lots; its 3-lot rest expires and is never tracked.
        // 120.0002 USDC: maker 0.02400004 → 0.024001, taker 0.0600001 → 0.060001.
        let ioc = desk.limit(2, .buy, lots: 5, ticks: 600_001, .immediateOrCancel)
        let iocID = try #require(D.orderID(ioc))
        #expect(D.fills(ioc).map(\.fee) == [D.usdc("0.024001"), D.usdc("0.060001")])
        #expect(ioc.contains(.book(btc, .expired(iocID, Quantity(lots: 3)), client: ClientOrderID(0))))
        #expect(desk.openOrders(1).isEmpty && desk.openOrders(2).isEmpty)
        #expect(desk.exchange.ledgers[D.usdc].feePool == D.usdc("0.126004"))

        // Round trip: account 1 bids 3 lots at 60,010.0 and account 2 sells into it, realising
        // 3 lots × 99 ticks × 100 = ±0.0297 USDC; fees on 180.03 USDC are 0.036006 and 0.090015.
        let bid = try #require(D.orderID(desk.limit(1, .buy, lots: 3, ticks: 600_100)))
        #expect(desk.openOrders(1) == [bid])
        let close = D.fills(desk.market(2, .sell, lots: 3))
        #expect(close.map(\.realizedPnL) == [D.usdc("-0.0297"), D.usdc("0.0297")])
        #expect(close.map(\.fee) == [D.usdc("0.036006"), D.usdc("0.090015")])
        #expect(desk.position(1).isFlat && desk.position(2).isFlat)
        #expect(desk.openOrders(1).isEmpty)
        #expect(desk.wallet(1) == D.usdc("99999.898292"))  // 100,000 − 0.012001 − 0.024001 − 0.0297 − 0.036006
        #expect(desk.wallet(2) == D.usdc("99999.849683"))  // 100,000 − 0.030001 − 0.060001 + 0.0297 − 0.090015
        #expect(desk.exchange.ledgers[D.usdc].feePool == D.usdc("0.252025"))
        #expect(desk.balances)
    }

    /// BTC-USD-INV pays makers a 0.025% rebate (rounded toward zero) and charges takers 0.075%
    /// (rounded up), in BTC. 1,001 contracts at 20,000.5 USD: each is worth ⌊10¹²/20,000.5⌋ =
    /// 49,998,750 units (10⁻¹² BTC), 50,048,748,750 in all; rebate 12,512,187.19 → 12,512,187, fee
    /// 37,536,561.56 → 37,536,562; the pool keeps the difference.
    @Test func inverseMakerRebateAndTakerFee() {
        var desk = D()
        for account in UInt32(1)...2 { desk.run(.deposit(AccountID(account), .btc, D.btc("1"))) }
        desk.limit(1, .sell, lots: 1_001, ticks: 40_001, in: D.inverse)
        let fills = D.fills(desk.market(2, .buy, lots: 1_001, in: D.inverse))
        #expect(fills.map(\.fee) == [Money(units: -12_512_187), Money(units: 37_536_562)])
        #expect(desk.exchange.ledgers[D.btc].feePool == Money(units: 25_024_375))
        #expect(desk.wallet(1, D.btc) == D.btc("1") + Money(units: 12_512_187))
        #expect(desk.wallet(2, D.btc) == D.btc("1") - Money(units: 37_536_562))
        #expect(desk.position(2, D.inverse).costBasis == Money(units: 50_048_748_750))
        #expect(desk.exchange.ledgers[D.usdc] == Ledger() && desk.balances)
    }

    @Test func cancelsAreTrackedAndOnlyTheOwnerMayCancel() throws {
        var desk = D()
        desk.deposit(1, usdc: 100_000)
        let a = try #require(D.orderID(desk.limit(1, .sell, lots: 5, ticks: 610_000)))
        let b = try #require(D.orderID(desk.limit(1, .sell, lots: 5, ticks: 611_000)))
        let eth = try #require(D.orderID(desk.limit(1, .sell, lots: 5, ticks: 400_000, in: D.ethPerp)))
        #expect(desk.openOrders(1) == [a, b, eth])

        #expect(desk.run(.cancel(AccountID(2), a)) == [.rejected(AccountID(2), .notOwner)])
        #expect(
            desk.run(.amend(AccountID(2), a, Price(ticks: 612_000), Quantity(lots: 1)))
                == [.rejected(AccountID(2), .notOwner)])
        #expect(desk.openOrders(1) == [a, b, eth])

        #expect(
            desk.run(.cancel(AccountID(1), a)) == [
                .book(btc, .cancelled(a, Quantity(lots: 5), .requested), client: ClientOrderID(0))
            ])
        #expect(desk.openOrders(1) == [b, eth])
        // A cancelled (no longer tracked) id is no open order.
        #expect(desk.run(.cancel(AccountID(1), a)) == [.rejected(AccountID(1), .unknownOrder)])

        desk.run(.cancelAll(AccountID(1), btc))
        #expect(desk.openOrders(1) == [eth])
        desk.run(.cancelAll(AccountID(1), nil))
        #expect(desk.openOrders(1).isEmpty)
        #expect(desk.exchange.book(btc).restingOrderCount == 0)
    }

    // MARK: - Isolated margin, withdrawals, stops

    /// 0.1 BTC at 60,000 isolated at 10x locks 600 USDC; the 3 USDC taker fee comes out of it.
    @Test func isolatedMarginIsLockedAdjustedAndReleased() {
        var desk = D()
        let one = AccountID(1)
        desk.deposit(1, usdc: 10_000)
        desk.deposit(2, usdc: 100_000)
        desk.run(.setMarginMode(one, btc, .isolated))
        desk.limit(2, .sell, lots: 100, ticks: 600_000)
        desk.market(1, .buy, lots: 100)
        #expect(desk.wallet(1) == D.usdc("9400"))
        #expect(desk.position(1).isolatedMargin == D.usdc("597"))

        #expect(
            desk.run(.adjustIsolatedMargin(one, btc, D.usdc("100"))) == [
                .isolatedMarginAdjusted(one, btc, D.usdc("100"))
            ])
        #expect(desk.wallet(1) == D.usdc("9300") && desk.position(1).isolatedMargin == D.usdc("697"))
        // Only what initial margin (600) does not need may leave: 697 + 0 uPnL − 600 = 97.
        #expect(
            desk.run(.adjustIsolatedMargin(one, btc, D.usdc("-98")))
                == [.rejected(one, .insufficientFreeMargin(available: D.usdc("97")))])
        #expect(
            desk.run(.adjustIsolatedMargin(one, btc, D.usdc("-97"))) == [
                .isolatedMarginAdjusted(one, btc, D.usdc("-97"))
            ])
        #expect(desk.wallet(1) == D.usdc("9397") && desk.position(1).isolatedMargin == D.usdc("600"))
        // Adding is bounded by the free wallet.
        #expect(
            desk.run(.adjustIsolatedMargin(one, btc, D.usdc("9397.000001")))
                == [.rejected(one, .insufficientFreeMargin(available: D.usdc("9397")))])
        #expect(desk.balances)

        // Close at 60,500: +50 USDC realised, 3.025 taker fee, all 646.975 released to the wallet.
        desk.limit(2, .buy, lots: 100, ticks: 605_000)
        desk.market(1, .sell, lots: 100)
        #expect(desk.position(1).isFlat && desk.position(1).isolatedMargin == .zero)
        #expect(desk.wallet(1) == D.usdc("10043.975"))
        #expect(desk.balances)
    }

    /// An isolated long of 0.1 BTC at 60,000 sold 0.3 BTC at 61,000: +100 USDC realised and the
    /// 9.15 USDC fee land in the old margin (597 → 687.85), which is released whole; the new 0.2 BTC
    /// short locks 12,200 ÷ 10 = 1,220 USDC from the wallet.
    @Test func anIsolatedFlipReleasesTheOldMarginAndLocksTheNew() {
        var desk = D()
        desk.deposit(1, usdc: 10_000)
        desk.deposit(2, usdc: 1_000_000)
        desk.run(.setMarginMode(AccountID(1), btc, .isolated))
        desk.limit(2, .sell, lots: 100, ticks: 600_000)
        desk.market(1, .buy, lots: 100)
        desk.limit(2, .buy, lots: 300, ticks: 610_000)
        let fill = D.fills(desk.market(1, .sell, lots: 300)).last
        #expect(fill?.realizedPnL == D.usdc("100") && fill?.fee == D.usdc("9.15") && fill?.positionSize == -200)
        #expect(desk.position(1).isolatedMargin == D.usdc("1220"))
        #expect(desk.wallet(1) == D.usdc("8867.85"))  // 9,400 + 687.85 − 1,220
        #expect(desk.balances)
    }

    /// Cross: free margin = wallet + uPnL − initial margin of positions and orders, and never more
    /// than the wallet.
    @Test func onlyFreeMarginCanBeWithdrawn() {
        var desk = D()
        let one = AccountID(1)
        desk.deposit(1, usdc: 10_000)
        desk.deposit(2, usdc: 100_000)
        desk.limit(2, .sell, lots: 100, ticks: 600_000)
        desk.market(1, .buy, lots: 100)  // wallet 9,997 after the fee; 600 initial margin
        #expect(
            desk.run(.withdraw(one, .usdc, D.usdc("9397.000001")))
                == [.rejected(one, .insufficientFreeMargin(available: D.usdc("9397")))])
        // Mark 59,000: uPnL −100, initial margin 590 → 9,307 free.
        desk.oracle(590_000)
        #expect(desk.exchange.mark(btc)?.price == Price(ticks: 590_000))
        #expect(
            desk.run(.withdraw(one, .usdc, D.usdc("9307.000001")))
                == [.rejected(one, .insufficientFreeMargin(available: D.usdc("9307")))])
        // A resting bid of 0.05 BTC at 59,000 holds 295 + 1.475 taker fee.
        desk.limit(1, .buy, lots: 50, ticks: 590_000)
        #expect(
            desk.run(.withdraw(one, .usdc, D.usdc("9010.525001")))
                == [.rejected(one, .insufficientFreeMargin(available: D.usdc("9010.525")))])
        #expect(desk.run(.withdraw(one, .usdc, D.usdc("9010.525"))) == [.withdrew(one, .usdc, D.usdc("9010.525"))])
        #expect(desk.wallet(1) == D.usdc("986.475"))
        #expect(desk.exchange.ledgers[D.usdc].withdrawals == D.usdc("9010.525"))
        #expect(desk.balances)
    }

    @Test func aStopFiresWhenAnOracleUpdateMovesTheMark() throws {
        var desk = D()
        desk.deposit(2, usdc: 100_000)
        desk.deposit(3, usdc: 100_000)
        desk.limit(2, .sell, lots: 100, ticks: 602_000)
        let stop = try #require(
            D.orderID(
                desk.market(
                    3, .buy, lots: 10, stop: StopCondition(triggerPrice: Price(ticks: 601_000), reference: .mark))))
        #expect(desk.openOrders(3) == [stop])
        #expect(D.fills(desk.oracle(600_500)).isEmpty)  // mark 60,050: not yet
        #expect(desk.exchange.book(btc).pendingStopCount == 1)
        let events = desk.oracle(601_000)
        #expect(events.contains(.book(btc, .triggered(stop), client: ClientOrderID(0))))
        #expect(D.fills(events).map(\.price) == [Price(ticks: 602_000), Price(ticks: 602_000)])
        #expect(desk.position(3).size == 10)
        #expect(desk.openOrders(3).isEmpty)
        #expect(desk.balances)
    }

    @Test func aStopFiresWhenATradeMovesTheLastPrice() throws {
        var desk = D()
        for account in UInt32(2)...6 { desk.deposit(account, usdc: 100_000) }
        desk.limit(2, .sell, lots: 100, ticks: 602_000)
        let onLast = StopCondition(triggerPrice: Price(ticks: 601_500), reference: .last)
        let market = try #require(D.orderID(desk.market(3, .buy, lots: 10, stop: onLast)))
        let limit = try #require(D.orderID(desk.limit(5, .buy, lots: 10, ticks: 601_000, stop: onLast)))
        let onMark = try #require(
            D.orderID(
                desk.market(
                    6, .buy, lots: 10, stop: StopCondition(triggerPrice: Price(ticks: 601_500), reference: .mark))))
        let events = desk.market(4, .buy, lots: 5)
        #expect(
            events.contains(.book(btc, .triggered(market), client: ClientOrderID(0)))
                && events.contains(.book(btc, .triggered(limit), client: ClientOrderID(0))))
        #expect(desk.position(4).size == 5 && desk.position(3).size == 10)
        #expect(desk.openOrders(3).isEmpty)
        // The fired stop-limit rests below the ask and stays tracked; the mark stop waits.
        #expect(desk.exchange.book(btc).restingOrder(limit)?.price == Price(ticks: 601_000))
        #expect(desk.openOrders(5) == [limit])
        #expect(desk.openOrders(6) == [onMark])
        #expect(desk.exchange.lastTrade(btc) == Price(ticks: 602_000))
        #expect(desk.balances)
    }
}

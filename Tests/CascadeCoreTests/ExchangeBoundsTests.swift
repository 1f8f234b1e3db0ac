import Testing

@testable import CascadeCore

/// Limits that keep the exchange's arithmetic far inside Int64 and its users' money where it
/// belongs: the position limit, the deposit limit, protective limits on market orders, and
/// unrealised profit that cannot be withdrawn. BTC-PERP throughout (tick 0.1 USD, lot 0.001 BTC).
@Suite("Exchange bounds")
struct ExchangeBoundsTests {
    typealias D = ExchangeDesk
    private let btc = ExchangeDesk.btcPerp

    /// BTC-PERP's last tier ends at 500,000,000 USDC: 10,000 BTC at 60,000 (600M) is refused
    /// before any margin is looked at.
    @Test func anOrderBeyondTheLastTierIsRefused() {
        var desk = D()
        desk.deposit(1, usdc: 1_000)
        #expect(D.rejection(desk.limit(1, .buy, lots: 10_000_000, ticks: 600_000)) == .positionLimitExceeded)
        #expect(desk.openOrders(1).isEmpty)
    }

    @Test func anOversizedDepositIsRefused() {
        var desk = D()
        let tooMuch = Money(units: Exchange.largestDeposit(.usdc) + 1)
        #expect(desk.run(.deposit(AccountID(1), .usdc, tooMuch)) == [.rejected(AccountID(1), .invalidAmount)])
        let btcLimit = Exchange.largestDeposit(.btc)
        #expect(btcLimit > 0 && btcLimit <= Int64.max / 16)
        #expect(desk.run(.adjustIsolatedMargin(AccountID(1), btc, Money(units: .min))) != [])
    }

    /// A market buy stops at the band edge (mark 60,000 + 5% = 63,000). An ask at 70,000, placed
    /// while the mark stood at 66,700, is out of its reach, so the rest expires instead of filling
    /// there.
    @Test func aMarketOrderTradesNoFurtherThanTheBand() {
        var desk = D()
        desk.deposit(1, usdc: 100_000)
        desk.deposit(2, usdc: 1_000_000)
        desk.limit(2, .sell, lots: 1, ticks: 600_000)
        desk.oracle(667_000)
        desk.limit(2, .sell, lots: 100, ticks: 700_000)
        desk.oracle(600_000)
        #expect(desk.exchange.mark(btc)?.price == Price(ticks: 600_000))
        let events = desk.market(1, .buy, lots: 5)
        #expect(D.fills(events).filter { $0.account == AccountID(1) }.map(\.price.ticks) == [600_000])
        #expect(events.contains(.book(btc, .expired(D.orderID(events)!, Quantity(lots: 4)), client: ClientOrderID(0))))
    }

    /// Long 0.1 BTC from 60,000; quotes at 62,000 / 62,100 and an index of 62,050 lift the mark to
    /// 62,050, so the position shows 205 USDC of profit on paper. What may leave is the wallet less
    /// initial margin, without that profit.
    @Test func unrealisedProfitCannotBeWithdrawn() {
        var desk = D()
        desk.deposit(1, usdc: 10_000)
        desk.deposit(2, usdc: 1_000_000)
        desk.oracle(600_000)
        desk.limit(2, .sell, lots: 100, ticks: 600_000)
        desk.market(1, .buy, lots: 100)
        desk.limit(2, .buy, lots: 1_000, ticks: 620_000)
        desk.limit(2, .sell, lots: 1_000, ticks: 621_000)
        desk.oracle(620_500)
        #expect(desk.exchange.mark(btc)?.price == Price(ticks: 620_500))
        let cross = desk.exchange.crossMargin(of: AccountID(1), asset: D.usdc)
        #expect(cross.unrealizedPnL == D.usdc("205"))
        let free = desk.exchange.withdrawable(AccountID(1), asset: D.usdc)
        #expect(free == cross.wallet - cross.usedInitialMargin)
        #expect(free < cross.available)
        let refused = desk.run(.withdraw(AccountID(1), .usdc, free + Money(units: 1)))
        #expect(refused == [.rejected(AccountID(1), .insufficientFreeMargin(available: free))])
        #expect(desk.run(.withdraw(AccountID(1), .usdc, free)) == [.withdrew(AccountID(1), .usdc, free)])
        #expect(desk.balances)
    }
}

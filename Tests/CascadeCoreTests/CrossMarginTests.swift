import Testing

@testable import CascadeCore

/// Account-level cross margin: equity, margin held by positions and orders, available margin and the
/// margin ratio, each with the arithmetic the explain panel prints.
@Suite("Cross margin of an account")
struct CrossMarginTests {
    typealias D = ExchangeDesk

    /// Account 1 (10,000 USDC, 10x) buys 1 BTC at 60,000 from account 2 (taker fee 0.05% = 30 USDC),
    /// then the mark falls to 59,000 and it bids 0.1 BTC at 58,000.
    @Test func figuresAndTheirArithmetic() throws {
        var desk = D()
        desk.deposit(1, usdc: 10_000)
        desk.deposit(2, usdc: 100_000)
        desk.limit(2, .sell, lots: 1_000, ticks: 600_000)
        desk.market(1, .buy, lots: 1_000)
        desk.oracle(590_000)
        #expect(desk.exchange.mark(D.btcPerp)?.price == Price(ticks: 590_000))
        desk.limit(1, .buy, lots: 100, ticks: 580_000)
        let margin = desk.exchange.crossMargin(of: AccountID(1), asset: D.usdc)
        #expect(margin.wallet == D.usdc("9970"))
        #expect(margin.unrealizedPnL == D.usdc("-1000"))
        #expect(margin.equity == D.usdc("8970"))
        // Position 59,000 ÷ 10 = 5,900; the bid 5,800 ÷ 10 + 2.90 fee = 582.90.
        #expect(margin.usedInitialMargin == D.usdc("6482.9"))
        #expect(margin.available == D.usdc("2487.1"))
        // 59,000 × 0.5% − 50 (tier 2 of BTCUSDT) = 245.
        #expect(margin.maintenanceMargin == D.usdc("245"))
        #expect(margin.marginRatio == Rate.ratio(D.usdc("245"), D.usdc("8970"), rounding: .up))
        let steps = margin.derivations(in: .usdc)
        #expect(steps.map(\.name) == ["equity", "available", "margin ratio"])
        #expect(steps[0].substituted == "9970.00 − 1000.00" && steps[0].result == "8970.00 USDC")
        #expect(steps[1].substituted == "8970.00 − 6482.90" && steps[1].result == "2487.10 USDC")
        #expect(steps[2].substituted == "245.00 ÷ 8970.00")
    }
}

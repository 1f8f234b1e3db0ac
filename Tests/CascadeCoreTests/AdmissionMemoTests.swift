import Testing

@testable import CascadeCore

/// The admission memo (a run of one account's orders admitted without re-summing its margin) and
/// the order exposures kept order by order must always equal what a full recount gives.
struct AdmissionMemoTests {
    /// The memo's margin against a fresh sum, if there is a memo, and every account's kept
    /// exposures against a recount of its orders.
    static func memoMatchesRecount(_ exchange: Exchange) -> Bool {
        guard exchange.accountWithStaleExposures == nil else { return false }
        guard let memo = exchange.admissionMemo else { return true }
        return exchange.crossMargin(of: memo.account, asset: memo.asset) == memo.margin
    }

    @Test(arguments: [UInt64(3), 17, 99])
    func randomStreamsOfTwoAccountsKeepTheMemoExact(seed: UInt64) {
        var exchange = Exchange()
        var trading = RandomTrading(seed: seed, accounts: 2, exchange: exchange)
        for command in trading.funding() { _ = exchange.apply(command) }
        var memos = 0
        for _ in 0..<3_000 {
            _ = exchange.apply(trading.next(seeing: exchange))
            if exchange.admissionMemo != nil { memos += 1 }
            guard Self.memoMatchesRecount(exchange) else { return #expect(Bool(false), "seed \(seed): not exact") }
        }
        #expect(memos > 100, "the stream exercised the memo")
    }

    /// Random trading in perpetuals and a listed BTC option chain through its first expiries:
    /// stops, reduce-only orders, amends, liquidations and settlements all keep the exposures and
    /// the open interest exact.
    @Test(arguments: [UInt64(5), 23])
    func randomStreamsWithOptionsKeepTheExposuresExact(seed: UInt64) {
        var desk = OptionListingTests.desk()
        desk.oracle(650_000)
        var exchange = desk.exchange
        var trading = RandomTrading(seed: seed, accounts: 4, exchange: exchange)
        for command in trading.funding() { _ = exchange.apply(command) }
        var optionOrders = 0
        for step in 0..<3_000 {
            let command = trading.next(seeing: exchange)
            if case .place(let order) = command, exchange.instrument(order.instrument).option != nil {
                optionOrders += 1
            }
            _ = exchange.apply(command)
            let stale = exchange.accountWithStaleExposures
            #expect(stale == nil, "seed \(seed) step \(step): account \(String(describing: stale)) after \(command)")
            let interest = exchange.instrumentWithStaleOpenInterest
            #expect(interest == nil, "seed \(seed) step \(step): open interest of \(String(describing: interest))")
            if stale != nil || interest != nil { return }
        }
        #expect(optionOrders > 500, "the stream traded options: \(optionOrders) orders")
        #expect(exchange.instruments.count > 100, "expiries listed new series")
    }

    @Test func anOptionLadderKeepsTheMemoExactAndAFillDropsIt() throws {
        var (desk, call) = try OptionTradingTests.listedDesk()
        desk.deposit(1, usdc: 5_000_000)
        desk.deposit(2, usdc: 100_000)
        let strikes = desk.exchange.optionExpiries(on: ExchangeDesk.btcPerp)[0].strikes
        for strike in strikes {
            desk.limit(1, .buy, lots: 50, ticks: 2_000, in: strike.put)
            #expect(desk.exchange.admissionMemo?.account == AccountID(1))
            desk.limit(1, .sell, lots: 50, ticks: 40_000, in: strike.call)
            #expect(Self.memoMatchesRecount(desk.exchange))
        }
        desk.market(2, .buy, lots: 10, in: call)
        #expect(desk.exchange.admissionMemo == nil)
    }
}

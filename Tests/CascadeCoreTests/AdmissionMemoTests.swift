import Testing

@testable import CascadeCore

/// The admission memo (a run of one account's orders admitted without re-summing its book) must
/// always equal what a full recount gives.
struct AdmissionMemoTests {
    /// The memo's margin and exposures against a recount, if there is a memo.
    static func memoMatchesRecount(_ exchange: Exchange) -> Bool {
        guard let memo = exchange.admissionMemo else { return true }
        let fresh = exchange.orderExposures(of: memo.account)
        func nonEmpty(_ exposures: OrderExposures) -> [InstrumentID: OrderExposure] {
            Dictionary(uniqueKeysWithValues: exposures.entries.filter { $0.exposure != OrderExposure() })
        }
        return exchange.crossMargin(of: memo.account, asset: memo.asset) == memo.margin
            && nonEmpty(fresh) == nonEmpty(memo.exposures)
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
            #expect(Self.memoMatchesRecount(exchange))
        }
        #expect(memos > 100, "the stream exercised the memo")
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

import Testing

@testable import CascadeCore

/// The ledger invariant of DESIGN.md after every event of seeded random trading between many
/// accounts: partial fills, flips from long to short, margin mode and leverage changes, isolated
/// margin moves, stops, funding settlements, deposits and withdrawals.
@Suite("Exchange ledger on random trading")
struct ExchangeLedgerTests {
    @Test(arguments: 0..<UInt64(12))
    func theLedgerBalancesAfterEveryCommand(seed: UInt64) {
        Self.checkLedger(seed: seed, ExchangeConfiguration())
    }

    /// The same random trading under each liquidation waterfall style (with a small fund, so that the
    /// fund-backed styles pay, take over and deleverage).
    @Test(arguments: LiquidationStyle.allCases, 0..<UInt64(3))
    func theLedgerBalancesUnderEveryLiquidationStyle(style: LiquidationStyle, seed: UInt64) {
        var configuration = ExchangeConfiguration()
        configuration.liquidation.style = style
        configuration.liquidation.insuranceFundWholeUnits = 500
        configuration.liquidation.perContractFunds = style == .bybit
        Self.checkLedger(seed: seed, configuration)
    }

    /// The same random trading with each adaptive margin model, sampling each minute and announcing
    /// rises ten minutes ahead, so that requirements rise and fall and positions move to them.
    @Test(arguments: [MarginModelKind.ewma, .garch, .predictive], 0..<UInt64(2))
    func theLedgerBalancesUnderEveryAdaptiveMarginModel(kind: MarginModelKind, seed: UInt64) {
        var configuration = ExchangeConfiguration()
        var margin = MarginModelParameters(kind: kind)
        margin.sampleEvery = .minute
        margin.reviewEvery = 5 * .minute
        margin.horizon = .hour
        margin.leadTime = 10 * .minute
        margin.startVolatility = 0.5
        configuration.marginModel = margin
        let exchange = Self.checkLedger(seed: seed, configuration)
        let changes = exchange.perpetualIDs.map { exchange.marginStatus($0).changes }.reduce(0, +)
        #expect(changes > 0, "seed \(seed): no requirement changed")
    }

    /// Runs the random trading, checking after every command; returns the exchange as it ended.
    @discardableResult
    static func checkLedger(seed: UInt64, _ configuration: ExchangeConfiguration) -> Exchange {
        var exchange = Exchange(configuration: configuration)
        var trading = RandomTrading(seed: seed, exchange: exchange)
        for command in trading.funding() { _ = exchange.apply(command) }
        var fills = 0
        var flips = 0
        var fundingSettlements = 0
        for step in 0..<1_500 {
            let command = trading.next(seeing: exchange)
            let before = exchange.accounts.map { $0.positions.perpetuals.map(\.size) }
            let events = exchange.apply(command)
            for event in events {
                if case .fill(let fill) = event {
                    fills += 1
                    let old = before[Int(fill.account.rawValue)][fill.instrument.rawValue]
                    if old != 0 && fill.positionSize != 0 && (old > 0) != (fill.positionSize > 0) { flips += 1 }
                }
                if case .fundingSettled = event { fundingSettlements += 1 }
            }
            for asset in exchange.assets.indices {
                let discrepancy = exchange.ledgerDiscrepancy(asset: asset)
                #expect(
                    discrepancy == .zero,
                    "seed \(seed) step \(step) asset \(asset): \(discrepancy.units) after \(command)")
                if discrepancy != .zero { return exchange }
            }
            #expect(exchange.ledgerBalances, "seed \(seed) step \(step): position sizes do not sum to zero")
            let stale = exchange.accountWithStaleExposures
            #expect(stale == nil, "seed \(seed) step \(step): kept order exposures of \(String(describing: stale))")
            if stale != nil { return exchange }
            let interest = exchange.instrumentWithStaleOpenInterest
            #expect(interest == nil, "seed \(seed) step \(step): open interest of \(String(describing: interest))")
            if interest != nil { return exchange }
        }
        #expect(fills > 100, "seed \(seed): only \(fills) fills")
        #expect(flips > 0, "seed \(seed): no position flipped")
        #expect(fundingSettlements > 0, "seed \(seed): funding never settled")
        return exchange
    }

    @Test func theSameCommandsGiveTheSameEvents() {
        func run() -> [Event] {
            var exchange = Exchange()
            var trading = RandomTrading(seed: 99, exchange: exchange)
            var log: [Event] = []
            for command in trading.funding() { log += exchange.apply(command) }
            for _ in 0..<800 { log += exchange.apply(trading.next(seeing: exchange)) }
            return log
        }
        #expect(run() == run())
    }
}

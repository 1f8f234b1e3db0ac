import Testing

@testable import CascadeCore

/// Seeded crash streams (Support/CrashMarket.swift) under every waterfall style: the ledger balances
/// after every command and positions net to zero; no trader ends below zero without bad debt; the
/// styles without a vault never use it, and over the seeds the fund both pays and is paid.
@Suite("Liquidation styles on random crashes")
struct LiquidationStylePropertyTests {
    @Test(arguments: LiquidationStyle.allCases)
    func everyStyleKeepsTheLedgerOnSeededCrashes(style: LiquidationStyle) {
        var configuration = ExchangeConfiguration()
        configuration.liquidation.style = style
        configuration.liquidation.insuranceFundWholeUnits = 30_000
        configuration.liquidation.backstopCapitalWholeUnits = 30_000
        configuration.liquidation.partialAboveWholeUnits = 20_000
        configuration.liquidation.fundFloorWholeUnits = style == .bybit ? 5_000 : 0
        configuration.liquidation.fundLossLimitWholeUnits = 2_000
        let engine = configuration.liquidation.backstopAccount
        var counts: [String: Int] = [:]
        for seed in UInt64(1)...6 {
            var exchange = Exchange(configuration: configuration)
            var market = CrashMarket(seed: seed)
            var log: [Event] = []
            for command in market.setup() { log += exchange.apply(command) }
            for step in 0..<1_200 {
                for command in market.next(exchange) {
                    log += exchange.apply(command)
                    let discrepancy = exchange.ledgerDiscrepancy(asset: ExchangeDesk.usdc).units
                    guard discrepancy == 0 else {
                        Issue.record("\(style) seed \(seed) step \(step): \(discrepancy) after \(command)")
                        return
                    }
                }
            }
            #expect(exchange.ledgerBalances)
            for case .liquidation(let step) in log {
                switch step {
                case .insuranceFund(let payment) where payment.reason == .fills:
                    counts[payment.change.units < 0 ? "fund paid" : "fund kept", default: 0] += 1
                    #expect(payment.balance.units >= 0)
                default: counts[String("\(step)".prefix { $0 != "(" }), default: 0] += 1
                }
            }
            // Under the fund-backed styles the engine's account holds what the fund took over, with no
            // money of its own: its equity is the fund's to carry, not a trader's deficit.
            let below = exchange.accountsBelowZero(unless: log).filter { $0 != engine || style.usesBackstopVault }
            #expect(below.isEmpty, "\(style) seed \(seed): \(below) below zero without bad debt")
        }
        print("\(style) over 6 seeds:", counts.sorted { $0.key < $1.key })
        #expect(counts["triggered", default: 0] > 0)
        if style.usesBackstopVault {
            #expect(counts["backstopTakeover", default: 0] > 0)
        } else {
            #expect(counts["backstopTakeover", default: 0] == 0)
            #expect(counts["fund paid", default: 0] > 0 && counts["fund kept", default: 0] > 0)
            #expect((counts["fundTakeover", default: 0] > 0) == (style != .dydx))
        }
    }
}

import Foundation
import Testing

@testable import CascadeCore
@testable import Dashboard

/// The what-if panel and `cascade calc margin` are two doors to the same arithmetic: for the same
/// hypothesis they must give the same figures.
@Suite struct WhatIfCalcTests {
    /// 0.5 BTC long from 64,000 at 20x isolated (margin 1,600), as the engine would hold it.
    private let position: PositionSnapshot = {
        var position = Position()
        position.size = 500
        position.costBasis = Money(units: 32_000_000_000)
        position.isolatedMargin = Money(units: 1_600_000_000)
        position.mode = .isolated
        position.leverage = 20
        let input = PositionRiskInput(
            instrument: .btcPerp, size: 500, costBasis: position.costBasis, mark: Price(ticks: 640_000),
            mode: .isolated, wallet: position.isolatedMargin, leverage: 20)
        return PositionSnapshot(
            instrument: InstrumentID(0), position: position, risk: PositionRisk(input), deleveragingLevel: nil,
            fundingPerInterval: .zero)
    }()

    private func calc(_ arguments: [String]) throws -> [String: Double] {
        let run = try CascadeBinary.run(
            ["calc", "margin", "--side", "long", "--entry", "64000", "--size", "0.5", "--json"] + arguments)
        #expect(run.status == 0, "\(run.error)")
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        return try #require(object?.compactMapValues { ($0 as? NSNumber)?.doubleValue })
    }

    private func expectSame(_ risk: PositionRisk, _ calc: [String: Double]) {
        func money(_ value: Money) -> Double { Double(value.units) / 1e6 }
        #expect(money(risk.notional) == calc["notional"])
        #expect(money(risk.unrealizedPnL) == calc["unrealized_pnl"])
        #expect(money(risk.maintenanceMargin) == calc["maintenance_margin"])
        #expect(money(risk.marginBalance) == calc["margin_balance"])
        #expect(money(risk.initialMargin) == calc["initial_margin"])
        // The engine's BTC-PERP quotes to 0.1; the calculator to 0.01.
        let liquidation = Double(risk.liquidationPrice?.ticks ?? 0) / 10
        let bankruptcy = Double(risk.bankruptcyPrice?.ticks ?? 0) / 10
        #expect(abs(liquidation - (calc["liquidation_price"] ?? 0)) < 0.1)
        #expect(abs(bankruptcy - (calc["bankruptcy_price"] ?? 0)) < 0.1)
    }

    @Test func isolatedAtAnotherMarkAndLeverage() throws {
        let whatIf = WhatIf(mark: Price(ticks: 620_000), leverage: 10, mode: .isolated)
        let risk = whatIf.risk(of: position, accountWallet: Money(units: 10_000_000_000))
        expectSame(risk, try calc(["--leverage", "10", "--mark", "62000", "--wallet", "1600"]))
        #expect(!whatIf.liquidates(position, accountWallet: Money(units: 10_000_000_000)))
    }

    @Test func switchedToCrossTheWholeWalletBacksIt() throws {
        let whatIf = WhatIf(mark: Price(ticks: 600_000), leverage: 20, mode: .cross)
        let risk = whatIf.risk(of: position, accountWallet: Money(units: 10_000_000_000))
        expectSame(risk, try calc(["--leverage", "20", "--mark", "60000", "--mode", "cross", "--wallet", "10000"]))
    }
}

import Foundation
import Testing

@testable import CascadeCore
@testable import Dashboard
@testable import TerminalKit

/// The Options workspace's risk matrix (`R`): the user's 0.5 at-the-money call under portfolio margin,
/// each scenario's PnL in the grid, the binding one bracketed and named, the margins beside the
/// standard ones; whole numbers at every size.
@Suite struct RiskMatrixViewTests {
    private func screen(width: Int = 160, height: Int = 48) throws -> Canvas {
        var context = OptionsMarket.context()
        context.state.options.riskMatrix = true
        let layout = try #require(DashboardLayout(width: width, height: height))
        var canvas = Canvas(width: width, height: height)
        DashboardScreen.draw(context, layout: layout, canvas: &canvas)
        return canvas
    }

    private var risk: PortfolioRiskSnapshot {
        get throws { try #require(OptionsMarket.snapshot.options?.risk) }
    }

    private var perpetual: Instrument {
        OptionsMarket.snapshot[OptionsMarket.snapshot.options!.underlying].instrument
    }

    /// The what-if under the grid: selling the call's delta in the perpetual, and the margin it would leave.
    @Test func theHedgeWhatIfSellsTheDeltaInThePerpetual() throws {
        let risk = try risk
        let hedge = try #require(risk.hedge)
        let lot = perpetual.lotSize.doubleValue
        #expect(hedge.lots < 0 && abs(Double(hedge.lots) * lot + risk.margin.netDelta) <= lot / 2)
        let chain = try #require(OptionsMarket.snapshot.options)
        let call = OptionsMarket.call
        let spot = perpetual.decimal(try #require(chain.index))
        let expected = PortfolioMarginModel.paradex.evaluate(
            [
                .option(
                    .call, strike: call.instrument.decimal(call.instrument.option!.strike), days: chain.years * 365,
                    volatility: try #require(call.mark).volatility, size: 0.5),
                .perpetual(size: Double(hedge.lots) * lot),
            ], spot: spot)
        #expect(hedge.margin.initialMargin == expected.initialMargin)
        #expect(hedge.margin.netDelta.magnitude < risk.margin.netDelta.magnitude)
        let size = perpetual.format(Quantity(lots: -hedge.lots))
        let rows = (0..<48).map(try screen().row)
        #expect(rows.contains { $0.contains("hedge: sell \(size) \(perpetual.symbol) → IM ") })
    }

    @Test func theRiskIsTheModelsEvaluationOfTheHeldCall() throws {
        let risk = try risk
        let call = OptionsMarket.call
        let mark = try #require(call.mark)
        let chain = try #require(OptionsMarket.snapshot.options)
        let position = PortfolioPosition.option(
            .call, strike: call.instrument.decimal(call.instrument.option!.strike), days: chain.years * 365,
            volatility: mark.volatility, size: 0.5)
        let expected = PortfolioMarginModel.paradex.evaluate(
            [position], spot: OptionsMarket.snapshot[chain.underlying].instrument.decimal(try #require(chain.index)))
        #expect(risk.options == 1 && risk.perpetualSize == 0)
        #expect(risk.margin.scenarioPnLs == expected.scenarioPnLs)
        #expect(risk.standardInitialMargin == OptionsMarket.snapshot.account.optionPositions[0].initialMargin)
        #expect(risk.pnl(spotShock: 0.16, volShock: PortfolioMarginModel.paradexVolDown) == nil, "±16% has no vol-down")
    }

    @Test func theGridShowsEachScenariosPnLAndBracketsTheBindingOne() throws {
        let risk = try risk
        let canvas = try screen()
        let rows = (0..<canvas.height).map(canvas.row)
        #expect(canvas.find("Risk matrix") != nil && canvas.find("Payoff") == nil, "R puts it in the payoff's place")
        #expect(rows.contains { $0.contains("spot   vol -22%  vol +40%") })
        let up = try #require(risk.pnl(spotShock: 0.08, volShock: PortfolioMarginModel.paradexVolUp))
        #expect(up > 0, "a long call gains when spot rises")
        let cell = NumberFormat.compact(up)
        #expect(rows.contains { $0.contains("+8%") && $0.contains("+" + cell) }, "the +8% row shows +\(cell)")
        let worst = try #require(risk.margin.worstScenario)
        let scenario = risk.margin.scenarios[worst]
        let marked = RiskMatrixView.cellText(risk.margin.scenarioPnLs[worst], worst: true)
        #expect(marked.hasPrefix("[-") && marked.hasSuffix("]"))
        if scenario.weight == 1 {
            #expect(rows.contains { $0.contains(marked) }, "the binding scenario is bracketed")
        }
        let loss = DisplayFormat.grouped(DisplayFormat.fixed(risk.margin.weightedLoss(at: worst), 2))
        #expect(
            rows.contains {
                $0.contains("worst: spot \(RiskMatrixView.percent(scenario.spotShock))") && $0.contains("→ \(loss)")
            })
        let scan = DisplayFormat.grouped(DisplayFormat.fixed(risk.margin.scanRisk, 2))
        #expect(rows.contains { $0.contains("scan risk \(scan)") && $0.contains("min delta risk") })
        #expect(
            rows.contains { $0.contains("portfolio IM / MM") } && rows.contains { $0.contains("standard  IM / MM") })
        #expect(canvas.row(canvas.height - 1).contains("R risk"), "the footer names the key")
    }

    @Test func anExtendedMoveIsNamedWithItsWeight() {
        var risk = try! risk
        risk.margin.worstScenario = 23
        let lines = RiskMatrixView.summaryLines(risk, perpetual: perpetual, width: 60, unicode: true).map(\.text)
        let loss = DisplayFormat.grouped(DisplayFormat.fixed(risk.margin.weightedLoss(at: 23), 2))
        #expect(lines.first == "worst: spot +500% vol +40% × 3.2% → \(loss)")
    }

    /// Every summary line on screen is one the view makes whole (grouped or compact amounts), and
    /// every grid cell shows a scenario's whole compact PnL: nothing is cut at any size.
    @Test(arguments: [(80, 24), (160, 48), (240, 70)]) func noNumberIsCut(size: (Int, Int)) throws {
        let risk = try risk
        let canvas = try screen(width: size.0, height: size.1)
        let whole = Set(
            (10...200).flatMap {
                RiskMatrixView.summaryLines(risk, perpetual: perpetual, width: $0, unicode: true).map(\.text)
            })
        let cells = Set(
            risk.margin.scenarioPnLs.indices.flatMap { index in
                [true, false].map { RiskMatrixView.cellText(risk.margin.scenarioPnLs[index], worst: $0) }
            } + ["n/a"])
        let moves = PortfolioMarginModel.paradexSpotShocks.map(RiskMatrixView.percent)
        var summaries = 0
        var gridRows = 0
        for y in 0..<canvas.height {
            for segment in canvas.row(y).split(separator: "│") {
                let text = segment.trimmingCharacters(in: .whitespaces)
                if ["worst:", "scan risk", "portfolio IM", "standard  IM", "hedge:"].contains(where: text.hasPrefix) {
                    #expect(whole.contains(text), "cut at \(size): \(text)")
                    summaries += 1
                } else if let move = text.split(separator: " ").first, moves.contains(String(move)) {
                    let values = text.split(separator: " ").dropFirst().map(String.init)
                    #expect(values.count == 2 && values.allSatisfy(cells.contains), "cut at \(size): \(text)")
                    gridRows += 1
                }
            }
        }
        #expect(summaries >= 3, "the margins stay at \(size)")
        #expect(gridRows >= 3, "some of the grid stays at \(size)")
    }

    @Test func rKeyTogglesTheRiskMatrixAndBack() {
        var state = OptionsMarket.context().state
        _ = state.handle(.character("R"), snapshot: OptionsMarket.snapshot, visible: [])
        #expect(state.options.riskMatrix && state.overlay == nil)
        _ = state.handle(.character("R"), snapshot: OptionsMarket.snapshot, visible: [])
        #expect(!state.options.riskMatrix)
        #expect(KeyMap.standard.helpSections.contains { $0.0 == "Options" && $0.1.contains { $0.key == "R" } })
    }
}

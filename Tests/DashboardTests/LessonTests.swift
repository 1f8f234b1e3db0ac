import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// Each lesson played to its end with the keys its cards name, against the real engine: every
/// goal is detected, in order, and reading steps stop the clock.
@Suite struct LessonTests {
    /// b or s, a size, Tab to leverage, → `steps` times, Enter.
    private func open(_ player: inout LessonPlayer, _ side: Character, size: String, leverageSteps: Int) {
        player.press(.character(side))
        player.type(size)
        player.press(.tab)
        for _ in 0..<leverageSteps { player.press(.right) }
        player.press(.enter)
    }

    private func expectCompleted(_ player: LessonPlayer) {
        let progress = player.progress
        #expect(progress.step == progress.lesson.steps.count, "stopped at: \(progress.current?.text ?? "")")
        #expect(player.visited.map(\.step) == Array(0...player.progress.lesson.steps.count))
        for (step, paused) in player.visited where step < player.progress.lesson.steps.count {
            #expect(paused == player.progress.lesson.steps[step].pausesClock, "step \(step + 1)")
        }
    }

    @Test func leverage() {
        var player = LessonPlayer(LessonLibrary.named("leverage")!)
        #expect(player.session.paused)
        player.press(.enter)
        #expect(!player.session.paused)
        player.press(.character("m"))
        open(&player, "b", size: "0.5", leverageSteps: 2)
        #expect(player.snapshot.account.positions.first?.position.leverage == 20)
        player.press(.enter)
        player.press(.character("e"))
        player.press(.escape, .character("w"))
        #expect(player.progress.step == 5)
        player.press(.pageDown)
        #expect(player.progress.step == 6, "20x isolated: liquidated within a 5% fall")
        player.press(.escape, .character("x"))
        expectCompleted(player)
        player.press(.enter)
        #expect(player.state.lesson == nil)
    }

    @Test func isolatedVersusCross() {
        var player = LessonPlayer(LessonLibrary.named("isolated-vs-cross")!)
        player.press(.enter, .character("m"))
        open(&player, "b", size: "0.5", leverageSteps: 2)
        let isolated = player.snapshot.account.positions.first?.risk.liquidationPrice
        player.press(.character("e"), .escape, .character("x"), .character("m"))
        open(&player, "b", size: "0.5", leverageSteps: 2)
        let cross = player.snapshot.account.positions.first?.risk.liquidationPrice
        #expect(isolated != nil && cross != nil && cross! < isolated!, "cross holds on further down")
        player.press(.character("e"), .escape, .character("x"))
        expectCompleted(player)
    }

    @Test func addingMargin() {
        var player = LessonPlayer(LessonLibrary.named("adding-margin")!)
        player.press(.enter, .character("m"))
        open(&player, "b", size: "0.5", leverageSteps: 3)
        let before = player.snapshot.account.positions.first?.risk.liquidationPrice
        player.press(.character(":"))
        player.type("margin +500")
        player.press(.enter)
        let after = player.snapshot.account.positions.first?.risk.liquidationPrice
        #expect(before != nil && after != nil && after! < before!, "more margin, lower liquidation price")
        player.press(.enter, .character("e"), .escape, .character("x"))
        expectCompleted(player)
    }

    @Test func funding() {
        var player = LessonPlayer(LessonLibrary.named("funding")!)
        player.press(.enter)
        open(&player, "b", size: "0.5", leverageSteps: 0)
        player.wait(atMost: 2 * .hour)
        #expect(player.snapshot.log.contains { $0.kind == .funding && $0.isUser })
        player.press(.character("e"), .escape, .character("x"))
        expectCompleted(player)
    }

    @Test func cascade() {
        var player = LessonPlayer(LessonLibrary.named("cascade")!)
        player.press(.enter)
        player.wait(atMost: 90 * .minute)
        #expect(player.progress.step == 2)
        player.press(.enter, .character("r"), .enter)
        guard case .replays(let browser) = player.state.overlay, let id = browser.opened,
            let replay = player.snapshot.replays.first(where: { $0.id == id })
        else {
            Issue.record("no replay open")
            return
        }
        #expect(replay.trigger != nil)
        player.press(.escape, .escape, .character("h"))
        expectCompleted(player)
    }

    @Test func autoDeleveraging() {
        var player = LessonPlayer(LessonLibrary.named("adl")!)
        player.press(.enter, .character("m"))
        open(&player, "s", size: "1", leverageSteps: 8)
        #expect(player.snapshot.account.positions.first?.position.leverage == 50)
        player.wait(atMost: 2 * .hour)
        let deleveraged = player.snapshot.log.first { $0.kind == .deleveraging && $0.isUser }
        #expect(deleveraged?.text.contains("YOUR position") == true)
        player.press(.enter, .character("r"), .enter)
        expectCompleted(player)
    }

    /// Binance's waterfall drains the fund until ADL starts; then the same world restarts under
    /// Hyperliquid's, where the vault takes the losses and the fund does not fall.
    @Test func insuranceFund() {
        var player = LessonPlayer(LessonLibrary.named("insurance-fund")!)
        #expect(player.snapshot.instruments.allSatisfy { $0.liquidationStyle == .binance })
        let start = player.snapshot.insuranceFund
        player.press(.enter)
        player.wait(atMost: 90 * .minute)
        player.wait(atMost: 90 * .minute)
        #expect(player.progress.step == 3)
        let fund = player.snapshot.fundSeries[0]
        #expect(fund.largestDrawdown.amount > 10_000, "the fund barely moved: \(fund.largestDrawdown)")
        #expect(player.snapshot.insuranceFund < start || fund.held.units < 0)
        player.press(.enter)
        #expect(player.progress.generation == 1)
        #expect(player.snapshot.instruments.allSatisfy { $0.liquidationStyle == .hyperliquid })
        player.wait(atMost: 90 * .minute)
        #expect(player.progress.step == 5)
        #expect(player.snapshot.fundSeries[0].largestDrawdown.share < 0.01)
        player.press(.character("r"), .enter)
        expectCompleted(player)
    }

    /// The flash crash under static margin, then the same world restarted under predictive margin,
    /// whose rate rises; the last card compares the liquidated notional of the two runs.
    @Test func adaptiveMargin() throws {
        var player = LessonPlayer(LessonLibrary.named("adaptive-margin")!)
        #expect(player.snapshot.instruments[0].margin?.kind == .static)
        player.press(.enter, .character("2"))
        player.wait(atMost: 60 * .minute)
        #expect(player.progress.step == 2)
        let staticRun = try #require(player.snapshot.instruments[0].margin)
        #expect(staticRun.changes == 0 && staticRun.highestMaintenanceRate == staticRun.maintenanceRate)
        let staticLiquidated = (player.snapshot.systemLiquidatedLongs + player.snapshot.systemLiquidatedShorts)
            .reduce(0, +)
        #expect(staticLiquidated > 0, "the crash liquidated nobody")
        player.press(.enter)
        #expect(player.progress.generation == 1)
        #expect(player.snapshot.instruments[0].margin?.kind == .predictive)
        player.wait(atMost: 60 * .minute)
        #expect(player.progress.step == 4)
        let predictive = try #require(player.snapshot.instruments[0].margin)
        #expect(predictive.changes > 0 && predictive.highestMaintenanceRate > staticRun.maintenanceRate)
        #expect(
            player.snapshot.log.contains {
                $0.kind == .margin && $0.text.contains("(announced by the predictive model)")
            })
        #expect(player.snapshot.time < 57 * .minute, "the clock waits at 00:55, where the static run stopped too")
        player.press(.character("e"))
        #expect(player.progress.step == 5)
        let comparison = player.progress.comparison(player.snapshot)
        #expect(comparison.count == 2)
        #expect(
            comparison[0].hasPrefix(
                "static margin: $\(NumberFormat.compact(staticLiquidated)) liquidated, MMR at most "))
        #expect(comparison[1].hasPrefix("predictive margin: $"))
        let card = player.progress.text(snapshot: player.snapshot, state: player.state)
        #expect(card.hasSuffix(comparison.joined(separator: " · ")))
        player.press(.escape, .enter)
        expectCompleted(player)
    }

    /// A short straddle under portfolio margin, hedged with the delta the risk matrix names, is reduced
    /// step by step in the crash instead of closed out.
    @Test func portfolioMargin() throws {
        var player = LessonPlayer(LessonLibrary.named("portfolio-margin")!)
        player.press(.enter, .character(":"))
        player.type("margin portfolio")
        player.press(.enter, .character("3"), .character("s"))
        player.type("0.15")
        player.press(.enter)
        #expect(player.progress.step == 3, "a short call")
        player.press(.right, .character("s"))
        player.type("0.15")
        player.press(.enter)
        #expect(player.progress.step == 4, "a short put")
        player.press(.character("R"))
        #expect(player.progress.step == 5)
        let hedge = try #require(player.snapshot.options?.risk?.hedge)
        player.press(.enter, .character("1"), .character(hedge.lots > 0 ? "b" : "s"))
        player.type(player.snapshot[InstrumentID(0)].instrument.format(Quantity(lots: abs(hedge.lots))))
        player.press(.enter)
        #expect(player.progress.step == 7, "hedged")
        player.wait(atMost: 90 * .minute)
        let lines = player.snapshot.log.filter { $0.kind == .liquidation && $0.isUser }.map(\.text)
        #expect(lines.first?.hasPrefix("Liquidation of YOUR account (portfolio margin: reduced step by step)") == true)
        #expect(lines.contains { $0.hasPrefix("POSITION REDUCED: the engine bought ") })
        #expect(!player.snapshot.account.optionPositions.isEmpty, "reduced, not closed out")
        player.press(.character("e"))
        expectCompleted(player)
    }

    @Test func everyLessonHasAScenarioWithOneMarketAndAtLeastThreeSteps() {
        #expect(LessonLibrary.all.count >= 6)
        #expect(Set(LessonLibrary.names).count == LessonLibrary.all.count)
        for lesson in LessonLibrary.all {
            #expect(lesson.scenario.markets.count == 1 && lesson.steps.count >= 3, "\(lesson.name)")
        }
    }
}

import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// The user's own options, through the engine and the recorder: a fill is logged and answered in
/// the status line, the position shows its mark and Greeks, and expiry settles it with its own log
/// line and reply.
@Suite struct OptionTradeRecordingTests {
    @Test func aBoughtCallIsLoggedHeldAndSettledAtExpiry() throws {
        // Calm with a handful of traders, so eight simulated hours to the first expiry run quickly.
        var scenario = try ScenarioLibrary.named("calm")
        scenario.population = PopulationSetup()
        scenario.population.retailTraders = 0
        scenario.population.noiseTraders = 2
        scenario.population.momentumTraders = 0
        scenario.population.valueTraders = 0
        scenario.population.whales = 0
        scenario.population.arbitrageurs = 0
        scenario.population.marketMakers = 2
        scenario.options?.dealers = 0
        scenario.options?.buyers = 0
        scenario.options?.writers = 0
        var session = EngineSession(scenario: scenario, seed: 7, speed: 1, paused: true, warmUp: 10 * .minute)
        session.handle(.showOptions(OptionChainRequest(underlying: InstrumentID(0))))
        let chain = try #require(session.snapshot().options)
        let expiry = try #require(chain.expiry)
        #expect(chain.risk == nil, "no portfolio-margin risk while nothing is held")
        let call = chain.rows[try #require(chain.atTheMoneyRow)].call
        let mark = try #require(call.mark).price
        // Another account offers the call, so the test does not depend on the dealers' quotes.
        let seller = AccountID(2)
        session.handle(
            .command(
                .place(
                    NewOrder(
                        account: seller, instrument: call.id, clientOrderID: ClientOrderID(1),
                        terms: .limit(.sell, Quantity(lots: 100), at: Price(ticks: mark.ticks * 2))))))
        var state = AppState(themeName: "default-dark")
        session.handle(.command(.place(state.userOrder(.market(.buy, Quantity(lots: 100)), in: call.id))))
        let held = session.snapshot()
        let position = try #require(held.account.optionPositions.first)
        #expect(position.id == call.id && position.position.size == 100)
        #expect(position.greeks.delta > 0.3 && position.greeks.theta < 0)
        let risk = try #require(held.options?.risk, "the engine evaluates the held call by portfolio margin")
        #expect(risk.options == 1 && risk.standardInitialMargin == position.initialMargin)
        #expect(risk.margin.initialMargin > 0 && risk.margin.scenarioPnLs.count == 24)
        let symbol = call.instrument.symbol
        #expect(held.log.contains { $0.isUser && $0.text.hasPrefix("Bought 1.00 \(symbol) at ") })
        #expect(held.replies.contains { $0.text.contains(symbol) && !$0.isError })
        session.advanceSimulated(to: expiry + 2 * .second)
        let settled = session.snapshot()
        #expect(settled.account.optionPositions.isEmpty)
        #expect(settled.options?.risk == nil)
        let line = try #require(settled.log.last { $0.kind == .settlement })
        #expect(line.isUser && line.text.hasPrefix("Expiry: YOUR long 1.00 \(symbol) "))
        #expect(line.text.hasSuffix(" USDC") && line.text.contains(", PnL "))
        #expect(settled.replies.contains { $0.text == line.text })
        #expect(settled.options?.expiry != expiry, "the chain moves on to the next expiry")
    }

    /// The Trade workspace's positions panel lists option positions beside the perpetuals, and the
    /// user's resting option orders among the orders.
    @Test func theTradePanelListsOptionPositionsAndRestingOptionOrders() throws {
        var state = AppState(themeName: "default-dark")
        let call = OptionsMarket.call
        var snapshot = OptionsMarket.snapshot
        snapshot.account.orders.append(
            OrderSnapshot(
                id: OrderID(91), instrument: call.id, side: .sell, price: Price(ticks: 99_999), trigger: nil,
                quantity: Quantity(lots: 30), reduceOnly: false))
        state.workspace = .trade
        var canvas = Canvas(width: 110, height: 6)
        PositionsView.draw(
            ViewContext(snapshot: snapshot, state: state, glyphs: .unicode), in: canvas.bounds, canvas: &canvas)
        let text = canvas.text
        #expect(text.contains("Positions 1 · Orders 1"))
        let symbol = call.instrument.symbol
        #expect(text.contains("\(symbol)") && text.contains("▲LONG") && text.contains("0.50"))
        #expect(text.contains("order #91") && text.contains("9999.9"))
        // At 80 columns the panel is 48 wide: the option's PnL is kept before the liquidation column
        // it has no use for.
        var narrow = Canvas(width: 50, height: 6)
        PositionsView.draw(
            ViewContext(snapshot: snapshot, state: state, glyphs: .unicode), in: narrow.bounds, canvas: &narrow)
        #expect(narrow.text.contains("PnL") && narrow.text.contains(symbol))

        // The engine's snapshot finds an open option order in the option's own book.
        var session = EngineSession(
            scenario: try ScenarioLibrary.named("calm"), seed: 7, speed: 1, paused: true, warmUp: 5 * .minute)
        session.handle(.showOptions(OptionChainRequest(underlying: InstrumentID(0))))
        let listed = try #require(session.snapshot().options)
        let option = listed.rows[try #require(listed.atTheMoneyRow)].call
        session.handle(
            .command(.place(state.userOrder(.limit(.buy, Quantity(lots: 10), at: Price(ticks: 1)), in: option.id))))
        let orders = session.snapshot().account.orders
        #expect(orders.contains { $0.instrument == option.id && $0.quantity == Quantity(lots: 10) })
    }

    /// `:margin portfolio` switches the user's USDC cross margin: the reply confirms it, and the account
    /// panel shows the portfolio's requirement under its own labels.
    @Test func switchingToPortfolioMarginIsConfirmedAndShown() throws {
        var session = EngineSession(
            scenario: try ScenarioLibrary.named("calm"), seed: 7, speed: 1, paused: true, warmUp: 5 * .minute)
        var state = AppState(themeName: "default-dark")
        session.handle(.command(.place(state.userOrder(.market(.buy, Quantity(lots: 100)), in: InstrumentID(0)))))
        let effects = state.runCommand("margin portfolio", snapshot: session.snapshot())
        for case .engine(let request) in effects { session.handle(request) }
        let snapshot = session.snapshot()
        #expect(snapshot.replies.contains { $0.text == "USDC cross margin is now portfolio margin" && !$0.isError })
        #expect(snapshot.account.crossModel == .portfolio)
        #expect(snapshot.account.maintenanceMargin.units > 0)
        state.workspace = .trade
        var canvas = Canvas(width: 40, height: 12)
        AccountView.draw(
            ViewContext(snapshot: snapshot, state: state, glyphs: .unicode), in: canvas.bounds, canvas: &canvas)
        #expect(canvas.text.contains("Portfolio MM") && canvas.text.contains("Portfolio IM"))
        #expect(canvas.text.contains("Above MM") && !canvas.text.contains("To liquidation"))
        // The positions table gives the perpetual no liquidation price or leverage of its own.
        var table = Canvas(width: 110, height: 6)
        PositionsView.draw(
            ViewContext(snapshot: snapshot, state: state, glyphs: .unicode), in: table.bounds, canvas: &table)
        #expect(table.text.contains("portfolio") && !table.text.contains("10x cross") && !table.text.contains("none"))
        // The explain panel gives the engine's scenario arithmetic instead of a liquidation price.
        let group = try #require(snapshot.account.portfolioGroups.first)
        #expect(group.underlying == InstrumentID(0))
        let explained = ExplainView.lines(ViewContext(snapshot: snapshot, state: state, glyphs: .unicode)).map(\.text)
        #expect(explained.first?.hasPrefix("Portfolio margin") == true)
        #expect(explained.contains { $0.hasPrefix("binding scenario: spot -16%") })
        #expect(explained.contains { $0.hasPrefix("IM = max(scan risk, min delta risk) = ") })
        #expect(!explained.contains { $0.contains("liquidation price") })
    }
}

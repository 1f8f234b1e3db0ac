import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// The explain panel, the what-if panel and the ticket preview show the engine's own numbers.
@Suite struct ExplainAndPreviewTests {
    /// A real exchange with the user long (isolated or cross) at several sizes (so several tiers).
    private func engineState(mode: MarginMode, lots: Int64) throws -> (Exchange, PositionRisk) {
        var exchange = Exchange()
        let btc = InstrumentID(0)
        let user = World.userAccount
        let maker = AccountID(2)
        _ = exchange.apply(.oracle(btc, [OracleQuote(source: 0, price: Price(ticks: 600_000), time: 0)]))
        _ = exchange.apply(.deposit(user, .usdc, Money(units: 2_000_000 * 1_000_000)))
        _ = exchange.apply(.deposit(maker, .usdc, Money(units: 50_000_000 * 1_000_000)))
        _ = exchange.apply(.setMarginMode(user, btc, mode))
        _ = exchange.apply(.setLeverage(user, btc, 10))
        _ = exchange.apply(
            .place(
                NewOrder(
                    account: maker, instrument: btc, clientOrderID: ClientOrderID(1),
                    terms: .limit(.sell, Quantity(lots: lots), at: Price(ticks: 600_000)))))
        _ = exchange.apply(
            .place(
                NewOrder(
                    account: user, instrument: btc, clientOrderID: ClientOrderID(1),
                    terms: .market(.buy, Quantity(lots: lots)))))
        return (exchange, try #require(exchange.risk(of: user, in: btc)))
    }

    private func context(_ risk: PositionRisk, _ position: Position) -> ViewContext {
        var snapshot = SnapshotFixture.snapshot()
        snapshot.account.positions = [
            PositionSnapshot(
                instrument: InstrumentID(0), position: position, risk: risk, deleveragingLevel: 2,
                fundingPerInterval: .zero)
        ]
        return ViewContext(snapshot: snapshot, state: AppState(themeName: "default-dark"), glyphs: .unicode)
    }

    @Test(arguments: [(MarginMode.isolated, Int64(500)), (.cross, 500), (.isolated, 40_000), (.cross, 40_000)])
    func theExplainPanelShowsTheEnginesDerivations(mode: MarginMode, lots: Int64) throws {
        let (exchange, risk) = try engineState(mode: mode, lots: lots)
        let position = exchange.account(World.userAccount)!.positions[InstrumentID(0)]
        let lines = ExplainView.lines(context(risk, position)).map(\.text)
        for derivation in risk.derivations {
            #expect(lines.contains("\(derivation.name) = \(derivation.formula)"))
            #expect(lines.contains("    = \(derivation.substituted) = \(derivation.result)"))
        }
        let tier = (Instrument.btcPerp.tiers.tiers.firstIndex(of: risk.tier) ?? 0) + 1
        #expect(lines[0].contains("tier \(tier)"))
        #expect(tier == (lots == 500 ? 1 : 4))
    }

    @Test func whatIfAtTheEnginesLiquidationPriceTriggersAndOneTickBeforeDoesNot() throws {
        let (exchange, risk) = try engineState(mode: .isolated, lots: 500)
        let position = exchange.account(World.userAccount)!.positions[InstrumentID(0)]
        let snapshot = PositionSnapshot(
            instrument: InstrumentID(0), position: position, risk: risk, deleveragingLevel: nil,
            fundingPerInterval: .zero)
        let liquidation = try #require(risk.liquidationPrice)
        let at = WhatIf(mark: liquidation, leverage: 10, mode: .isolated).risk(of: snapshot, accountWallet: .zero)
        let above = WhatIf(mark: liquidation.offset(by: 1), leverage: 10, mode: .isolated)
            .risk(of: snapshot, accountWallet: .zero)
        #expect(at.marginRatio.map { $0.units >= Rate.one } ?? true)
        #expect(above.marginRatio.map { $0.units < Rate.one } == true)
        #expect(at.liquidationPrice == liquidation)
    }

    @Test func theTicketPreviewMatchesTheEngineAfterTheFill() throws {
        let (exchange, risk) = try engineState(mode: .isolated, lots: 500)
        var market = InstrumentSnapshot(id: InstrumentID(0), instrument: .btcPerp)
        market.mark = Price(ticks: 600_000)
        market.depth = BookDepth(
            bids: [],
            asks: [
                DepthLevel(
                    price: Price(ticks: 600_000), quantity: Quantity(lots: 500), orderCount: 1,
                    cumulativeQuantity: Quantity(lots: 500), holdsAccountOrder: false)
            ])
        let order = NewOrder(
            account: World.userAccount, instrument: InstrumentID(0), clientOrderID: ClientOrderID(1),
            terms: .market(.buy, Quantity(lots: 500)))
        let preview = try #require(
            TicketPreview(terms: order.terms, leverage: 10, mode: .isolated, market: market, account: AccountSnapshot())
        )
        let position = exchange.account(World.userAccount)!.positions[InstrumentID(0)]
        #expect(preview.fee == position.feesPaid)
        #expect(preview.margin == Money(units: 3_000_000_000))
        #expect(preview.risk?.liquidationPrice == risk.liquidationPrice)
    }

    /// Issue 12's numbers: long 0.5 at 63,658 (10x cross, 10,000 USDC), a sell limit of 0.2 at
    /// 64,000 resting as maker. The preview must show the liquidation price the position has after
    /// the fill (its realised PnL in the wallet), not one from the wallet before it.
    @Test func aReducingOrdersPreviewMatchesThePositionAfterItsFill() throws {
        var exchange = Exchange()
        let btc = InstrumentID(0)
        let user = World.userAccount
        let maker = AccountID(2)
        _ = exchange.apply(.oracle(btc, [OracleQuote(source: 0, price: Price(ticks: 636_580), time: 0)]))
        _ = exchange.apply(.deposit(user, .usdc, Money(units: 10_000_000_000)))
        _ = exchange.apply(.deposit(maker, .usdc, Money(units: 50_000_000 * 1_000_000)))
        _ = exchange.apply(
            .place(
                NewOrder(
                    account: maker, instrument: btc, clientOrderID: ClientOrderID(1),
                    terms: .limit(.sell, Quantity(lots: 500), at: Price(ticks: 636_580)))))
        _ = exchange.apply(
            .place(
                NewOrder(
                    account: user, instrument: btc, clientOrderID: ClientOrderID(1),
                    terms: .market(.buy, Quantity(lots: 500)))))
        let holder = try #require(exchange.account(user))
        let before = try #require(exchange.risk(of: user, in: btc))
        var market = InstrumentSnapshot(id: btc, instrument: .btcPerp)
        market.mark = before.input.mark
        market.depth = BookDepth(
            bids: [
                DepthLevel(
                    price: Price(ticks: 636_500), quantity: Quantity(lots: 500), orderCount: 1,
                    cumulativeQuantity: Quantity(lots: 500), holdsAccountOrder: false)
            ], asks: [])
        var account = AccountSnapshot(wallet: holder.wallets[.primary])
        account.positions = [
            PositionSnapshot(
                instrument: btc, position: holder.positions[btc], risk: before, deleveragingLevel: nil,
                fundingPerInterval: .zero)
        ]
        let sell = NewOrder(
            account: user, instrument: btc, clientOrderID: ClientOrderID(1),
            terms: .limit(.sell, Quantity(lots: 200), at: Price(ticks: 640_000)))
        let preview = try #require(
            TicketPreview(terms: sell.terms, leverage: 10, mode: .cross, market: market, account: account))

        _ = exchange.apply(.place(sell))
        _ = exchange.apply(
            .place(
                NewOrder(
                    account: maker, instrument: btc, clientOrderID: ClientOrderID(1),
                    terms: .market(.buy, Quantity(lots: 200)))))
        let after = try #require(exchange.risk(of: user, in: btc))
        #expect(exchange.account(user)?.positions[btc].size == 300)
        #expect(preview.resultingSize == 300)
        #expect(preview.fee == exchange.account(user)!.positions[btc].feesPaid - holder.positions[btc].feesPaid)
        #expect(preview.risk?.liquidationPrice == after.liquidationPrice)
        #expect(preview.risk?.liquidationPrice.map(Instrument.btcPerp.format) == "30279.3")
    }

    /// F2 in the ticket explains the position the order would leave, from the same preview the
    /// ticket shows; Esc goes back to the ticket as it was.
    @Test func f2ExplainsTheTicketsPreviewAndEscReturnsToTheTicket() throws {
        let snapshot = SnapshotFixture.snapshot()
        var state = AppState(themeName: "default-dark")
        _ = state.handle(.character("s"), snapshot: snapshot, visible: AppState.Panel.allCases)
        for character in "0.25" {
            _ = state.handle(.character(character), snapshot: snapshot, visible: AppState.Panel.allCases)
        }
        guard case .ticket(let ticket) = state.overlay else {
            Issue.record("no ticket")
            return
        }
        _ = state.handle(.function(2), snapshot: snapshot, visible: AppState.Panel.allCases)
        guard case .explainTicket(let explained) = state.overlay else {
            Issue.record("F2 did not open the explain panel")
            return
        }
        #expect(explained == ticket)
        let context = ViewContext(snapshot: snapshot, state: state, glyphs: .unicode)
        let preview = try #require(ticket.preview(market: context.market, account: snapshot.account))
        let risk = try #require(preview.risk)
        let text = ExplainView.lines(ticket, context).map(\.text).joined(separator: "\n")
        for derivation in risk.derivations {
            #expect(text.contains("\(derivation.name) = \(derivation.formula)"))
            #expect(text.contains("= \(derivation.substituted) = \(derivation.result)"))
        }
        #expect(text.contains("If the order filled now at \(risk.input.instrument.format(preview.fillPrice))"))
        _ = state.handle(.escape, snapshot: snapshot, visible: AppState.Panel.allCases)
        guard case .ticket(let back) = state.overlay else {
            Issue.record("Esc did not return to the ticket")
            return
        }
        #expect(back == ticket)
    }
}

import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// Keys and `:` commands turn into the engine commands a user means, and nothing else.
@Suite struct AppReducerTests {
    private let snapshot = SnapshotFixture.snapshot()
    private let visible = AppState.Panel.allCases

    private func commands(_ effects: [AppEffect]) -> [Command] {
        effects.compactMap { if case .engine(.command(let command)) = $0 { command } else { nil } }
    }

    private func type(_ text: String, into state: inout AppState) -> [AppEffect] {
        var effects: [AppEffect] = []
        for character in text { effects += state.handle(.character(character), snapshot: snapshot, visible: visible) }
        return effects
    }

    @Test func aTicketTypedWithKeysPlacesAMarketBuy() {
        var state = AppState(themeName: "default-dark")
        #expect(state.handle(.character("b"), snapshot: snapshot, visible: visible).isEmpty)
        guard case .ticket(let ticket) = state.overlay else {
            Issue.record("no ticket")
            return
        }
        #expect(ticket.side == .buy && ticket.leverage == 10 && ticket.field == .size)
        _ = type("0.25", into: &state)
        let effects = state.handle(.enter, snapshot: snapshot, visible: visible)
        #expect(state.overlay == nil)
        #expect(
            commands(effects) == [
                .place(
                    NewOrder(
                        account: World.userAccount, instrument: InstrumentID(0), clientOrderID: ClientOrderID(1),
                        terms: .market(.buy, Quantity(lots: 250))))
            ])
    }

    @Test func aLimitSellTicketWithOtherLeverageSetsLeverageFirst() {
        var state = AppState(themeName: "default-dark")
        _ = state.handle(.character("s"), snapshot: snapshot, visible: visible)
        _ = type("0.1", into: &state)
        _ = state.handle(.up, snapshot: snapshot, visible: visible)
        _ = state.handle(.right, snapshot: snapshot, visible: visible)
        _ = state.handle(.tab, snapshot: snapshot, visible: visible)
        _ = state.handle(.tab, snapshot: snapshot, visible: visible)
        for _ in 0..<9 { _ = state.handle(.backspace, snapshot: snapshot, visible: visible) }
        _ = type("65000", into: &state)
        // Past the time in force, to the leverage.
        _ = state.handle(.tab, snapshot: snapshot, visible: visible)
        _ = state.handle(.tab, snapshot: snapshot, visible: visible)
        _ = state.handle(.right, snapshot: snapshot, visible: visible)
        let sent = commands(state.handle(.enter, snapshot: snapshot, visible: visible))
        #expect(
            sent == [
                .setLeverage(World.userAccount, InstrumentID(0), 15),
                .place(
                    NewOrder(
                        account: World.userAccount, instrument: InstrumentID(0), clientOrderID: ClientOrderID(1),
                        terms: .limit(.sell, Quantity(lots: 100), at: Price(ticks: 650_000)))),
            ])
    }

    @Test func escapeCancelsATicketWithoutSendingAnything() {
        var state = AppState(themeName: "default-dark")
        _ = state.handle(.character("b"), snapshot: snapshot, visible: visible)
        _ = type("1", into: &state)
        #expect(state.handle(.escape, snapshot: snapshot, visible: visible).isEmpty)
        #expect(state.overlay == nil)
    }

    @Test func aBadSizeKeepsTheTicketOpenAndSaysWhy() {
        var state = AppState(themeName: "default-dark")
        _ = state.handle(.character("b"), snapshot: snapshot, visible: visible)
        _ = type("0.0005", into: &state)
        #expect(state.handle(.enter, snapshot: snapshot, visible: visible).isEmpty)
        #expect(state.status?.isError == true)
        #expect(state.status?.text.contains("0.001") == true)
        guard case .ticket = state.overlay else {
            Issue.record("the ticket closed")
            return
        }
    }

    @Test(arguments: [
        (
            "buy 0.5",
            Command.place(
                NewOrder(
                    account: World.userAccount, instrument: InstrumentID(0), clientOrderID: ClientOrderID(1),
                    terms: .market(.buy, Quantity(lots: 500))))
        ),
        (
            "sell 0.25 limit 64000",
            .place(
                NewOrder(
                    account: World.userAccount, instrument: InstrumentID(0), clientOrderID: ClientOrderID(1),
                    terms: .limit(.sell, Quantity(lots: 250), at: Price(ticks: 640_000))))
        ),
        (
            "buy 1 stop 65000",
            .place(
                NewOrder(
                    account: World.userAccount, instrument: InstrumentID(0), clientOrderID: ClientOrderID(1),
                    terms: .stop(
                        .buy, Quantity(lots: 1_000),
                        trigger: StopCondition(triggerPrice: Price(ticks: 650_000), reference: .mark))))
        ),
        (
            "close",
            .place(
                NewOrder(
                    account: World.userAccount, instrument: InstrumentID(0), clientOrderID: ClientOrderID(1),
                    terms: .market(.sell, Quantity(lots: 500), reduceOnly: true)))
        ),
        ("lev 25", .setLeverage(World.userAccount, InstrumentID(0), 25)),
        ("mode isolated", .setMarginMode(World.userAccount, InstrumentID(0), .isolated)),
        ("margin +200", .adjustIsolatedMargin(World.userAccount, InstrumentID(0), Money(units: 200_000_000))),
        ("margin -50.5", .adjustIsolatedMargin(World.userAccount, InstrumentID(0), Money(units: -50_500_000))),
        ("cancel all", .cancelAll(World.userAccount, nil)),
        ("margin portfolio", .setCrossMarginModel(World.userAccount, .usdc, .portfolio)),
        ("margin Standard", .setCrossMarginModel(World.userAccount, .usdc, .standard)),
    ])
    func commandLineFormsBecomeCommands(text: String, expected: Command) {
        var state = AppState(themeName: "default-dark")
        #expect(commands(state.runCommand(text, snapshot: snapshot)) == [expected])
        #expect(state.status?.isError != true)
    }

    @Test(arguments: [
        "buy", "buy x", "sell 1 limit", "sell 1 market 5", "lev ten", "mode both", "margin", "margin folio", "dance",
    ])
    func badCommandsChangeNothingAndSayWhy(text: String) {
        var state = AppState(themeName: "default-dark")
        #expect(state.runCommand(text, snapshot: snapshot).isEmpty)
        #expect(state.status?.isError == true)
    }

    @Test func speedKeysStepThroughTheLadderAndSpaceTogglesPause() {
        var state = AppState(themeName: "default-dark")
        let faster = state.handle(.character(">"), snapshot: snapshot, visible: visible)
        guard case .engine(.setSpeed(let speed)) = faster.first else {
            Issue.record("no speed change")
            return
        }
        #expect(speed == 2)
        guard case .engine(.setPaused(true)) = state.handle(.character(" "), snapshot: snapshot, visible: visible).first
        else {
            Issue.record("no pause")
            return
        }
    }

    @Test func quitAsksWhenAPositionIsOpen() {
        var state = AppState(themeName: "default-dark")
        _ = state.handle(.character("q"), snapshot: snapshot, visible: visible)
        #expect(!state.shouldQuit)
        guard case .confirm(.quit) = state.overlay else {
            Issue.record("no question")
            return
        }
        _ = state.handle(.character("y"), snapshot: snapshot, visible: visible)
        #expect(state.shouldQuit)
    }

    @Test func tabCyclesOnlyThroughVisiblePanels() {
        var state = AppState(themeName: "default-dark")
        let shown: [AppState.Panel] = [.book, .chart, .account]
        state.focus = .chart
        _ = state.handle(.tab, snapshot: snapshot, visible: shown)
        #expect(state.focus == .account)
        _ = state.handle(.tab, snapshot: snapshot, visible: shown)
        #expect(state.focus == .book)
        _ = state.handle(.backTab, snapshot: snapshot, visible: shown)
        #expect(state.focus == .account)
    }

    @Test func everyBindingAppearsInHelp() {
        let help = KeyMap.standard.helpSections.flatMap(\.1).map(\.key)
        for binding in KeyMap.standard.bindings { #expect(help.contains(binding.label)) }
    }

    @Test func aClickFocusesThePanelUnderItAndTheWheelScrollsAnOverlay() throws {
        var state = AppState(themeName: "default-dark")
        let layout = try #require(DashboardLayout(width: 160, height: 48))
        let book = try #require(layout.panels.first { $0.panel == .book }?.rect)
        _ = state.handleMouse(x: book.x + 3, y: book.y + 5, action: .click, layout: layout, snapshot: snapshot)
        #expect(state.focus == .book)
        let positions = try #require(layout.panels.first { $0.panel == .positions }?.rect)
        _ = state.handleMouse(
            x: positions.x + 2, y: positions.y + 2, action: .click, layout: layout, snapshot: snapshot)
        #expect(state.focus == .positions && state.selectedRow == 0)
        state.overlay = .glossary(0)
        _ = state.handleMouse(x: 10, y: 10, action: .wheelDown, layout: layout, snapshot: snapshot)
        _ = state.handleMouse(x: 10, y: 10, action: .wheelDown, layout: layout, snapshot: snapshot)
        _ = state.handleMouse(x: 10, y: 10, action: .wheelUp, layout: layout, snapshot: snapshot)
        guard case .glossary(let offset) = state.overlay else {
            Issue.record("the glossary closed")
            return
        }
        #expect(offset == 1)
        _ = state.handleMouse(x: book.x + 3, y: book.y + 5, action: .click, layout: layout, snapshot: snapshot)
        #expect(state.focus == .positions, "clicks do not reach panels under an overlay")
    }
}

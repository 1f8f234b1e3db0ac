import Foundation
import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// Workspace `3`: the chain of one expiry with the at-the-money strike and the user's positions
/// marked, the smile, option positions with Greeks and the payoff; keys pick a strike, a side and an
/// expiry and open a ticket whose order trades the picked option.
@Suite struct OptionsWorkspaceTests {
    private func screen(_ context: ViewContext, width: Int = 160, height: Int = 48) throws -> Canvas {
        let layout = try #require(DashboardLayout(width: width, height: height))
        var canvas = Canvas(width: width, height: height)
        DashboardScreen.draw(context, layout: layout, canvas: &canvas)
        return canvas
    }

    /// Time left keeps its minutes past a day: the explain panel turns it into the years it prices with.
    @Test func timeLeftKeepsItsMinutes() {
        let left = 31 * SimTime.hour + 59 * SimTime.minute + 52 * SimTime.second
        #expect(OptionFormat.timeLeft(left) == "1d 07h 59m")
        #expect(OptionFormat.timeLeft(5 * SimTime.hour + 12 * SimTime.minute) == "5h 12m")
        #expect(OptionFormat.timeLeft(14 * SimTime.minute + 59 * SimTime.second) == "14m")
        #expect(OptionFormat.timeLeft(-SimTime.second) == "0m")
    }

    @Test func threeOpensOptionsAndAsksForTheShownUnderlyingsChain() {
        var state = AppState(themeName: "default-dark")
        #expect(state.optionChainRequest == nil, "no chain is built while Options is closed")
        _ = state.handle(.character("3"), snapshot: OptionsMarket.snapshot, visible: [])
        #expect(state.workspace == .options)
        #expect(state.optionChainRequest == OptionChainRequest(underlying: InstrumentID(0)))
        let help = KeyMap.standard.helpSections
        #expect(help.contains { $0.0 == "Options" && $0.1.contains { $0.key == "f/F" } })
    }

    @Test func theChainShowsStrikesQuotesTheAtTheMoneyStrikeAndTheUsersPosition() throws {
        let chain = try #require(OptionsMarket.snapshot.options)
        #expect(chain.rows.count >= 10, "a chain of strikes around the index")
        #expect(chain.expiries.count >= 4)
        let canvas = try screen(OptionsMarket.context())
        #expect(canvas.row(0).contains("[3 Options]"))
        let strike = DisplayFormat.grouped(
            OptionsMarket.call.instrument.format(OptionsMarket.call.instrument.option!.strike))
        let atm = try #require(canvas.find("▸\(strike)◂"), "the at-the-money strike is marked by glyphs")
        #expect(canvas.row(atm.y).contains("●"), "the user's call is marked on its row")
        #expect(canvas.find("Strike") != nil && canvas.find("IV") != nil && canvas.find("Δ") != nil)
        #expect(canvas.find("Smile \(chain.expiryCode)") != nil)
        #expect(canvas.find("Payoff \(OptionsMarket.call.instrument.symbol)") != nil)
        let symbol = OptionsMarket.call.instrument.symbol
        let rows = (0..<canvas.height).map(canvas.row)
        #expect(rows.contains { $0.contains(symbol) && $0.contains("+0.50") }, "the option positions panel lists it")
        #expect(canvas.find("Net BTC options: Δ +0.") != nil, "the book's Greeks sum the position's")
    }

    @Test func keysPickAStrikeASideAndAnExpiry() throws {
        let snapshot = OptionsMarket.snapshot
        let chain = try #require(snapshot.options)
        var state = OptionsMarket.context().state
        let atm = try #require(chain.atTheMoneyRow)
        for key in [Key.up, .character("l"), .character("f")].prefix(2) {
            _ = state.handle(key, snapshot: snapshot, visible: [])
        }
        #expect(state.options.row == atm - 1 && state.options.right == .put)
        _ = state.handle(.character("f"), snapshot: snapshot, visible: [])
        #expect(state.options.expiry == chain.expiries[1] && state.options.row == nil)
        _ = state.handle(.character("F"), snapshot: snapshot, visible: [])
        #expect(state.options.expiry == chain.expiries[0])
        _ = state.handle(.character("z"), snapshot: snapshot, visible: [])
        #expect(state.overlay == nil && state.status == nil, "an unknown key does nothing")
    }

    @Test func bOpensATicketForThePickedCallAndEnterPlacesItsOrder() throws {
        let snapshot = OptionsMarket.snapshot
        var state = OptionsMarket.context().state
        _ = state.handle(.character("b"), snapshot: snapshot, visible: [])
        guard case .ticket(let ticket) = state.overlay else { throw TicketMissing() }
        #expect(ticket.option == OptionsMarket.call.id)
        #expect(!ticket.fields.contains(.leverage) && !ticket.fields.contains(.mode))
        let canvas = try screen(ViewContext(snapshot: snapshot, state: state, glyphs: .unicode))
        #expect(canvas.find("Buy \(OptionsMarket.call.instrument.symbol)") != nil)
        #expect(canvas.find("Leverage") == nil)
        _ = state.handle(.character("1"), snapshot: snapshot, visible: [])
        let shown = try screen(ViewContext(snapshot: snapshot, state: state, glyphs: .unicode))
        #expect(shown.find("USDC (standard)") != nil, "the preview shows the standard margin")
        #expect(shown.find("After: Δ Γ") != nil, "and the position's Greeks after the fill")
        let effects = state.handle(.enter, snapshot: snapshot, visible: [])
        guard case .engine(.command(.place(let order))) = effects.last else { throw TicketMissing() }
        #expect(order.instrument == OptionsMarket.call.id)
        #expect(order.terms.quantity == Quantity(lots: 100) && order.terms.side == .buy)
        #expect(effects.count == 1, "no leverage or margin mode command for an option")
    }

    @Test func theCommandLineBuysAnOptionByItsName() throws {
        let snapshot = OptionsMarket.snapshot
        let call = OptionsMarket.call
        var state = AppState(themeName: "default-dark")
        let effects = state.runCommand("buy 1 \(call.instrument.symbol.lowercased()) limit 1200", snapshot: snapshot)
        guard case .engine(.command(.place(let order))) = effects.first else { throw TicketMissing() }
        #expect(order.instrument == call.id)
        #expect(order.terms.limit == Price(ticks: 12_000) && order.terms.quantity == Quantity(lots: 100))
        #expect(state.status?.text == "Sent buy 1.00 \(call.instrument.symbol)")
        _ = state.runCommand("buy 1 BTC-1JAN99-1-C", snapshot: snapshot)
        #expect(state.status?.isError == true && state.status?.text.contains("no listed instrument") == true)
        _ = state.runCommand("buy 1 \(call.instrument.symbol) stop 1200", snapshot: snapshot)
        #expect(state.status?.text.contains("no stop") == true)
    }

    @Test func explainShowsTheOptionsFormulasWithLiveInputs() throws {
        var context = OptionsMarket.context()
        context.state.overlay = .explain
        let lines = ExplainView.lines(context).map(\.text)
        #expect(lines.first?.hasPrefix(OptionsMarket.call.instrument.symbol) == true)
        #expect(lines.contains("d1 = [ln(F/K) + σ²T/2] / (σ√T)"))
        #expect(lines.contains { $0.hasPrefix("short call: IM = max(0.15·S − OTM, 0.10·S) + mark") })
        #expect(lines.contains { $0.hasPrefix("Your position: +0.5000 contracts") })
    }

    @Test(arguments: NoTruncationTests.sizes) func noNumberIsCut(size: (Int, Int)) throws {
        let canvas = try screen(OptionsMarket.context(), width: size.0, height: size.1)
        let chain = try #require(OptionsMarket.snapshot.options)
        let underlying = OptionsMarket.snapshot.instruments[0].instrument
        let values =
            chain.rows.map { DisplayFormat.grouped(underlying.format($0.strike)) }
            + [DisplayFormat.grouped(underlying.format(chain.index!))]
        #expect(truncations(of: values, in: canvas).isEmpty, "\(truncations(of: values, in: canvas))")
        #expect(canvas.find("Strike") != nil)
        #expect(canvas.row(size.1 - 1).contains("? help  q quit"))
    }

    /// The whole Options screen at 80×24 and 160×48, against `Golden/WIDTHxHEIGHT/options.txt`.
    @Test(arguments: [(width: 80, height: 24), (width: 160, height: 48)])
    func theScreenMatchesItsGoldenFile(width: Int, height: Int) throws {
        let canvas = try screen(OptionsMarket.context(), width: width, height: height)
        let file = PanelGoldenTests.folder.appendingPathComponent("\(width)x\(height)/options.txt")
        if let failure = GoldenFile.check(canvas.golden, against: file) { Issue.record(Comment(rawValue: failure)) }
    }

    struct TicketMissing: Error {}
}

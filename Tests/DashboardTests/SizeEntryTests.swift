import Testing

@testable import CascadeCore
@testable import Dashboard
@testable import TerminalKit

/// A size is written in base units (`0.5`), as USDC notional (`$5000`) or as a share of the
/// available balance (`25%`), in the ticket and on the command line; it converts in fixed point,
/// rounds down to whole lots, and anything it cannot be says so with the input named.
@Suite struct SizeEntryTests {
    private let btc = Instrument.btcPerp
    /// 64,000.0 USD: one 0.001 BTC lot is worth 64 USDC.
    private let price = Price(ticks: 640_000)
    private let available = Money(units: 9_000_000_000)

    private func lots(_ text: String, at price: Price? = Price(ticks: 640_000), leverage: Int = 10) throws -> Int64 {
        try SizeEntry(parsing: text, on: btc).quantity(
            on: btc, at: price, available: available, leverage: leverage, text: text
        ).get().lots
    }

    private func refusal(_ text: String, on instrument: Instrument = .btcPerp, at price: Price? = Price(ticks: 640_000))
        -> String?
    {
        do throws(TicketError) {
            _ = try SizeEntry(parsing: text, on: instrument).quantity(
                on: instrument, at: price, available: available, leverage: 10, text: text
            ).get()
            return nil
        } catch {
            return error.description
        }
    }

    @Test func theThreeFormsConvertToWholeLotsRoundingDown() throws {
        #expect(try SizeEntry(parsing: "0.5", on: btc) == .base(Quantity(lots: 500)))
        #expect(try SizeEntry(parsing: "$5000", on: btc) == .notional(Money(units: 5_000_000_000)))
        #expect(try SizeEntry(parsing: "25%", on: btc) == .share(Rate(units: 25_000_000)))
        #expect(try lots("0.5") == 500)
        // 5,000 USDC ÷ 64 USDC a lot = 78.125 lots.
        #expect(try lots("$5000") == 78)
        // 25% of 9,000 as margin at 10x: 22,500 USDC of notional = 351.56 lots.
        #expect(try lots("25%") == 351)
        #expect(try lots("12.5%", leverage: 1) == 17)
        #expect(try lots("100%") == 1_406)
    }

    @Test(arguments: [
        ("0.0005", "size '0.0005' must be a positive multiple of 0.001"),
        ("-1", "size '-1' must be a positive multiple of 0.001"),
        ("1e5", "size '1e5' must be a positive multiple of 0.001"),
        ("99999999999999999999", "size '99999999999999999999' is too large"),
        ("$99999999999999999999", "size '$99999999999999999999' is too large"),
        ("$9000000000000", "size '$9000000000000' is too large"),
        ("9000000000", "size '9000000000' is too large"),
        ("$abc", "size '$abc' is not an amount of USDC ('abc' is not a decimal number)"),
        ("$0", "size '$0' must be more than 0 USDC"),
        ("$10", "size '$10' is less than one lot (0.001 at 64000.0)"),
        ("150%", "size '150%' must be a share above 0% and at most 100% of the available balance"),
        ("0%", "size '0%' must be a share above 0% and at most 100% of the available balance"),
        ("x%", "size 'x%' must be a share above 0% and at most 100% of the available balance"),
    ])
    func everyMistakeNamesTheInputAndNeverTraps(text: String, message: String) {
        #expect(refusal(text) == message)
    }

    @Test func notionalAndShareNeedAPriceAndDollarsNeedAUsdcContract() {
        #expect(refusal("$5000", at: nil) == "size '$5000' needs a price: the book is empty")
        #expect(refusal("25%", at: nil) == "size '25%' needs a price: the book is empty")
        #expect(refusal("0.5", at: nil) == nil, "a base size needs no price")
        #expect(
            refusal("$5000", on: .btcUsdInverse)
                == "size '$5000': $ sizes are for USDC contracts; give BTC-USD-INV in contracts")
    }

    @Test func thePreviewShowsTheSizeAllThreeWays() {
        let forms = TicketView.sizeForms(
            Quantity(lots: 351), notional: btc.notional(of: 351, at: price), btc, available: available, leverage: 10)
        #expect(forms == "0.351 BTC = 22,464.00 USDC = 25.0% avail.")
        #expect(
            TicketView.sizeForms(
                Quantity(lots: 1), notional: Money(units: 64_000_000), btc, available: .zero, leverage: 10)
                == "0.001 BTC = 64.00 USDC, no balance available")
    }

    @Test func theTicketTakesDollarsAndShowsTheConvertedSize() throws {
        let snapshot = SnapshotFixture.snapshot()
        var state = AppState(themeName: "default-dark")
        for key: Key in [.character("b"), .character("$"), .character("5"), .character("0"), .character("0")] {
            _ = state.handle(key, snapshot: snapshot, visible: AppState.Panel.allCases)
        }
        guard case .ticket(let ticket) = state.overlay else {
            Issue.record("no ticket")
            return
        }
        var canvas = Canvas(width: 80, height: 24)
        TicketView.draw(
            ticket, ViewContext(snapshot: snapshot, state: state, glyphs: .unicode), in: canvas.bounds, canvas: &canvas)
        let text = (0..<24).map { canvas.row($0) }.joined(separator: "\n")
        // 500 USDC at the best ask, 64001.0: 7.81 lots.
        #expect(text.contains("Size ($, %)   ‹ $500 ›"), "\(text)")
        #expect(text.contains("Size          0.007 BTC = 448.01 USDC = "), "\(text)")
        let effects = state.handle(.enter, snapshot: snapshot, visible: AppState.Panel.allCases)
        let placed = effects.compactMap { effect -> OrderTerms? in
            if case .engine(.command(.place(let order))) = effect { order.terms } else { nil }
        }
        #expect(placed == [.market(.buy, Quantity(lots: 7))])
    }

    @Test(arguments: [
        ("buy $5000", OrderTerms.market(.buy, Quantity(lots: 78))),
        ("sell $5000 limit 62500", .limit(.sell, Quantity(lots: 80), at: Price(ticks: 625_000))),
        ("buy 0.25", .market(.buy, Quantity(lots: 250))),
    ])
    func theCommandLineTakesTheSameForms(text: String, expected: OrderTerms) {
        var state = AppState(themeName: "default-dark")
        let placed = state.runCommand(text, snapshot: SnapshotFixture.snapshot()).compactMap {
            effect -> OrderTerms? in
            if case .engine(.command(.place(let order))) = effect { order.terms } else { nil }
        }
        #expect(placed == [expected], "\(String(describing: state.status))")
    }

    @Test func aShareOnTheCommandLineUsesTheAccountsBalanceAndLeverage() throws {
        let snapshot = SnapshotFixture.snapshot()
        var state = AppState(themeName: "default-dark")
        let effects = state.runCommand("sell 50% limit 64000", snapshot: snapshot)
        guard case .engine(.command(.place(let order))) = effects.first else {
            Issue.record("nothing placed: \(String(describing: state.status))")
            return
        }
        let notional = Int128(snapshot.account.available.units) * 10 / 2
        #expect(order.terms.quantity.lots == Int64(notional / btc.lotValue(at: price)))
        #expect(state.runCommand("buy 200%", snapshot: snapshot).isEmpty)
        #expect(state.status?.text.hasPrefix("size '200%' must be a share") == true)
    }
}

import Testing

@testable import CascadeCore
@testable import Dashboard
@testable import TerminalKit

@Suite("Trades tape panel")
struct TapeViewTests {
    @Test func newestTradesComeFirstWithTimeSideAndSize() throws {
        let canvas = render(TapeView.draw, width: 40, height: 16)
        #expect(canvas.row(1).contains("Time         Price  Size"))
        // Trade 39 (a sell at 58.5 s) is the newest, trade 38 (a buy) the one before it.
        #expect(canvas.row(2).contains("00:00:58 ▼ 64002.0 0.553"))
        #expect(canvas.row(3).contains("00:00:57 ▲ 64001.5 0.516"))
        let sell = try #require(canvas.find("▼"))
        let buy = try #require(canvas.find("▲"))
        #expect(canvas.style(x: sell.x, y: sell.y).role == .sell)
        #expect(canvas.style(x: buy.x, y: buy.y).role == .buy)
        #expect(canvas.style(x: sell.x + 2, y: sell.y).role == .sell, "the price takes the side's role too")
    }

    @Test func liquidationAndOwnTradesAreMarked() throws {
        let canvas = render(TapeView.draw, width: 40, height: 16)
        let liquidation = try #require(canvas.find("00:00:45"))
        #expect(canvas.row(liquidation.y).hasSuffix("0.220 L            │"))
        #expect(canvas.style(x: 26, y: liquidation.y).role == .liquidation)
        let own = try #require(canvas.find("00:00:52"))
        #expect(canvas[27, own.y].character == "◆")
        #expect(canvas.style(x: 27, y: own.y).role == .ownOrder)
        #expect(cells(canvas).filter { $0.cell.style.role == .liquidation }.count == 1)
    }

    @Test func aTradeOfFiveTimesTheMedianSizeStandsOut() throws {
        let plain = render(TapeView.draw, width: 40, height: 16)
        #expect(!cells(plain).contains { $0.cell.style.role == .largeTrade })
        var context = SnapshotFixture.context()
        context.snapshot.instruments[0].trades[37].quantity = Quantity(lots: 5_000)
        let canvas = render(TapeView.draw, context, width: 40, height: 16)
        let size = try #require(canvas.find("5.000"))
        #expect(size.y == 4)
        #expect(canvas.style(x: size.x, y: size.y) == Style(.largeTrade, bold: true))
        #expect(canvas.style(x: size.x - 4, y: size.y).bold, "the price is bold too")
        #expect(!canvas.style(x: size.x, y: size.y + 1).bold)
    }

    @Test func aNarrowTapeDropsTheTimeFirst() {
        let canvas = render(TapeView.draw, width: 20, height: 5)
        #expect(
            canvas.text == """
                ╭ Trades BTC-PERP ─╮
                │    Price  Size   │
                │▼ 64002.0 0.553   │
                │▲ 64001.5 0.516   │
                ╰──────────────────╯
                """)
    }

    @Test func anEmptyTapeSaysSo() {
        var context = SnapshotFixture.context()
        context.snapshot.instruments[0].trades = []
        #expect(render(TapeView.draw, context, width: 30, height: 6).find("no trades yet") != nil)
    }
}

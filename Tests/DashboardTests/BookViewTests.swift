import Testing

@testable import CascadeCore
@testable import Dashboard
@testable import TerminalKit

@Suite("Order book panel")
struct BookViewTests {
    static func context(grouping: Int = 1) -> ViewContext {
        var state = AppState(themeName: "default-dark")
        state.bookGrouping = grouping
        return SnapshotFixture.context(state: state)
    }

    @Test func asksSitAboveTheSpreadRowAndBidsBelowIt() throws {
        let canvas = render(BookView.draw, Self.context(), width: 60, height: 24)
        let spread = try #require(canvas.find("spread 1.0 · 0.16 bps · mark 64001.0"))
        let ask = try #require(canvas.find("64001.0"))
        let bid = try #require(canvas.find("64000.0"))
        #expect(ask.y == spread.y - 1)
        #expect(bid.y == spread.y + 1)
        #expect(canvas.style(x: ask.x, y: ask.y).role == .ask)
        #expect(canvas.style(x: bid.x, y: bid.y).role == .bid)
        // Asks run from the best at the bottom to worse prices above; the header tops the columns.
        #expect(canvas.find("64001.5")?.y == spread.y - 2)
        #expect(canvas.find("63999.5")?.y == spread.y + 2)
        #expect(canvas.row(1).contains("Price  Size  Total"))
        #expect(canvas.row(0).hasPrefix("╭ Book BTC-PERP ─"))
    }

    @Test func depthBarsGrowWithCumulativeSize() throws {
        let canvas = render(BookView.draw, Self.context(), width: 60, height: 24)
        let best = try #require(canvas.find("64000.0"))
        let fifth = try #require(canvas.find("63998.0"))
        let bar = { (y: Int) in canvas.row(y).filter { "▏▎▍▌▋▊▉█".contains($0) }.count }
        #expect(bar(best.y) < bar(fifth.y))
        #expect(canvas.style(x: 58, y: 22).role == .bid, "the deepest shown level fills the row")
    }

    @Test func groupingByTenTicksSumsLevelsAtWholeDollars() throws {
        let canvas = render(BookView.draw, Self.context(grouping: 10), width: 60, height: 24)
        #expect(canvas.row(0).hasPrefix("╭ Book BTC-PERP · by 1.0 ─"))
        // Asks 64001.5 and 64002.0 (0.650 + 0.800) round up to 64002.0; bids 63999.5 and 63999.0 down to 63999.0.
        let ask = try #require(canvas.find("64002.0"))
        let bid = try #require(canvas.find("63999.0"))
        #expect(canvas.row(ask.y).contains("64002.0 1.450  1.950"))
        #expect(canvas.row(bid.y).contains("63999.0 1.450  1.950"))
        #expect(canvas.find("64001.5") == nil && canvas.find("63999.5") == nil)
    }

    @Test func groupingRoundsBidsDownAndAsksUp() {
        let levels = (0..<4).map { step in
            DepthLevel(
                price: Price(ticks: 1_003 + Int64(step) * 4), quantity: Quantity(lots: 1), orderCount: 1,
                cumulativeQuantity: Quantity(lots: Int64(step) + 1), holdsAccountOrder: step == 3)
        }
        let asks = BookView.grouped(levels, by: 10, side: .sell)
        #expect(asks.map(\.price.ticks) == [1_010, 1_020])
        #expect(asks.map(\.quantity.lots) == [2, 2])
        #expect(asks.map(\.cumulativeQuantity.lots) == [2, 4])
        #expect(asks.map(\.holdsAccountOrder) == [false, true])
        #expect(BookView.grouped(levels, by: 10, side: .buy).map(\.price.ticks) == [1_000, 1_010])
        #expect(BookView.grouped(levels, by: 1, side: .buy) == levels)
    }

    @Test func theUsersLevelIsMarked() throws {
        let canvas = render(BookView.draw, Self.context(), width: 60, height: 24)
        let level = try #require(canvas.find("63998.0"))
        #expect(canvas[1, level.y].character == "◆")
        #expect(canvas.style(x: 1, y: level.y).role == .ownOrder)
        #expect(cells(canvas).filter { $0.cell.character == "◆" }.count == 1)
        var ascii = Self.context()
        ascii.glyphs = .ascii
        #expect(render(BookView.draw, ascii, width: 60, height: 24)[1, level.y].character == "*")
    }

    @Test func levelsWhoseSizeChangedFlash() throws {
        var context = Self.context()
        context.previous = context.snapshot
        let steady = render(BookView.draw, context, width: 60, height: 24)
        #expect(!cells(steady).contains { $0.cell.style.role == .flash })
        context.previous?.instruments[0].depth.bids[1].quantity = Quantity(lots: 1)
        context.previous?.instruments[0].depth.asks.removeFirst()
        let canvas = render(BookView.draw, context, width: 60, height: 24)
        let changed = try #require(canvas.find("63999.5"))
        let added = try #require(canvas.find("64001.0"))
        let same = try #require(canvas.find("64000.0"))
        #expect(canvas.style(x: changed.x, y: changed.y).role == .flash)
        #expect(canvas.style(x: added.x, y: added.y).role == .flash)
        #expect(canvas.style(x: same.x, y: same.y).role == .bid)
    }

    @Test func aNarrowPanelKeepsTheInsideMarket() {
        let canvas = render(BookView.draw, Self.context(), width: 20, height: 5)
        #expect(
            canvas.text == """
                ╭ Book BTC-PERP ───╮
                │  64001.0 0.500 ██│
                │ 1.0 0.16bps      │
                │  64000.0 0.500 ██│
                ╰──────────────────╯
                """)
    }

    @Test func anEmptyBookSaysSo() {
        var context = Self.context()
        context.snapshot.instruments[0].depth = .empty
        let canvas = render(BookView.draw, context, width: 40, height: 8)
        #expect(canvas.find("no spread · mark 64001.0") != nil)
    }
}

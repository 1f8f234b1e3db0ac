import CascadeCore
import TerminalKit
import Testing

@testable import Dashboard

@Suite("Order-book ladder view")
struct BookLadderViewTests {
    @Test func asksSitAboveBidsWithGlyphsAndTheUsersLevelsMarked() {
        var book = OrderBook()
        var events: [BookEvent] = []
        let user = AccountID(1)
        book.submit(
            .limit(OrderID(1), account: user, side: .buy, price: Price(ticks: 640_000), quantity: Quantity(lots: 250)),
            events: &events)
        book.submit(
            .limit(
                OrderID(2), account: AccountID(2), side: .buy, price: Price(ticks: 639_995),
                quantity: Quantity(lots: 1_000)), events: &events)
        book.submit(
            .limit(
                OrderID(3), account: AccountID(2), side: .sell, price: Price(ticks: 640_010),
                quantity: Quantity(lots: 5)), events: &events)
        var canvas = Canvas(width: 34, height: 4)
        BookLadderView(instrument: .btcPerp).draw(book.depth(levels: 2, highlighting: user), into: &canvas)
        #expect(
            canvas.text == """

                ▼    64001.0     0.005     0.005
                ▲*   64000.0     0.250     0.250
                ▲    63999.5     1.000     1.250
                """)
    }
}

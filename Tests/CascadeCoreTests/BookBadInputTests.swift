import PropertyBased
import Testing

@testable import CascadeCore

/// `cascade book` input written to break the engine: it never traps, and what it refuses it names.
@Suite("Book scripts with bad input")
struct BookBadInputTests {
    /// A book that accepts any size, so a side's total can be pushed past Int64 with two orders
    /// instead of 9,223,373 orders of 10¹² lots.
    func unboundedBook() -> OrderBook {
        OrderBook(
            configuration: OrderBookConfiguration(
                selfTradePrevention: .off, maximumQuantity: Quantity(lots: .max)))
    }

    func place(_ book: inout OrderBook, _ id: Int64, _ side: Side, _ price: Int64, _ lots: Int64) -> [BookEvent] {
        var events: [BookEvent] = []
        book.submit(
            OrderRequest(
                id: OrderID(id), account: AccountID(0),
                terms: .limit(side, Quantity(lots: lots), at: Price(ticks: price))), events: &events)
        return events
    }

    /// The level total once overflowed and trapped; now the order that would pass it is refused.
    @Test func anOrderThatWouldOverflowItsLevelIsRejected() {
        var book = unboundedBook()
        #expect(place(&book, 1, .buy, 100, .max - 10) == [.accepted(OrderID(1), AccountID(0))])
        #expect(place(&book, 2, .buy, 100, 11) == [.rejected(OrderID(2), .invalidQuantity)])
        // Another level of the same side would overflow the cumulative depth: refused too.
        #expect(place(&book, 3, .buy, 99, 11) == [.rejected(OrderID(3), .invalidQuantity)])
        #expect(place(&book, 4, .buy, 100, 10) == [.accepted(OrderID(4), AccountID(0))])
        #expect(book.depth(of: .buy).map(\.quantity.lots) == [.max])
        // The other side has its own total, and a sell that trades frees room on the bid side.
        #expect(place(&book, 5, .sell, 100, 5).contains { if case .trade = $0 { true } else { false } })
        #expect(place(&book, 6, .buy, 99, 5) == [.accepted(OrderID(6), AccountID(0))])
        #expect(book.depth(of: .buy).last?.cumulativeQuantity.lots == .max)
    }

    @Test func anAmendThatWouldOverflowItsSideIsRejected() {
        var book = unboundedBook()
        _ = place(&book, 1, .sell, 200, .max / 2)
        _ = place(&book, 2, .sell, 201, .max / 2)
        var events: [BookEvent] = []
        book.amend(OrderID(2), price: Price(ticks: 201), quantity: Quantity(lots: .max / 2 + 2), events: &events)
        #expect(events == [.rejected(OrderID(2), .invalidQuantity)])
        events.removeAll()
        book.amend(OrderID(2), price: Price(ticks: 202), quantity: Quantity(lots: .max / 2 + 1), events: &events)
        #expect(events == [.amended(OrderID(2), Price(ticks: 202), Quantity(lots: .max / 2 + 1))])
    }

    /// Editors and `wc -l` end lines at `\n` only; so does the script reader.
    @Test(arguments: ["\u{2028}", "\u{0B}", "\u{0C}", "\u{85}", "\u{2029}", "\r"])
    func onlyLineFeedEndsALine(separator: String) {
        let script = ParsedBookScript(parsing: "L B 1 100 5\(separator)C 1\nC 2\n")
        #expect(script.error?.line == 1)
        #expect(script.commands.isEmpty)
    }

    @Test func crlfStillEndsALine() {
        let script = ParsedBookScript(parsing: "L B 1 100 5\r\nC 1\r\n\r\nC x\r\n")
        #expect(script.commands.count == 2)
        #expect(script.error?.line == 4)
    }

    /// Random scripts of the format's own tokens and of raw bytes: parsing and running never trap,
    /// and an error never carries a control character to the terminal.
    static let tokens = [
        "L", "M", "I", "F", "P", "A", "C", "B", "S", "1", "2", "0", "-1", "100", "9223372036854775807",
        "-9223372036854775808", "1000000000000", "1000000000001", "99999999999999999999", "#", "\n", "\r\n",
        "\u{2028}", "\u{0B}", " ", " ", " ", "\t", "\0", "\u{1B}]0;x\u{07}", "é", "\u{FFFD}",
    ]

    @Test(.shrinking(false)) func randomScriptsOfTokensNeverTrap() async {
        let scripts = Gen.element(of: Self.tokens).array(of: 0...80).map { $0.compactMap { $0 }.joined() }
        await propertyCheck(count: 300, input: scripts) { Self.run($0) }
    }

    @Test(.shrinking(false)) func randomBytesNeverTrap() async {
        let scripts = Gen<UInt8>.value(in: 0...255).array(of: 0...200).map { String(decoding: $0, as: UTF8.self) }
        await propertyCheck(count: 300, input: scripts) { Self.run($0) }
    }

    /// Parses and runs `text` as `cascade book` does, output included.
    static func run(_ text: String) {
        let script = ParsedBookScript(parsing: text)
        var session = BookScriptSession()
        var output = ""
        for command in script.commands {
            session.apply(command)
            session.writeEvents(to: &output)
        }
        session.writeBook(queues: true, to: &output)
        let message = script.error?.description ?? ""
        #expect(!message.unicodeScalars.contains { $0.properties.generalCategory == .control })
    }
}

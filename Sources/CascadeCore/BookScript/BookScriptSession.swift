/// Runs `cascade book` commands against a real order book and writes the format's output lines.
///
/// An id may be used once for a new order, ever: the session remembers every id the book accepted
/// (in an `OrderIDHistory`, which grows without a pause), so reusing the id of a filled or cancelled
/// order is rejected like a live duplicate.
public struct BookScriptSession: Sendable {
    /// The book the script has built so far; `writeBook` prints it.
    public private(set) var book: OrderBook
    private var usedIDs = OrderIDHistory()
    /// The events of the last command; reused between commands.
    public private(set) var events: [BookEvent] = []

    /// An empty book with self-trade prevention off (a script has one account), `expectedOrders` slots
    /// preallocated.
    public init(expectedOrders: Int = 4096) {
        book = OrderBook(
            configuration: OrderBookConfiguration(selfTradePrevention: .off, expectedOrders: expectedOrders))
        events.reserveCapacity(256)
    }

    /// Ids the session remembers as used.
    var usedIDCount: Int { usedIDs.count }

    /// Applies one command; its events replace `events`.
    /// - Complexity: O(1) for the id check, plus the book's own cost.
    public mutating func apply(_ command: BookScriptCommand) {
        events.removeAll(keepingCapacity: true)
        if case .place(let request) = command, usedIDs.contains(request.id.rawValue) {
            events.append(.rejected(request.id, .duplicateOrderID))
            return
        }
        book.apply(command, events: &events)
        if case .place(let request) = command, case .accepted = events.first { usedIDs.insert(request.id.rawValue) }
    }

    /// Appends the output lines for the last command's events.
    public func writeEvents(to output: inout BookScriptOutput) {
        for event in events { output.append(event) }
    }

    /// Appends the final book: bids then asks, best level first, each optionally followed by its queue.
    public func writeBook(queues: Bool, to output: inout BookScriptOutput) {
        for (side, label) in [(Side.buy, "BID " as StaticString), (.sell, "ASK ")] {
            for level in book.depth(of: side) {
                output.line(label, level.price.ticks, level.quantity.lots, Int64(level.orderCount))
                if queues {
                    for order in book.queue(at: level.price) {
                        output.line("Q ", order.id.rawValue, order.openQuantity.lots)
                    }
                }
            }
        }
    }

    /// `writeEvents(to:)` into text, for tests and small scripts.
    func writeEvents(to output: inout String) {
        var bytes = BookScriptOutput(reservingCapacity: 256)
        writeEvents(to: &bytes)
        output += String(decoding: bytes.bytes, as: UTF8.self)
    }

    /// `writeBook(queues:to:)` into text, for tests and small scripts.
    func writeBook(queues: Bool, to output: inout String) {
        var bytes = BookScriptOutput()
        writeBook(queues: queues, to: &bytes)
        output += String(decoding: bytes.bytes, as: UTF8.self)
    }
}

/// Runs `cascade book` commands against a real order book and writes the format's output lines.
///
/// An id may be used once for a new order, ever: the session remembers every id the book accepted,
/// so reusing the id of a filled or cancelled order is rejected like a live duplicate.
public struct BookScriptSession: Sendable {
    /// The book the script has built so far; `writeBook` prints it.
    public private(set) var book: OrderBook
    private var usedIDs: Set<Int64> = []
    /// The events of the last command; reused between commands.
    public private(set) var events: [BookEvent] = []

    /// An empty book with self-trade prevention off (a script has one account), `expectedOrders` slots
    /// preallocated.
    public init(expectedOrders: Int = 4096) {
        book = OrderBook(
            configuration: OrderBookConfiguration(selfTradePrevention: .off, expectedOrders: expectedOrders))
        events.reserveCapacity(256)
    }

    /// Applies one command; its events replace `events`.
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
    public func writeEvents(to output: inout String) {
        for event in events {
            switch event {
            case .trade(let trade):
                output += "T \(trade.makerID) \(trade.takerID) \(trade.price.ticks) \(trade.quantity.lots)\n"
            case .cancelled(let id, let quantity, _):
                output += "X \(id) \(quantity.lots)\n"
            case .amended(let id, let price, let quantity):
                output += "U \(id) \(price.ticks) \(quantity.lots)\n"
            case .rejected(let id, _):
                output += "R \(id)\n"
            case .expired(let id, let quantity):
                output += "K \(id) \(quantity.lots)\n"
            case .accepted, .triggered:
                break
            }
        }
    }

    /// Appends the final book: bids then asks, best level first, each optionally followed by its queue.
    public func writeBook(queues: Bool, to output: inout String) {
        for (side, label) in [(Side.buy, "BID"), (.sell, "ASK")] {
            for level in book.depth(of: side) {
                output += "\(label) \(level.price.ticks) \(level.quantity.lots) \(level.orderCount)\n"
                if queues {
                    for order in book.queue(at: level.price) {
                        output += "Q \(order.id) \(order.openQuantity.lots)\n"
                    }
                }
            }
        }
    }
}

@testable import CascadeCore

/// An order book with terse helpers for unit tests: each call returns the events it caused.
struct BookHarness {
    var book: OrderBook
    private var nextID: Int64 = 1

    init(_ configuration: OrderBookConfiguration = OrderBookConfiguration()) {
        book = OrderBook(configuration: configuration)
    }

    static let alice = AccountID(1)
    static let bob = AccountID(2)

    @discardableResult
    mutating func limit(
        _ side: Side, _ price: Int64, _ quantity: Int64, id: Int64? = nil, account: AccountID = BookHarness.alice,
        _ timeInForce: TimeInForce = .goodTillCancelled
    ) -> [BookEvent] {
        submit(
            .limit(
                OrderID(id ?? takeID()), account: account, side: side, price: Price(ticks: price),
                quantity: Quantity(lots: quantity), timeInForce: timeInForce))
    }

    @discardableResult
    mutating func market(_ side: Side, _ quantity: Int64, id: Int64? = nil, account: AccountID = BookHarness.bob)
        -> [BookEvent]
    {
        submit(.market(OrderID(id ?? takeID()), account: account, side: side, quantity: Quantity(lots: quantity)))
    }

    @discardableResult
    mutating func submit(_ request: OrderRequest) -> [BookEvent] {
        var events: [BookEvent] = []
        book.submit(request, events: &events)
        return events
    }

    @discardableResult
    mutating func cancel(_ id: Int64) -> [BookEvent] {
        var events: [BookEvent] = []
        book.cancel(OrderID(id), events: &events)
        return events
    }

    @discardableResult
    mutating func amend(_ id: Int64, _ price: Int64, _ quantity: Int64) -> [BookEvent] {
        var events: [BookEvent] = []
        book.amend(OrderID(id), price: Price(ticks: price), quantity: Quantity(lots: quantity), events: &events)
        return events
    }

    @discardableResult
    mutating func reference(_ price: Int64, _ reference: TriggerReference) -> [BookEvent] {
        var events: [BookEvent] = []
        book.updateReferencePrice(Price(ticks: price), for: reference, events: &events)
        return events
    }

    /// Ids at `price`, in time priority.
    func queue(_ price: Int64) -> [Int64] { book.queue(at: Price(ticks: price)).map(\.id.rawValue) }

    /// `[maker, taker, price, quantity]` of each trade among `events`.
    static func fills(_ events: [BookEvent]) -> [[Int64]] {
        events.compactMap {
            guard case .trade(let trade) = $0 else { return nil }
            return [trade.makerID.rawValue, trade.takerID.rawValue, trade.price.ticks, trade.quantity.lots]
        }
    }

    private mutating func takeID() -> Int64 {
        defer { nextID += 1 }
        return nextID
    }
}

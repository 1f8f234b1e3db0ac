import Testing

@testable import CascadeCore

/// Every event about an order echoes the client order id its sender gave it, so the sender learns
/// the order's fate by its own id.
@Suite("Client order ids")
struct ClientOrderIDTests {
    typealias D = ExchangeDesk
    let btc = D.btcPerp

    private func order(_ account: UInt32, _ client: Int64, _ terms: OrderTerms) -> Command {
        .place(
            NewOrder(account: AccountID(account), instrument: btc, clientOrderID: ClientOrderID(client), terms: terms))
    }

    private func clients(_ events: [Event]) -> [String] {
        events.compactMap { event in
            switch event {
            case .book(_, .trade, _): nil
            case .book(_, let book, let client):
                "\(book.order.map { "\($0)" } ?? "-"):\(client.map { "\($0)" } ?? "nil")"
            case .fill(let fill): "fill \(fill.account):\(fill.clientOrderID.map { "\($0)" } ?? "nil")"
            case .orderRejected(_, _, _, let client): "rejected:\(client)"
            default: nil
            }
        }
    }

    @Test func acceptanceFillsCancelExpiryAndRejectionEchoTheSendersID() {
        var desk = D()
        desk.deposit(1, usdc: 100_000)
        desk.deposit(2, usdc: 100_000)
        desk.oracle(600_000)
        let resting = desk.run(order(1, 41, .limit(.sell, Quantity(lots: 5), at: Price(ticks: 600_000))))
        let ask = D.orderID(resting)!
        #expect(clients(resting) == ["\(ask):c41"])
        // An IOC for 8 lots takes the 5 resting and its rest expires; both fills echo their own ids.
        let taker = desk.run(
            order(2, 7, .limit(.buy, Quantity(lots: 8), at: Price(ticks: 600_000), .immediateOrCancel)))
        let id = D.orderID(taker)!
        #expect(clients(taker) == ["\(id):c7", "fill #1:c41", "fill #2:c7", "\(id):c7"])
        let second = D.orderID(desk.run(order(1, 42, .limit(.sell, Quantity(lots: 1), at: Price(ticks: 610_000)))))!
        #expect(clients(desk.run(.cancel(AccountID(1), second))) == ["\(second):c42"])
        let refused = desk.run(
            order(
                1, 43, OrderTerms(side: .buy, quantity: Quantity(lots: 1), limit: nil, timeInForce: .goodTillCancelled))
        )
        #expect(clients(refused) == ["rejected:c43"])
        #expect(desk.balances)
    }

    @Test func theNextOrderIDIsKnownBeforeTheOrderIsSent() {
        var desk = D()
        desk.deposit(1, usdc: 100_000)
        desk.oracle(600_000)
        let expected = desk.exchange.upcomingOrderID
        let events = desk.run(order(1, 1, .limit(.buy, Quantity(lots: 1), at: Price(ticks: 590_000))))
        #expect(D.orderID(events) == expected)
        #expect(desk.exchange.upcomingOrderID == OrderID(expected.rawValue + 1))
    }
}

extension BookEvent {
    /// The one order the event is about; `nil` for a trade, which is about two.
    fileprivate var order: OrderID? {
        switch self {
        case .accepted(let id, _), .rejected(let id, _), .cancelled(let id, _, _), .amended(let id, _, _),
            .triggered(let id), .expired(let id, _):
            id
        case .trade:
            nil
        }
    }
}

import Testing

@testable import CascadeCore

/// `Exchange.ordersClosedByOthers(of:)` counts an account's orders that stop being open other than
/// by its own cancel commands, so an agent that finds it unchanged can trust its orders are open.
@Suite("Orders closed by others")
struct OrdersClosedByOthersTests {
    typealias D = ExchangeDesk

    @Test func fillsCountAndOwnCancelsDoNot() throws {
        var desk = D()
        desk.deposit(1, usdc: 100_000)
        desk.deposit(2, usdc: 100_000)
        desk.oracle(600_000)
        let first = try #require(D.orderID(desk.limit(1, .sell, lots: 5, ticks: 600_000)))
        let second = try #require(D.orderID(desk.limit(1, .sell, lots: 5, ticks: 600_100)))
        let third = try #require(D.orderID(desk.limit(1, .sell, lots: 5, ticks: 600_200)))
        #expect(desk.exchange.ordersClosedByOthers(of: AccountID(1)) == 0)
        // A partial fill leaves the order open; a full fill closes it.
        desk.market(2, .buy, lots: 3)
        #expect(desk.exchange.isOpen(first) && desk.exchange.ordersClosedByOthers(of: AccountID(1)) == 0)
        desk.market(2, .buy, lots: 2)
        #expect(!desk.exchange.isOpen(first) && desk.exchange.ordersClosedByOthers(of: AccountID(1)) == 1)
        // The owner's own cancels, one by one or all at once, are not counted.
        desk.run(.cancel(AccountID(1), second))
        desk.run(.cancelAll(AccountID(1), nil))
        #expect(!desk.exchange.isOpen(second) && !desk.exchange.isOpen(third))
        #expect(desk.exchange.ordersClosedByOthers(of: AccountID(1)) == 1)
        // Someone else's cancel of the order is refused and changes nothing.
        let fourth = try #require(D.orderID(desk.limit(1, .sell, lots: 5, ticks: 600_000)))
        desk.run(.cancel(AccountID(2), fourth))
        #expect(desk.exchange.isOpen(fourth) && desk.exchange.ordersClosedByOthers(of: AccountID(1)) == 1)
        #expect(desk.exchange.ordersClosedByOthers(of: AccountID(99)) == 0)
    }
}

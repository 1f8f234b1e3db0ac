@testable import CascadeCore

/// Flat spellings of orders for hand-written tests. `NewOrder`'s goes through the `OrderTerms`
/// builders (a market order is immediate-or-cancel); `OrderRequest`'s keeps the terms exactly as
/// written, so book tests can send what no builder makes (a market order that asks to rest).
extension NewOrder {
    init(
        account: AccountID, instrument: InstrumentID, side: Side, quantity: Quantity, limit: Price?,
        timeInForce: TimeInForce = .goodTillCancelled, reduceOnly: Bool = false, stop: StopCondition? = nil,
        clientOrderID: ClientOrderID = ClientOrderID(0)
    ) {
        let terms: OrderTerms =
            if let stop {
                .stop(side, quantity, trigger: stop, limit: limit, reduceOnly: reduceOnly)
            } else if let limit {
                .limit(side, quantity, at: limit, timeInForce, reduceOnly: reduceOnly)
            } else {
                .market(side, quantity, reduceOnly: reduceOnly)
            }
        self.init(account: account, instrument: instrument, clientOrderID: clientOrderID, terms: terms)
    }
}

extension OrderRequest {
    init(
        id: OrderID, account: AccountID, side: Side, quantity: Quantity, limit: Price?,
        timeInForce: TimeInForce = .goodTillCancelled, reduceOnly: Bool = false, stop: StopCondition? = nil
    ) {
        self.init(
            id: id, account: account,
            terms: OrderTerms(
                side: side, quantity: quantity, limit: limit, timeInForce: timeInForce, reduceOnly: reduceOnly,
                stop: stop))
    }

    static func limit(
        _ id: OrderID, account: AccountID, side: Side, price: Price, quantity: Quantity,
        timeInForce: TimeInForce = .goodTillCancelled
    ) -> OrderRequest {
        OrderRequest(id: id, account: account, terms: .limit(side, quantity, at: price, timeInForce))
    }

    static func market(
        _ id: OrderID, account: AccountID, side: Side, quantity: Quantity, reduceOnly: Bool = false
    ) -> OrderRequest {
        OrderRequest(id: id, account: account, terms: .market(side, quantity, reduceOnly: reduceOnly))
    }
}

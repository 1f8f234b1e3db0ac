import CascadeCore

/// The exchange-like mix: 50% new limits near the touch, 35% cancels, 10% takers, 5% amends.
///
/// Every new limit rests on its own side within `halfBandTicks` of that side's best price (or one
/// tick inside it), so queues are a few dozen orders deep at a few dozen levels. Takers are half
/// immediate-or-cancel limits reaching one tick through the touch and half market orders; their size
/// is steered so that they remove, with the cancels, what the new limits add.
extension WorkloadGenerator {
    mutating func nextExchangeLikeCommand() -> BookScriptCommand {
        let roll = Int.random(in: 0..<100, using: &random)
        let command: BookScriptCommand
        if roll < 50 || live.isEmpty {
            profile.goodTillCancelled += 1
            return placeResting()
        } else if roll < 85 {
            profile.cancels += 1
            command = .cancel(OrderID(randomLiveID()))
        } else if roll < 95 {
            profile.immediateOrCancel += 1
            let side: Side = random.next() & 1 == 0 ? .buy : .sell
            let id = OrderID(takeID())
            let account = randomAccount()
            let quantity = Quantity(lots: Int64.random(in: 1...Swift.max(1, Int64(takerReach)), using: &random))
            let terms: OrderTerms =
                random.next() & 1 == 0
                ? .limit(side, quantity, at: Price(ticks: aggressivePrice(side)), .immediateOrCancel)
                : .market(side, quantity)
            command = .place(OrderRequest(id: id, account: account, terms: terms))
        } else {
            profile.moves += 1
            let id = randomLiveID()
            guard let order = book.restingOrder(OrderID(id)) else { preconditionFailure("live order \(id) missing") }
            if random.next() & 1 == 0 && order.openQuantity.lots > 1 {
                let smaller = Int64.random(in: 1..<order.openQuantity.lots, using: &random)
                command = .amend(OrderID(id), order.price, Quantity(lots: smaller))
            } else {
                command = .amend(OrderID(id), Price(ticks: nearTouchPrice(order.side)), order.openQuantity)
            }
        }
        apply(command)
        return command
    }

    /// A price on `side`'s own side of the book, from one tick better than its best to
    /// `halfBandTicks` behind it, never crossing the other side.
    mutating func nearTouchPrice(_ side: Side) -> Int64 {
        let behind = Int64.random(in: -1..<parameters.halfBandTicks, using: &random)
        switch side {
        case .buy:
            let best = book.bestBid?.ticks ?? (mid - 1)
            return Swift.min(best - behind, (book.bestAsk?.ticks ?? Int64.max) - 1)
        case .sell:
            let best = book.bestAsk?.ticks ?? (mid + 1)
            return Swift.max(best + behind, (book.bestBid?.ticks ?? 0) + 1)
        }
    }
}

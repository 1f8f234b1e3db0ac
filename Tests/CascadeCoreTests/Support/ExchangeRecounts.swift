@testable import CascadeCore

/// Figures the exchange keeps incrementally, recounted from scratch to check them.

extension Exchange {
    /// The order exposures of `account` summed afresh from its open orders, to check the ones the
    /// exchange keeps order by order. Only instruments with orders appear.
    func recountedOrderExposures(of account: AccountID) -> [InstrumentID: OrderExposure] {
        var exposures: [InstrumentID: OrderExposure] = [:]
        for id in accounts[account].openOrders {
            guard let owner = owners[id], let order = openOrder(id, in: owner.instrument) else { continue }
            exposures[owner.instrument, default: OrderExposure()].add(
                order.side, lots: order.lots, at: order.price, on: markets[owner.instrument].terms)
        }
        return exposures.filter { $0.value != OrderExposure() }
    }

    /// The order exposures the exchange keeps for `account`, without empty entries.
    func keptOrderExposures(of account: AccountID) -> [InstrumentID: OrderExposure] {
        var exposures: [InstrumentID: OrderExposure] = [:]
        accounts[account].orderExposures.forEach { id, exposure in
            if exposure != OrderExposure() { exposures[id] = exposure }
        }
        return exposures
    }

    /// The first account whose kept exposures differ from a recount, if any.
    var accountWithStaleExposures: AccountID? {
        accounts.indices.first { keptOrderExposures(of: $0) != recountedOrderExposures(of: $0) }
    }

    /// The first instrument whose kept open interest differs from the sum of the accounts' longs.
    var instrumentWithStaleOpenInterest: InstrumentID? {
        markets.indices.first { id in
            openInterest(id) != accounts.reduce(0) { $0 + Swift.max(0, $1.positions[id].size) }
        }
    }
}

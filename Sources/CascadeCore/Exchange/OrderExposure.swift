/// The open orders of one account in one instrument, summed per side: lots and their value at the
/// orders' own prices (a stop-market at its trigger).
///
/// Margin for orders is judged on these sums, not order by order: buys first close a short and only
/// the rest opens a long, however many orders share the closing; and since only one side can grow
/// the position at a time, orders hold the margin of the larger side (as Binance does).
struct OrderExposure: Sendable, Hashable {
    var buyLots: Int64 = 0
    var sellLots: Int64 = 0
    var buyValue: Int128 = 0
    var sellValue: Int128 = 0

    mutating func add(_ side: Side, lots: Int64, at price: Price, on instrument: Instrument) {
        let value = Int128(lots) * instrument.lotValue(at: price)
        if side == .buy {
            buyLots += lots
            buyValue += value
        } else {
            sellLots += lots
            sellValue += value
        }
    }

    mutating func remove(_ side: Side, lots: Int64, at price: Price, on instrument: Instrument) {
        add(side, lots: -lots, at: price, on: instrument)
    }

    /// Initial margin plus taker fee for what the orders could open beyond closing `position`: the
    /// larger of the two sides.
    func margin(for position: Position, on instrument: Instrument) -> Money {
        let buy = sideMargin(
            lots: buyLots, value: buyValue, closable: Swift.max(0, -position.size), position, instrument)
        let sell = sideMargin(
            lots: sellLots, value: sellValue, closable: Swift.max(0, position.size), position, instrument)
        return Swift.max(buy, sell)
    }

    /// The largest position the orders could leave, in lots: all buys or all sells filled.
    func worstPositionLots(from position: Position) -> Int64 {
        Swift.max(abs(position.size + buyLots), abs(position.size - sellLots))
    }

    private func sideMargin(lots: Int64, value: Int128, closable: Int64, _ position: Position, _ instrument: Instrument)
        -> Money
    {
        let opening = Swift.max(0, lots - closable)
        guard opening > 0, lots > 0 else { return .zero }
        // The opening share of the side's value, at the side's average price.
        let openingValue = (value * Int128(opening)).divided(by: Int128(lots), rounding: .up)!
        let notional = Money(units: Int64(clamping: openingValue))
        let margin = notional.initialMargin(leverage: position.leverage)
        return margin + Swift.max(.zero, instrument.takerFee.of(notional, rounding: .up))
    }
}

extension Exchange {
    /// What an account tracks of one of its open orders.
    struct OpenOrder: Sendable, Hashable {
        var account: AccountID
        var instrument: InstrumentID
        var reduceOnly: Bool
        var client: ClientOrderID
    }

    /// The exposure of each instrument's open orders of `account`, by instrument index.
    /// - Complexity: O(open orders of the account).
    func orderExposures(of account: AccountID) -> DenseArray<InstrumentID, OrderExposure> {
        var exposures = DenseArray<InstrumentID, OrderExposure>(repeating: OrderExposure(), count: markets.count)
        let holder = account
        guard accounts.contains(holder) else { return exposures }
        // Resting orders are found through the books' own id tables, which are much cheaper than the
        // `owners` dictionary (this runs on every admission); only stops need the dictionary.
        orders: for id in accounts[holder].openOrders {
            for market in markets.indices {
                guard let resting = markets[market].book.restingOrder(id) else { continue }
                exposures[market].add(
                    resting.side, lots: resting.openQuantity.lots, at: resting.price, on: markets[market].instrument)
                continue orders
            }
            guard let owner = owners[id], let order = openOrder(id, in: owner.instrument) else { continue }
            exposures[owner.instrument].add(
                order.side, lots: order.lots, at: order.price, on: markets[owner.instrument].instrument)
        }
        return exposures
    }

    /// Side, open lots and margin price of an open order: resting at its limit, pending stop at its
    /// limit or (stop-market) its trigger.
    func openOrder(_ id: OrderID, in instrument: InstrumentID) -> (side: Side, lots: Int64, price: Price)? {
        let market = instrument
        if let resting = markets[market].book.restingOrder(id) {
            return (resting.side, resting.openQuantity.lots, resting.price)
        }
        guard let stop = markets[market].book.pendingStop(id)?.terms, let trigger = stop.stop else { return nil }
        return (stop.side, stop.quantity.lots, stop.limit ?? trigger.triggerPrice)
    }
}

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

    /// The exposure of each instrument's open orders of `account`.
    /// - Complexity: O(open orders of the account × perpetuals).
    func orderExposures(of account: AccountID) -> OrderExposures {
        var exposures = OrderExposures(perpetuals: perpetualCount)
        let holder = account
        guard accounts.contains(holder) else { return exposures }
        // Resting orders in perpetuals are found through the books' own id tables, which are much
        // cheaper than the `owners` dictionary (this runs on every admission); only stops and
        // options, whose books are many and thin, need the dictionary.
        orders: for id in accounts[holder].openOrders {
            for market in perpetualIDs {
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

    /// Initial margin (with the fee) that the open orders summed in `exposure` hold against
    /// `position` in `instrument`: a perpetual's at its leverage; an option's as its standard margin:
    /// buys pay the premium, sells hold a short's initial margin at their average price.
    func orderMargin(_ exposure: OrderExposure, _ position: Position, _ id: InstrumentID) -> Money {
        let instrument = markets[id].instrument
        guard let option = instrument.option else { return exposure.margin(for: position, on: instrument) }
        guard let spot = underlyingPrice(of: option) else { return .zero }
        func side(lots: Int64, value: Int128, closable: Int64, sign: Int64) -> Money {
            let opening = Swift.max(0, lots - closable)
            guard opening > 0, lots > 0 else { return .zero }
            let price = Price(
                ticks: Int64(clamping: value.divided(by: Int128(lots) * instrument.valueScale, rounding: .up)!))
            let fee = fee(trading: opening, at: price, in: id, isMaker: false)
            return instrument.optionMargin(of: sign * opening, mark: price, underlying: spot).initial + fee
        }
        let buy = side(
            lots: exposure.buyLots, value: exposure.buyValue, closable: Swift.max(0, -position.size), sign: 1)
        let sell = side(
            lots: exposure.sellLots, value: exposure.sellValue, closable: Swift.max(0, position.size), sign: -1)
        return Swift.max(buy, sell)
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

/// One account's order exposures by instrument: perpetuals in a dense array, the options it has
/// orders in by id (a dealer quotes hundreds; the margin drawn from them is a sum of exact
/// integers, so the table's order never shows).
struct OrderExposures: Sendable {
    private var perpetuals: DenseArray<InstrumentID, OrderExposure>
    private var options: [InstrumentID: OrderExposure] = [:]

    init(perpetuals count: Int) { perpetuals = DenseArray(repeating: OrderExposure(), count: count) }

    /// The exposure in `id`; empty for an instrument without orders.
    subscript(id: InstrumentID) -> OrderExposure {
        get { perpetuals.contains(id) ? perpetuals[id] : options[id, default: OrderExposure()] }
        set {
            if perpetuals.contains(id) {
                perpetuals[id] = newValue
            } else {
                options[id] = newValue
            }
        }
    }

    /// Every instrument with an exposure entry: the perpetuals, then the options with orders.
    var entries: [(id: InstrumentID, exposure: OrderExposure)] {
        zip(perpetuals.indices, perpetuals).map { ($0.0, $0.1) } + options.map { ($0.key, $0.value) }
    }
}

/// What admitting an account's last order left it with: its order exposures and cross margin in one
/// asset, exact as long as nothing else has happened since (see `Exchange.admissionMemo`).
struct AdmissionMemo: Sendable {
    var account: AccountID
    var asset: AssetID
    var exposures: OrderExposures
    var margin: Exchange.CrossMargin
}

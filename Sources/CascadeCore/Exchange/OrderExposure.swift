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

    mutating func add(_ side: Side, lots: Int64, at price: Price, on terms: InstrumentTerms) {
        add(side, lots: lots, lotValue: terms.lotValue(at: price))
    }

    /// `add` with the value of one lot at the order's price already known.
    mutating func add(_ side: Side, lots: Int64, lotValue: Int128) {
        let value = Int128(lots) * lotValue
        if side == .buy {
            buyLots += lots
            buyValue += value
        } else {
            sellLots += lots
            sellValue += value
        }
    }

    mutating func remove(_ side: Side, lots: Int64, at price: Price, on terms: InstrumentTerms) {
        add(side, lots: -lots, at: price, on: terms)
    }

    /// Initial margin plus taker fee for what the orders could open beyond closing `position`: the
    /// larger of the two sides. A perpetual's orders hold initial margin at the position's
    /// leverage; an option's (`spot`, its underlying's price, given) hold its standard margin:
    /// buys pay the premium, sells hold a short's initial margin, each at the side's average price.
    func margin(for position: Position, on terms: InstrumentTerms, spot: Price? = nil) -> Money {
        let buy = sideMargin(
            lots: buyLots, value: buyValue, closable: Swift.max(0, -position.size), sign: 1, position, terms, spot)
        let sell = sideMargin(
            lots: sellLots, value: sellValue, closable: Swift.max(0, position.size), sign: -1, position, terms, spot)
        return Swift.max(buy, sell)
    }

    /// The largest position the orders could leave, in lots: all buys or all sells filled.
    func worstPositionLots(from position: Position) -> Int64 {
        Swift.max(abs(position.size + buyLots), abs(position.size - sellLots))
    }

    private func sideMargin(
        lots: Int64, value: Int128, closable: Int64, sign: Int64, _ position: Position, _ terms: InstrumentTerms,
        _ spot: Price?
    ) -> Money {
        let opening = Swift.max(0, lots - closable)
        guard opening > 0, lots > 0 else { return .zero }
        if let spot, terms.option != nil {
            let price = Price(
                ticks: Int64(clamping: value.divided(by: Int128(lots) * terms.valueScale, rounding: .up)!))
            let fee = terms.fee(trading: opening, at: price, underlying: spot, isMaker: false)
            return terms.optionMargin(of: sign * opening, mark: price, underlying: spot).initial + fee
        }
        // The opening share of the side's value, at the side's average price.
        let openingValue = (value * Int128(opening)).divided(by: Int128(lots), rounding: .up)!
        let notional = Money(units: Int64(clamping: openingValue))
        let margin = notional.initialMargin(leverage: position.leverage)
        return margin + Swift.max(.zero, terms.takerFee.of(notional, rounding: .up))
    }
}

/// What one open order adds to its account's exposure: its side, open lots and margin price (a
/// resting order's limit; a pending stop's limit, or a stop-market's trigger).
struct OrderShare: Sendable, Hashable {
    var side: Side
    var lots: Int64
    var price: Price
}

extension Exchange {
    /// What an account tracks of one of its open orders.
    struct OpenOrder: Sendable, Hashable {
        var account: AccountID
        var instrument: InstrumentID
        var reduceOnly: Bool
        var client: ClientOrderID
        /// The share this order was last counted at in the account's `orderExposures`.
        var counted: OrderShare? = nil
    }

    /// Brings the account's order exposure up to date with what order `id` holds now, and returns
    /// what is filed for the order (`nil` when it is not open). Called for every book event that
    /// names an open order, after the book has produced all of them, so the last call sees the
    /// order's final state; calling it again changes nothing.
    /// - Complexity: O(1): one table lookup and the book's own; the new share is written in place.
    @discardableResult
    mutating func recount(_ id: OrderID) -> OpenOrder? {
        guard let slot = owners.slot(of: id) else { return nil }
        var owner = owners[slot]
        let now = openOrder(id, in: owner.instrument)
        guard now != owner.counted else { return owner }
        count(owner, from: owner.counted, to: now)
        owner.counted = now
        owners[slot] = owner
        return owner
    }

    /// Moves the exposure of `owner`'s account in its instrument from share `old` to share `new`.
    mutating func count(_ owner: OpenOrder, from old: OrderShare?, to new: OrderShare?) {
        // Lot values are read in place (passing the `Instrument` would copy it), before the
        // account's exposures are opened for change.
        let oldValue = old.map { markets[owner.instrument].terms.lotValue(at: $0.price) }
        let newValue = new.map { markets[owner.instrument].terms.lotValue(at: $0.price) }
        accounts[owner.account].orderExposures.update(owner.instrument) { exposure in
            if let old, let oldValue { exposure.add(old.side, lots: -old.lots, lotValue: oldValue) }
            if let new, let newValue { exposure.add(new.side, lots: new.lots, lotValue: newValue) }
        }
    }

    /// Initial margin (with the fee) that the open orders summed in `exposure` hold against
    /// `position` in `instrument`: a perpetual's at its leverage; an option's as its standard margin:
    /// buys pay the premium, sells hold a short's initial margin at their average price.
    /// Reads the market's `terms`, never a copy of its `Instrument`: this runs for every option a
    /// dealer quotes whenever its cross margin is summed.
    func orderMargin(_ exposure: OrderExposure, _ position: Position, _ id: InstrumentID) -> Money {
        let terms = markets[id].terms
        guard let option = terms.option else { return exposure.margin(for: position, on: terms) }
        guard let spot = underlyingPrice(of: option) else { return .zero }
        return exposure.margin(for: position, on: terms, spot: spot)
    }

    /// Side, open lots and margin price of an open order: resting at its limit, pending stop at its
    /// limit or (stop-market) its trigger.
    func openOrder(_ id: OrderID, in instrument: InstrumentID) -> OrderShare? {
        let market = instrument
        if let resting = markets[market].book.restingOrder(id) {
            return OrderShare(side: resting.side, lots: resting.openQuantity.lots, price: resting.price)
        }
        guard let stop = markets[market].book.pendingStop(id)?.terms, let trigger = stop.stop else { return nil }
        return OrderShare(side: stop.side, lots: stop.quantity.lots, price: stop.limit ?? trigger.triggerPrice)
    }
}

/// One account's order exposures by instrument: perpetuals in a dense array, the options it has
/// orders in as a list sorted by id (a dealer quotes hundreds, and keeps quoting the same ones, so
/// entries come and go rarely next to how often they are read). Kept up to date order by order
/// (`recount`), so admission reads it instead of walking the account's orders.
/// - Complexity: a perpetual is one offset; an option a binary search, with no hashing.
struct OrderExposures: Sendable, Hashable {
    private var perpetuals: DenseArray<InstrumentID, OrderExposure>
    /// Ids of the options with orders, ascending, and their exposures in the same order.
    private var optionIDs: [InstrumentID] = []
    private var options: [OrderExposure] = []

    init(perpetuals count: Int) { perpetuals = DenseArray(repeating: OrderExposure(), count: count) }

    /// The exposure in `id`; empty for an instrument without orders.
    subscript(id: InstrumentID) -> OrderExposure {
        if perpetuals.contains(id) { return perpetuals[id] }
        let slot = optionIDs.sortedSlot(of: id)
        return slot < optionIDs.count && optionIDs[slot] == id ? options[slot] : OrderExposure()
    }

    /// Changes the exposure in `id` in place, with one search where reading and writing it back
    /// would take two (every order placed, changed or gone is counted through here).
    mutating func update(_ id: InstrumentID, _ change: (inout OrderExposure) -> Void) {
        if perpetuals.contains(id) { return change(&perpetuals[id]) }
        let slot = optionIDs.sortedSlot(of: id)
        guard slot < optionIDs.count && optionIDs[slot] == id else {
            var exposure = OrderExposure()
            change(&exposure)
            if exposure != OrderExposure() {
                optionIDs.insert(id, at: slot)
                options.insert(exposure, at: slot)
            }
            return
        }
        change(&options[slot])
        // An option without orders leaves the list, so expired series do not pile up.
        if options[slot] == OrderExposure() {
            optionIDs.remove(at: slot)
            options.remove(at: slot)
        }
    }

    /// Calls `body` with every instrument that has an exposure entry: the perpetuals, then the
    /// options with orders by ascending id. No array is built: this runs in every cross-margin sum.
    func forEach(_ body: (InstrumentID, OrderExposure) -> Void) {
        for id in perpetuals.indices { body(id, perpetuals[id]) }
        for slot in optionIDs.indices { body(optionIDs[slot], options[slot]) }
    }
}

/// What admitting an account's last order left it with: its cross margin in one asset, exact as
/// long as nothing else has happened since (see `Exchange.admissionMemo`).
struct AdmissionMemo: Sendable {
    var account: AccountID
    var asset: AssetID
    var margin: Exchange.CrossMargin
}

extension Exchange {
    /// Settles both sides of a trade: positions, realised PnL, fees (unless it is a liquidation
    /// transfer), isolated margin. `clients` are the two orders' client order ids, which the fills
    /// echo (none for a liquidation transfer).
    mutating func settle(
        _ trade: Trade, _ instrument: InstrumentID,
        clients: (maker: ClientOrderID?, taker: ClientOrderID?) = (nil, nil),
        chargingFees: Bool = true, _ events: inout [Event]
    ) {
        applyFill(
            trade.makerAccount, trade.makerID, clients.maker, side: trade.aggressor.opposite, trade, instrument,
            isMaker: true, chargingFees: chargingFees, &events)
        applyFill(
            trade.takerAccount, trade.takerID, clients.taker, side: trade.aggressor, trade, instrument, isMaker: false,
            chargingFees: chargingFees, &events)
    }

    /// One side of a trade: `Position.settle` books it into the position and the wallet; the fee
    /// (none for a liquidation transfer) goes to the fee pool.
    private mutating func applyFill(
        _ account: AccountID, _ order: OrderID, _ client: ClientOrderID?, side: Side, _ trade: Trade,
        _ instrumentID: InstrumentID,
        isMaker: Bool, chargingFees: Bool, _ events: inout [Event]
    ) {
        let instrument = markets[instrumentID].instrument
        let asset = assetID(of: instrumentID)
        let holder = account
        var position = accounts[holder].positions[instrumentID]
        let longBefore = Swift.max(0, position.size)
        let lots = side == .buy ? trade.quantity.lots : -trade.quantity.lots
        let fee =
            chargingFees
            ? fee(trading: trade.quantity.lots, at: trade.price, in: instrumentID, isMaker: isMaker) : .zero
        ledgers[asset].feePool += fee
        var wallet = accounts[holder].wallets[asset]
        let effect = position.settle(fill: lots, at: trade.price, fee: fee, on: instrument, wallet: &wallet)
        accounts[holder].wallets[asset] = wallet
        accounts[holder].positions[instrumentID] = position
        markets[instrumentID].openInterest += Swift.max(0, position.size) - longBefore
        events.append(
            .fill(
                Fill(
                    account: account, instrument: instrumentID, order: order, clientOrderID: client,
                    side: side, price: trade.price,
                    quantity: trade.quantity, isMaker: isMaker, fee: fee, realizedPnL: effect.realizedPnL,
                    positionSize: position.size)))
    }

    /// The fee for a fill of `lots` at `price`: the maker or taker rate on its notional, or, for an
    /// option, on the underlying's notional at its index, capped at a share of the premium.
    func fee(trading lots: Int64, at price: Price, in id: InstrumentID, isMaker: Bool) -> Money {
        // No method reference (`flatMap(underlyingPrice)`): it would capture a copy of the exchange.
        let terms = markets[id].terms
        let underlying = terms.option.flatMap { underlyingPrice(of: $0) }
        return terms.fee(trading: lots, at: price, underlying: underlying, isMaker: isMaker)
    }

    /// The underlying's index, else its valuation price, that an option's margin and fee read.
    func underlyingPrice(of option: OptionTerms) -> Price? {
        markets[option.underlying].index?.price ?? markets[option.underlying].valuationPrice
    }

    /// Long open interest of an instrument, in lots (equal to the short side's).
    /// - Complexity: O(1): kept with every fill and settlement.
    public func openInterest(_ instrument: InstrumentID) -> Int64 { markets[instrument].openInterest }
}

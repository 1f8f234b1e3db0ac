extension Exchange {
    /// Settles both sides of a trade: positions, realised PnL, fees (unless it is a liquidation
    /// transfer), isolated margin.
    mutating func settle(_ trade: Trade, _ instrument: InstrumentID, chargingFees: Bool = true, _ events: inout [Event])
    {
        applyFill(
            trade.makerAccount, trade.makerID, side: trade.aggressor.opposite, trade, instrument, isMaker: true,
            chargingFees: chargingFees, &events)
        applyFill(
            trade.takerAccount, trade.takerID, side: trade.aggressor, trade, instrument, isMaker: false,
            chargingFees: chargingFees, &events)
    }

    /// One side of a trade. Fees round against the payer (a rebate rounds toward zero); isolated
    /// positions book PnL and fees into their margin, return it to the wallet when they close in
    /// full, and lock initial margin for what they open.
    private mutating func applyFill(
        _ account: AccountID, _ order: OrderID, side: Side, _ trade: Trade, _ instrumentID: InstrumentID,
        isMaker: Bool, chargingFees: Bool, _ events: inout [Event]
    ) {
        let instrument = markets[instrumentID].instrument
        let asset = assetID(of: instrumentID)
        let holder = account
        var position = accounts[holder].positions[instrumentID]
        let oldSize = position.size
        let lots = side == .buy ? trade.quantity.lots : -trade.quantity.lots
        let effect = position.apply(fill: lots, at: trade.price, on: instrument)
        let notional = instrument.notional(of: trade.quantity.lots, at: trade.price)
        let rate = isMaker ? instrument.makerFee : instrument.takerFee
        let fee = chargingFees ? rate.of(notional, rounding: rate.units >= 0 ? .up : .towardZero) : .zero
        position.feesPaid += fee
        ledgers[asset].feePool += fee
        var wallet = accounts[holder].wallets[asset]
        if position.mode == .isolated {
            position.isolatedMargin += effect.realizedPnL - fee
            // The margin stays with the position until it is closed in full (or flipped), so a
            // partial close, a liquidation step above all, leaves the rest at least as healthy.
            if effect.closedLots == abs(oldSize) && effect.closedLots > 0 {
                wallet += position.isolatedMargin
                position.isolatedMargin = .zero
            }
            if effect.openedLots > 0 {
                let opened = instrument.notional(of: effect.openedLots, at: trade.price)
                let lock = opened.initialMargin(leverage: position.leverage)
                position.isolatedMargin += lock
                wallet -= lock
            }
        } else {
            wallet += effect.realizedPnL - fee
        }
        accounts[holder].wallets[asset] = wallet
        accounts[holder].positions[instrumentID] = position
        events.append(
            .fill(
                Fill(
                    account: account, instrument: instrumentID, order: order, side: side, price: trade.price,
                    quantity: trade.quantity, isMaker: isMaker, fee: fee, realizedPnL: effect.realizedPnL,
                    positionSize: position.size)))
    }

    /// Long open interest of an instrument, in lots (equal to the short side's).
    public func openInterest(_ instrument: InstrumentID) -> Int64 {
        accounts.reduce(0) { total, account in total + Swift.max(0, account.positions[instrument].size) }
    }
}

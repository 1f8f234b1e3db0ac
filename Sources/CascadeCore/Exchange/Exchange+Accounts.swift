extension Exchange {
    mutating func deposit(_ account: AccountID, _ asset: Asset, _ amount: Money, _ events: inout [Event]) {
        guard let index = assetID(asset) else { return events.append(.rejected(account, .unknownAsset)) }
        guard amount.units > 0, amount.units <= Self.largestDeposit(asset),
            ledgers[index].deposits.units <= Int64.max / 2 - amount.units
        else { return events.append(.rejected(account, .invalidAmount)) }
        guard ensureAccount(account) else {
            events.append(.rejected(account, .unknownAccount))
            return
        }
        accounts[account].wallets[index] += amount
        ledgers[index].deposits += amount
        events.append(.deposited(account, asset, amount))
        rekey(account, &events)
    }

    /// Pays out free margin only: no more than the wallet holds and no more than is not backing
    /// positions and orders.
    mutating func withdraw(_ account: AccountID, _ asset: Asset, _ amount: Money, _ events: inout [Event]) {
        guard let index = assetID(asset) else { return events.append(.rejected(account, .unknownAsset)) }
        guard amount.units > 0 else { return events.append(.rejected(account, .invalidAmount)) }
        guard self.account(account) != nil else { return events.append(.rejected(account, .unknownAccount)) }
        let free = withdrawable(account, asset: index)
        guard amount <= free else {
            events.append(.rejected(account, .insufficientFreeMargin(available: Swift.max(.zero, free))))
            return
        }
        accounts[account].wallets[index] -= amount
        ledgers[index].withdrawals += amount
        events.append(.withdrew(account, asset, amount))
        rekey(account, &events)
    }

    /// Sets an instrument's leverage, bounded by the tier maximum at the position's notional; a
    /// cross position must still leave available margin, an isolated one must keep its initial margin.
    mutating func setLeverage(
        _ account: AccountID, _ instrument: InstrumentID, _ leverage: Int, _ events: inout [Event]
    ) {
        guard isKnown(instrument) else { return events.append(.rejected(account, .unknownInstrument)) }
        guard markets[instrument].instrument.option == nil else {
            return events.append(.rejected(account, .notForOptions))
        }
        guard leverage >= 1 else { return events.append(.rejected(account, .invalidLeverage)) }
        guard ensureAccount(account) else { return events.append(.rejected(account, .unknownAccount)) }
        let market = markets[instrument]
        let position = accounts[account].positions[instrument]
        let price = market.valuationPrice
        let notional = price.map { market.instrument.notional(of: position.size, at: $0) } ?? .zero
        let maximum = market.instrument.tiers.tier(for: notional).maxLeverage
        guard leverage <= maximum else {
            return events.append(.rejected(account, .leverageAboveTierMaximum(maximum: maximum)))
        }
        let previous = position.leverage
        accounts[account].positions[instrument].leverage = leverage
        if let shortfall = leverageShortfall(account, instrument, notional: notional) {
            accounts[account].positions[instrument].leverage = previous
            return events.append(.rejected(account, shortfall))
        }
        events.append(.leverageSet(account, instrument, leverage))
        rekey(account, &events)
    }

    /// Whether margin still covers initial margin at the new leverage: an isolated position's own
    /// margin, and the account's free cross margin, which also backs every open order.
    private func leverageShortfall(_ account: AccountID, _ instrument: InstrumentID, notional: Money)
        -> ExchangeRejection?
    {
        let position = accounts[account].positions[instrument]
        if position.mode == .isolated && !position.isFlat {
            let required = notional.initialMargin(leverage: position.leverage)
            let held = position.isolatedMargin + unrealized(position, markets[instrument])
            if required > held { return .insufficientMargin(required: required, available: held) }
        }
        let cross = crossMargin(of: account, asset: assetID(of: instrument))
        return cross.available.units < 0
            ? .insufficientMargin(required: cross.usedInitialMargin, available: cross.equity) : nil
    }

    mutating func setMarginMode(
        _ account: AccountID, _ instrument: InstrumentID, _ mode: MarginMode, _ events: inout [Event]
    ) {
        guard isKnown(instrument) else { return events.append(.rejected(account, .unknownInstrument)) }
        guard markets[instrument].instrument.option == nil else {
            return events.append(.rejected(account, .notForOptions))
        }
        guard ensureAccount(account) else { return events.append(.rejected(account, .unknownAccount)) }
        let holder = accounts[account]
        let busy =
            !holder.positions[instrument].isFlat
            || holder.openOrders.contains { owners[$0]?.instrument == instrument }
        guard !busy else { return events.append(.rejected(account, .positionOrOrdersOpen)) }
        accounts[account].positions[instrument].mode = mode
        events.append(.marginModeSet(account, instrument, mode))
    }

    /// Adds margin to an isolated position from free cross margin, or takes back what its initial
    /// margin does not need.
    mutating func adjustIsolatedMargin(
        _ account: AccountID, _ instrument: InstrumentID, _ delta: Money, _ events: inout [Event]
    ) {
        guard isKnown(instrument) else { return events.append(.rejected(account, .unknownInstrument)) }
        guard let holder = self.account(account) else { return events.append(.rejected(account, .unknownAccount)) }
        guard delta != .zero, delta.units != .min else { return events.append(.rejected(account, .invalidAmount)) }
        let position = holder.positions[instrument]
        guard position.mode == .isolated, !position.isFlat else {
            return events.append(.rejected(account, .noIsolatedPosition))
        }
        let asset = assetID(of: instrument)
        let free: Money
        if delta.units > 0 {
            free = withdrawable(account, asset: asset)
        } else {
            // Unrealised profit is not margin that can leave: only losses count against it.
            let market = markets[instrument]
            let initial = risk(of: account, in: instrument)?.initialMargin ?? .zero
            free = position.isolatedMargin + Swift.min(.zero, unrealized(position, market)) - initial
        }
        guard delta.magnitude <= free else {
            return events.append(.rejected(account, .insufficientFreeMargin(available: Swift.max(.zero, free))))
        }
        accounts[account].positions[instrument].isolatedMargin += delta
        accounts[account].wallets[asset] -= delta
        events.append(.isolatedMarginAdjusted(account, instrument, delta))
        rekey(account, &events)
    }

    /// What may leave the cross wallet (to the outside or to isolated margin): the wallet less
    /// unrealised losses and the initial margin of cross positions and open orders. Unrealised
    /// profit is not money yet, so it cannot be taken out (as on Binance).
    func withdrawable(_ account: AccountID, asset: AssetID) -> Money {
        let cross = crossMargin(of: account, asset: asset)
        return Swift.max(.zero, cross.wallet + Swift.min(.zero, cross.unrealizedPnL) - cross.usedInitialMargin)
    }

    /// The largest single deposit: a billion whole units, or a sixteenth of Int64's range for an
    /// asset with finer units (BTC: about 576,000 BTC), so sums of deposits stay far inside Int64.
    static func largestDeposit(_ asset: Asset) -> Int64 {
        let (billion, overflow) = asset.unitsPerWhole.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? Int64.max / 16 : Swift.min(billion, Int64.max / 16)
    }

    /// Unrealised PnL of a position at the market's valuation price.
    func unrealized(_ position: Position, _ market: Market) -> Money {
        guard let price = market.valuationPrice else { return .zero }
        return market.instrument.unrealizedPnL(of: position.size, costBasis: position.costBasis, at: price)
    }
}

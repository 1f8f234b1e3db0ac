extension Exchange {
    /// Runs every pending liquidation that is due, oldest first.
    /// - Complexity: O(pending) plus the liquidations themselves.
    mutating func runDueLiquidations(_ events: inout [Event]) {
        while pendingLiquidations.contains(where: { $0.due <= now }) {
            let due = pendingLiquidations.filter { $0.due <= now }
            pendingLiquidations.removeAll { $0.due <= now }
            for pending in due {
                pendingKeys.remove(PendingKey(account: pending.account, scope: pending.scope))
                liquidate(pending.account, pending.scope, &events)
            }
        }
    }

    /// One liquidation step for `scope` of `account`:
    /// 1. cancel its open orders (cross: in every instrument of the asset) and re-check;
    /// 2. below the backstop threshold, hand every position to the backstop vault at bankruptcy (the
    ///    vault's own positions go to auto-deleveraging);
    /// 3. otherwise close through the book with IOC orders bounded by the slippage tolerance around
    ///    the bankruptcy price, a partial step for large positions; what the book cannot absorb goes
    ///    to the backstop, or, when the vault cannot carry it, to auto-deleveraging;
    /// 4. when the scope is flat, its remaining equity goes to the insurance fund (a deficit is paid
    ///    by it, and what it cannot pay is recorded as bad debt).
    mutating func liquidate(_ account: AccountID, _ scope: LiquidationScope, _ events: inout [Event]) {
        // A portfolio account is reduced step by step unless it is too deep for that.
        if case .cross(let asset) = scope, accounts[account].crossMarginModels[asset] == .portfolio,
            reducePortfolio(account, asset, &events)
        {
            return
        }
        guard isLiquidatable(account, scope) else {
            // The market came back (or the position was closed) during the latency or a cooldown.
            let margin = scopeMargin(account, scope)
            events.append(
                .liquidation(
                    .averted(account: account, scope: scope, equity: margin.equity, maintenance: margin.maintenance)))
            return
        }
        // Its own fills re-file the account; they must not queue it again while it is being handled.
        inLiquidation = account
        defer { inLiquidation = nil }
        let walletBefore = accounts[account].wallets[scopeAsset(scope)]
        for id in accounts[account].openOrders {
            guard let owner = owners[id], covers(scope, owner.instrument, of: account) else { continue }
            cancel(account, id, &events)
        }
        let margin = scopeMargin(account, scope)
        if margin.equity > margin.maintenance {
            events.append(
                .liquidation(
                    .averted(account: account, scope: scope, equity: margin.equity, maintenance: margin.maintenance)))
            rekey(account, &events)
            return
        }
        // Options close first, through their books; a perpetual liquidation follows only if the
        // account is still short of maintenance.
        let heldOptions = !heldOptions(account, in: scope).isEmpty
        var closedAll = closeOptions(account, scope, &events)
        let afterOptions = scopeMargin(account, scope)
        let order = liquidationOrder(account, scope)
        if heldOptions && afterOptions.equity > afterOptions.maintenance && !(closedAll && order.isEmpty) {
            events.append(.liquidation(.finished(account: account, scope: scope, closedAll: false)))
            events.append(
                .liquidation(
                    .averted(
                        account: account, scope: scope, equity: afterOptions.equity,
                        maintenance: afterOptions.maintenance)))
            rekey(account, &events)
            return
        }
        let toBackstop =
            afterOptions.equity <= configuration.liquidation.backstopBelow.of(afterOptions.maintenance, rounding: .up)
        let bankruptcies = bankruptcyPrices(account, scope, order)
        for (instrument, bankruptcy) in zip(order, bankruptcies) {
            guard let bankruptcy else { continue }
            guard liquidationStyles[instrument].usesBackstopVault else {
                let closed = liquidateWithFund(
                    account, instrument, bankruptcy: bankruptcy, deep: toBackstop, margin: afterOptions, &events)
                closedAll = closedAll && closed
                continue
            }
            let position = accounts[account].positions[instrument]
            var lots = abs(position.size)
            if !toBackstop {
                let step = stepLots(position, instrument)
                closedAll = closedAll && step == lots
                lots -=
                    closeThroughBook(account, instrument, lots: step, bankruptcy: bankruptcy, &events) + (lots - step)
            }
            if lots > 0 { transferToBackstopOrDeleverage(account, instrument, lots: lots, at: bankruptcy, &events) }
        }
        if closedAll { settleRemainder(account, scope, walletBefore: walletBefore, lead: order.first, &events) }
        events.append(.liquidation(.finished(account: account, scope: scope, closedAll: closedAll)))
        // A partial step that left the account liquidatable waits out the cooldown; queued before
        // re-filing, so the re-filing does not queue it again for right now. One that left it
        // healthy ends the liquidation, and says so.
        if !closedAll {
            if isLiquidatable(account, scope) {
                enqueue(account, scope, due: now + configuration.liquidation.cooldown)
            } else {
                let margin = scopeMargin(account, scope)
                events.append(
                    .liquidation(
                        .averted(
                            account: account, scope: scope, equity: margin.equity, maintenance: margin.maintenance)))
            }
        }
        rekey(account, &events)
    }

    /// Closes the scope's option positions through their books, each with one IOC order limited to
    /// its valuation price widened by `optionSlippage`; the book order's reference price is that
    /// valuation (an option has no bankruptcy price of its own). Returns whether all closed; what the
    /// books could not take waits for the next step, as a partial liquidation does.
    private mutating func closeOptions(_ account: AccountID, _ scope: LiquidationScope, _ events: inout [Event])
        -> Bool
    {
        var closedAll = true
        for option in heldOptions(account, in: scope) {
            let size = accounts[account].positions[option].size
            guard let price = markets[option].valuationPrice else {
                closedAll = false
                continue
            }
            let width = Swift.max(
                1, configuration.liquidation.optionSlippage.of(Money(units: price.ticks), rounding: .down).units)
            let limit = Price(ticks: size > 0 ? Swift.max(1, price.ticks - width) : price.ticks + width)
            _ = sendLiquidationOrder(account, option, lots: abs(size), limit: limit, bankruptcy: price, &events)
            closedAll = closedAll && accounts[account].positions[option].isFlat
        }
        return closedAll
    }

    /// Whether a liquidation of `scope` covers the account's orders in `instrument`: the isolated
    /// position's own, or every cross perpetual's and option's in the asset.
    func covers(_ scope: LiquidationScope, _ instrument: InstrumentID, of account: AccountID) -> Bool {
        switch scope {
        case .isolated(let isolated): instrument == isolated
        case .cross(let asset): instrumentAssets[instrument] == asset && !isIsolatedPerpetual(account, instrument)
        }
    }

    func scopeAsset(_ scope: LiquidationScope) -> AssetID {
        switch scope {
        case .isolated(let instrument): assetID(of: instrument)
        case .cross(let asset): asset
        }
    }

    /// Instruments with a position in the scope, largest notional first.
    private func liquidationOrder(_ account: AccountID, _ scope: LiquidationScope) -> [InstrumentID] {
        let holder = accounts[account]
        return instruments(in: scope)
            .filter { !holder.positions[$0].isFlat && self.scope(of: account, in: $0) == scope }
            .sorted { left, right in
                let notional = { (id: InstrumentID) in
                    self.markets[id].valuationPrice.map {
                        self.markets[id].instrument.notional(of: holder.positions[id].size, at: $0)
                    } ?? .zero
                }
                return (notional(left), right) > (notional(right), left)
            }
    }

    /// The prices at which closing every position of the scope leaves its equity at exactly zero,
    /// taken before anything closes: slippage in one instrument must not move the next one's, or an
    /// ADL counterparty would pay what the insurance fund is there for. One position gets the whole
    /// equity (its own bankruptcy price); several in cross share it in proportion to their
    /// maintenance margin, so none is bankrupt on the wrong side of its mark while equity is left.
    func bankruptcyPrices(_ account: AccountID, _ scope: LiquidationScope, _ order: [InstrumentID]) -> [Price?] {
        let risks = order.map { risk(of: account, in: $0) }
        guard order.count > 1 else {
            return zip(order, risks).map { $1?.bankruptcyPrice ?? markets[$0].valuationPrice }
        }
        let equity = scopeMargin(account, scope).equity
        let maintenance = risks.reduce(Money.zero) { $0 + ($1?.maintenanceMargin ?? .zero) }
        return zip(order, risks).map { instrument, risk in
            guard let risk, maintenance.units > 0 else { return markets[instrument].valuationPrice }
            // This position's share of the equity, as the wallet of a lone position with its uPnL.
            let share = Money(
                units: Int64(
                    (Int128(equity.units) * Int128(risk.maintenanceMargin.units))
                        .divided(by: Int128(maintenance.units), rounding: .down)!))
            var input = risk.input
            input.wallet = share - risk.unrealizedPnL
            input.otherMaintenance = .zero
            input.otherUnrealized = .zero
            return PositionRisk(input).bankruptcyPrice ?? markets[instrument].valuationPrice
        }
    }

    /// Lots the next book step closes: all of it, or the partial fraction of a large position.
    func stepLots(_ position: Position, _ instrument: InstrumentID) -> Int64 {
        let rules = configuration.liquidation
        let market = markets[instrument]
        let lots = abs(position.size)
        guard let price = market.valuationPrice else { return lots }
        let threshold = Money(units: rules.partialAboveWholeUnits * market.instrument.settlementAsset.unitsPerWhole)
        guard market.instrument.notional(of: lots, at: price) > threshold else { return lots }
        let part = Int64(
            (Int128(lots) * Int128(rules.partialFraction.units)).divided(by: Int128(Rate.one), rounding: .up)!)
        return Swift.max(1, Swift.min(lots, part))
    }

    /// Sends an IOC order closing `lots`, limited to the bankruptcy price widened by the slippage
    /// tolerance, unless the insurance fund could not pay the worst loss it allows (then nothing is
    /// sent and the caller deleverages). Returns the lots filled.
    private mutating func closeThroughBook(
        _ account: AccountID, _ instrument: InstrumentID, lots: Int64, bankruptcy: Price, _ events: inout [Event]
    ) -> Int64 {
        let market = markets[instrument]
        let size = accounts[account].positions[instrument].size
        let side: Side = size > 0 ? .sell : .buy
        let width = configuration.liquidation.slippageTolerance.of(Money(units: bankruptcy.ticks), rounding: .down)
            .units
        let limit = Price(ticks: Swift.max(1, side == .sell ? bankruptcy.ticks - width : bankruptcy.ticks + width))
        // The worst the fund may have to pay: the fill at the limit instead of bankruptcy, and the
        // taker fee on it.
        let worstLoss =
            (market.instrument.value(of: lots, at: bankruptcy) - market.instrument.value(of: lots, at: limit)).magnitude
            + market.instrument.takerFee.of(market.instrument.notional(of: lots, at: limit), rounding: .up)
        guard worstLoss <= fundBalance(fundID(for: instrument)) else { return 0 }
        return sendLiquidationOrder(account, instrument, lots: lots, limit: limit, bankruptcy: bankruptcy, &events)
    }
}

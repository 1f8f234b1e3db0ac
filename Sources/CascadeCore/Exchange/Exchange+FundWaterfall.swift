extension Exchange {
    /// One position of a liquidation under a fund-backed style (Binance, Bybit, BitMEX, dYdX); what
    /// the insurance fund cannot cover goes to ADL at the bankruptcy price, and no backstop vault
    /// exists. Returns `false` after a partial step that left part of the position open.
    ///
    /// - Binance and Bybit first reduce a large position with one IOC order no worse than bankruptcy,
    ///   the trader paying its own slippage (Binance liquidation protocol: reduce to a lower tier
    ///   before full liquidation); dYdX also closes large positions in parts
    ///   (`MaxPositionPortionLiquidatedPpm`). Deep under maintenance (the `backstopBelow` share), or
    ///   for a position below the partial threshold, the whole position closes at once.
    /// - BitMEX never steps: the liquidation engine takes the whole position over at bankruptcy when
    ///   the fund can carry it (https://www.bitmex.com/app/liquidation); else, as the others, an IOC
    ///   order as deep as the fund can pay for.
    /// - What the book did not take the fund's engine takes over when the fund can carry it (Binance:
    ///   "the insurance fund takes over"); dYdX has no engine and deleverages it.
    /// - Complexity: O(book levels the order walks) plus the order and the ADL it may need.
    mutating func liquidateWithFund(
        _ account: AccountID, _ instrument: InstrumentID, bankruptcy: Price, deep: Bool,
        margin: (equity: Money, maintenance: Money), _ events: inout [Event]
    ) -> Bool {
        let style = liquidationStyles[instrument]
        let position = accounts[account].positions[instrument]
        let lots = abs(position.size)
        let side: Side = position.size > 0 ? .sell : .buy
        if style != .bitmex && !deep {
            let step = stepLots(position, instrument)
            if step < lots {
                _ = sendLiquidationOrder(
                    account, instrument, lots: step, limit: bankruptcy, bankruptcy: bankruptcy, &events)
                return false
            }
        }
        let rules = configuration.liquidation
        let fund = fundID(for: instrument)
        let engine = rules.backstopAccount
        let canTakeOver = style != .dydx && account != engine && ensureAccount(engine)
        if style == .bitmex, canTakeOver, fundCanCarry(instrument, side: side, lots: lots, at: bankruptcy) {
            takeOver(account, instrument, side: side, lots: lots, at: bankruptcy, &events)
            return true
        }
        var budget = Swift.max(.zero, fundBalance(fund) - fundFloor(fund))
        // dYdX caps what the fund loses on one liquidation (`MaxCumulativeInsuranceFundDelta`).
        if style == .dydx { budget = Swift.min(budget, wholeUnits(rules.fundLossLimitWholeUnits, fund.asset)) }
        let bound =
            style == .dydx
            ? fillablePrice(account, instrument, margin: margin) : bandLimit(instrument, side)
        let bankruptValue = markets[instrument].instrument.lotValue(at: bankruptcy)
        let plan = fundedClose(
            instrument, side, lots: lots, reference: bankruptValue, budget: budget, bound: bound)
        if plan.lots > 0 {
            let before = equityAtPrice(account, instrument, bankruptcy)
            let filled = sendLiquidationOrder(
                account, instrument, lots: plan.lots, limit: plan.limit, bankruptcy: bankruptcy, &events)
            // What the fills brought against closing at bankruptcy, fees included: the fund's to keep
            // or to pay (Binance: the fund covers a close worse than bankruptcy and keeps the rest).
            var difference = equityAtPrice(account, instrument, bankruptcy) - before
            if style == .dydx, difference.units > 0 {
                // dYdX: the fund takes at most the maximum liquidation fee of a better fill
                // (GetLiquidationInsuranceFundDelta); the rest stays with the trader.
                let notional = markets[instrument].instrument.notional(of: filled, at: bankruptcy)
                difference = Swift.min(difference, rules.maximumLiquidationFee.of(notional, rounding: .down))
            }
            payFund(fund, difference, account: account, instrument: instrument, reason: .fills, &events)
        }
        let remaining = abs(accounts[account].positions[instrument].size)
        guard remaining > 0 else { return true }
        if canTakeOver, fundCanCarry(instrument, side: side, lots: remaining, at: bankruptcy) {
            takeOver(account, instrument, side: side, lots: remaining, at: bankruptcy, &events)
        } else {
            autoDeleverage(account, instrument, lots: remaining, at: bankruptcy, &events)
        }
        return true
    }

    /// The price band's far edge for a closing order on `side` (orders beyond it are refused on every
    /// venue), or `nil` without a mark.
    func bandLimit(_ instrument: InstrumentID, _ side: Side) -> Price? {
        guard let mark = markets[instrument].valuationPrice else { return nil }
        let width = Int128(mark.ticks) * Int128(markets[instrument].instrument.priceBand.units) / Int128(Rate.one)
        let ticks = side == .sell ? Int128(mark.ticks) - width : Int128(mark.ticks) + width
        return Price(ticks: Int64(clamping: Swift.max(1, ticks)))
    }

    /// The account's equity in the instrument's asset with the position valued at `price`: wallet,
    /// isolated margin and the PnL closing at `price` would realise. Its change over an order is what
    /// the order's fills made against that price.
    private func equityAtPrice(_ account: AccountID, _ instrument: InstrumentID, _ price: Price) -> Money {
        let position = accounts[account].positions[instrument]
        let pnl = markets[instrument].instrument.unrealizedPnL(
            of: position.size, costBasis: position.costBasis, at: price)
        return accounts[account].wallets[assetID(of: instrument)] + position.isolatedMargin + pnl
    }

    /// How many lots a closing order on `side` can take from the book, and its limit, while the fund's
    /// cost stays within `budget`: each level's loss against `reference` (the value of one lot at the
    /// bankruptcy price, or at the engine's entry) plus the taker fee,
    /// less the surplus of better levels (which the fund keeps), never past `bound`.
    /// - Complexity: O(levels walked); allocates nothing.
    func fundedClose(
        _ instrument: InstrumentID, _ side: Side, lots: Int64, reference: Int128, budget: Money, bound: Price?
    ) -> (lots: Int64, limit: Price) {
        let contract = markets[instrument].instrument
        let direction = Int128(contract.pnlDirection) * (side == .sell ? 1 : -1)
        var cost: Int128 = 0
        var taken: Int64 = 0
        var limit = Price(ticks: 0)
        markets[instrument].book.forEachLevel(of: side.opposite) { price, level in
            if let bound, side == .sell ? price < bound : price > bound { return false }
            let available = Swift.min(level.total, lots - taken)
            let value = contract.lotValue(at: price)
            // Rounded up per lot, so it is never below the fee the trades are charged.
            let fee = Int128(contract.takerFee.of(Money(units: Int64(clamping: value)), rounding: .up).units)
            let perLot = direction * (reference - value) + fee
            var count = available
            if perLot > 0 { count = Swift.min(available, Int64(clamping: (Int128(budget.units) - cost) / perLot)) }
            guard count > 0 else { return false }
            cost += perLot * Int128(count)
            taken += count
            limit = price
            return taken < lots && count == available
        }
        return (taken, limit)
    }

    /// dYdX's fillable price: P × (1 ∓ SMMR × MMF × ABR) with ABR = clamp(1 − TNC ÷ TMMR, 0, 1), P the
    /// mark, MMF the position's maintenance ÷ notional (− for a long, + for a short): the deeper the
    /// account is under maintenance, the further the order may go (dYdX v4 GetFillablePrice).
    func fillablePrice(_ account: AccountID, _ instrument: InstrumentID, margin: (equity: Money, maintenance: Money))
        -> Price?
    {
        let market = markets[instrument]
        guard let mark = market.valuationPrice, let risk = risk(of: account, in: instrument) else { return nil }
        let notional = market.instrument.notional(of: risk.input.size, at: mark)
        guard notional.units > 0, margin.maintenance.units > 0 else { return mark }
        let shortfall = Swift.min(margin.maintenance, Swift.max(.zero, margin.maintenance - margin.equity))
        let fraction = Rate.ratio(risk.maintenanceMargin, notional, rounding: .down)
        let adjustment = Rate.ratio(shortfall, margin.maintenance, rounding: .down)
        let one = Int128(Rate.one)
        let spread =
            Int128(mark.ticks) * Int128(configuration.liquidation.spreadToMaintenance.units) / one
            * Int128(fraction.units) / one * Int128(adjustment.units) / one
        let ticks = risk.input.size > 0 ? Int128(mark.ticks) - spread : Int128(mark.ticks) + spread
        return Price(ticks: Int64(clamping: Swift.max(1, ticks)))
    }

    /// `whole` units of the asset, clamped to a sixteenth of Int64's range.
    private func wholeUnits(_ whole: Int64, _ asset: AssetID) -> Money {
        let (units, overflow) = whole.multipliedReportingOverflow(by: assets[asset].unitsPerWhole)
        return Money(units: overflow || units > Int64.max / 16 ? Int64.max / 16 : units)
    }

    /// Sends the engine's IOC order closing `lots` of the account's position at `limit` or better, and
    /// returns the lots filled.
    mutating func sendLiquidationOrder(
        _ account: AccountID, _ instrument: InstrumentID, lots: Int64, limit: Price, bankruptcy: Price,
        _ events: inout [Event]
    ) -> Int64 {
        let size = accounts[account].positions[instrument].size
        let side: Side = size > 0 ? .sell : .buy
        let id = OrderID(nextOrderID)
        events.append(
            .liquidation(
                .bookOrder(
                    account: account, instrument: instrument, order: id, side: side, quantity: Quantity(lots: lots),
                    limit: limit, bankruptcyPrice: bankruptcy)))
        submitEngineOrder(account, instrument, side, lots: lots, limit: limit, reduceOnly: true, &events)
        return abs(size) - abs(accounts[account].positions[instrument].size)
    }

    /// Sends an immediate-or-cancel order of the liquidation engine for the account (no client id,
    /// no margin check) and returns its id.
    @discardableResult
    mutating func submitEngineOrder(
        _ account: AccountID, _ instrument: InstrumentID, _ side: Side, lots: Int64, limit: Price, reduceOnly: Bool,
        _ events: inout [Event]
    ) -> OrderID {
        let id = OrderID(nextOrderID)
        nextOrderID += 1
        let request = OrderRequest(
            id: id, account: account,
            terms: .limit(side, Quantity(lots: lots), at: limit, .immediateOrCancel, reduceOnly: reduceOnly))
        throughBook(instrument, &events) { $0.markets[instrument].book.submit(request, events: &$0.bookEvents) }
        return id
    }
}

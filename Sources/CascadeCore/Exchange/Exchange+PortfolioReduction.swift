extension Exchange {
    /// One step of algorithmic position reduction for a portfolio account short of maintenance in
    /// `asset`, instead of closing everything:
    ///
    /// 1. cancel the account's open orders in the asset;
    /// 2. price candidate trades: a step (`stepFraction`, at least a lot) off each position toward
    ///    zero, and selling (or buying) half of each underlying's net delta in its perpetual; pick
    ///    the one that lowers maintenance margin most;
    /// 3. send it as an IOC order limited to the valuation widened by the slippage tolerance (an
    ///    option's wider one); if the book fills none of it, try the next two candidates;
    /// 4. stop once equity is at least maintenance plus `buffer`, else run again after `interval`.
    ///
    /// Returns `false`, doing nothing, when equity is below the backstop threshold: such an account
    /// goes the way a perpetual account does (close through the book, the backstop vault, then
    /// auto-deleveraging, with the insurance fund and bad-debt rules).
    /// - Complexity: one evaluation per candidate (positions plus underlyings), about 12 µs each for
    ///   20 positions.
    mutating func reducePortfolio(_ account: AccountID, _ asset: AssetID, _ events: inout [Event]) -> Bool {
        let scope = LiquidationScope.cross(asset: asset)
        let rules = configuration.portfolioReduction
        let (before, requirement) = portfolioCrossMargin(account, asset)
        let target = before.maintenanceMargin + rules.buffer.of(before.maintenanceMargin, rounding: .up)
        guard holdsCross(account, asset), before.equity < target else {
            events.append(
                .liquidation(
                    .averted(
                        account: account, scope: scope, equity: before.equity,
                        maintenance: before.maintenanceMargin)))
            rekey(account, &events)
            return true
        }
        let deep = configuration.liquidation.backstopBelow.of(before.maintenanceMargin, rounding: .up)
        if before.equity <= deep { return false }
        inLiquidation = account
        defer { inLiquidation = nil }
        for id in accounts[account].openOrders {
            guard let owner = owners[id], covers(scope, owner.instrument, of: account) else { continue }
            cancel(account, id, &events)
        }
        for candidate in reductionCandidates(account, requirement).prefix(3) {
            let instrument = candidate.instrument
            guard let reference = markets[instrument].valuationPrice else { continue }
            let tolerance =
                markets[instrument].instrument.option == nil
                ? configuration.liquidation.slippageTolerance : configuration.liquidation.optionSlippage
            let width = Swift.max(1, tolerance.of(Money(units: reference.ticks), rounding: .down).units)
            let limit = Price(
                ticks: candidate.side == .sell ? Swift.max(1, reference.ticks - width) : reference.ticks + width)
            let sizeBefore = accounts[account].positions[instrument].size
            let reduces = sizeBefore != 0 && (sizeBefore > 0) == (candidate.side == .sell)
            let order = submitEngineOrder(
                account, instrument, candidate.side, lots: candidate.lots, limit: limit,
                reduceOnly: reduces && candidate.lots <= abs(sizeBefore), &events)
            let filled = abs(accounts[account].positions[instrument].size - sizeBefore)
            let after = portfolioCrossMargin(account, asset).0
            events.append(
                .liquidation(
                    .reduction(
                        PortfolioReductionStep(
                            account: account, asset: asset, instrument: instrument, order: order, side: candidate.side,
                            quantity: Quantity(lots: candidate.lots), filled: Quantity(lots: filled), limit: limit,
                            spotShock: candidate.binding.spotShock, volShock: candidate.binding.volShock,
                            equityBefore: before.equity, maintenanceBefore: before.maintenanceMargin,
                            equityAfter: after.equity, maintenanceAfter: after.maintenanceMargin))))
            if filled > 0 { break }
        }
        let after = portfolioCrossMargin(account, asset).0
        let afterTarget = after.maintenanceMargin + rules.buffer.of(after.maintenanceMargin, rounding: .up)
        let open = holdsCross(account, asset)
        if open && after.equity < afterTarget {
            enqueue(account, scope, due: now + rules.interval)
        } else {
            events.append(.liquidation(.finished(account: account, scope: scope, closedAll: !open)))
            events.append(
                .liquidation(
                    .averted(account: account, scope: scope, equity: after.equity, maintenance: after.maintenanceMargin)
                ))
        }
        rekey(account, &events)
        return true
    }

    /// A trade position reduction may make, with the maintenance margin it would leave.
    struct ReductionCandidate {
        var instrument: InstrumentID
        var side: Side
        var lots: Int64
        /// The underlying's maintenance margin after the trade, in whole units.
        var maintenance: Double
        /// How much it lowers the underlying's maintenance margin, in whole units.
        var relief: Double
        /// The underlying's binding scenario before the trade.
        var binding: PortfolioScenario
    }

    /// Every candidate trade, the most relief first (ties: lower instrument id, then buy first).
    func reductionCandidates(_ account: AccountID, _ requirement: PortfolioRequirement) -> [ReductionCandidate] {
        let model = configuration.portfolioMargin
        let fraction = configuration.portfolioReduction.stepFraction
        var candidates: [ReductionCandidate] = []
        for (underlying, margin) in requirement.groups {
            guard let spot = spot(of: underlying), let worst = margin.worstScenario else { continue }
            let binding = margin.scenarios[worst]
            var holdings = portfolioHoldings(account, on: underlying, orders: false, replacing: nil)
            func consider(_ instrument: InstrumentID, _ side: Side, lots: Int64, _ positions: [PortfolioPosition]) {
                let maintenance = model.evaluate(positions, spot: spot).maintenanceMargin
                guard maintenance.isFinite else { return }
                candidates.append(
                    ReductionCandidate(
                        instrument: instrument, side: side, lots: lots, maintenance: maintenance,
                        relief: margin.maintenanceMargin - maintenance, binding: binding))
            }
            for (index, holding) in holdings.enumerated() where holding.position.size != 0 {
                let held = abs(accounts[account].positions[holding.instrument].size)
                let lots = Swift.min(
                    held,
                    Swift.max(
                        1,
                        Int64(
                            (Int128(held) * Int128(fraction.units)).divided(by: Int128(Rate.one), rounding: .up)!)))
                var positions = holdings.map(\.position)
                let sign: Double = holding.position.size > 0 ? -1 : 1
                positions[index].size += sign * Double(lots) * holding.coinsPerLot
                consider(holding.instrument, holding.position.size > 0 ? .sell : .buy, lots: lots, positions)
            }
            // Half the net delta off through the perpetual, whether it holds one or not.
            let lot = markets[underlying].instrument.lotSize.doubleValue
            let lots = Int64((abs(margin.netDelta) / 2 / lot).rounded())
            guard lots > 0, markets[underlying].instrument.kind == .linear,
                accounts[account].positions[underlying].mode == .cross
            else { continue }
            if !holdings.contains(where: { $0.instrument == underlying }) {
                holdings.insert(
                    PortfolioHolding(
                        instrument: underlying, position: .perpetual(size: 0), coinsPerLot: lot, orders: OrderExposure()
                    ),
                    at: 0)
            }
            var positions = holdings.map(\.position)
            let side: Side = margin.netDelta > 0 ? .sell : .buy
            positions[0].size += (side == .sell ? -1 : 1) * Double(lots) * lot
            consider(underlying, side, lots: lots, positions)
        }
        return candidates.sorted { left, right in
            if left.relief != right.relief { return left.relief > right.relief }
            if left.instrument != right.instrument { return left.instrument < right.instrument }
            return left.side == .buy && right.side == .sell
        }
    }
}

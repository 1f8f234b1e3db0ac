extension Exchange {
    /// Whether some instrument's style lets the insurance fund take positions over; the backstop
    /// account is then the fund's engine and is never liquidated itself.
    var hasFundEngine: Bool {
        liquidationStyles.contains { $0 == .binance || $0 == .bybit || $0 == .bitmex }
    }

    /// Whether the insurance fund can take over `lots` closed on `side` at `price` (the bankruptcy
    /// price): what is left of it above the floor, with what its engine already holds marked, must
    /// cover the loss the position brings at the mark at once and the maintenance margin of what the
    /// engine would then hold (BitMEX and Binance: ADL only when the fund cannot absorb the position).
    func fundCanCarry(_ instrument: InstrumentID, side: Side, lots: Int64, at price: Price) -> Bool {
        let engine = configuration.liquidation.backstopAccount
        guard accounts.contains(engine) else { return false }
        let market = markets[instrument]
        let mark = market.valuationPrice ?? price
        let signed = side == .sell ? lots : -lots
        let immediateLoss = Swift.max(
            .zero,
            Money(
                units: market.instrument.pnlDirection
                    * (market.instrument.value(of: signed, at: price) - market.instrument.value(of: signed, at: mark))
                    .units))
        let held = accounts[engine].positions[instrument].size + signed
        let needed = immediateLoss + market.instrument.maintenanceMargin(of: held, at: mark)
        return needed <= fundCapacity(fundID(for: instrument))
    }

    /// What a fund could still lose: its equity above the floor.
    func fundCapacity(_ fund: InsuranceFundID) -> Money { fundEquity(fund) - fundFloor(fund) }

    /// A fund's balance plus its engine's unrealised PnL in the fund's instruments: what the fund is
    /// worth with the positions it took over marked (its balance alone until it has taken one over).
    /// - Complexity: O(instruments).
    public func fundEquity(_ fund: InsuranceFundID) -> Money {
        let engine = configuration.liquidation.backstopAccount
        var equity = fundBalance(fund)
        guard hasFundEngine, accounts.contains(engine) else { return equity }
        for instrument in perpetualIDs where fundID(for: instrument) == fund {
            let position = accounts[engine].positions[instrument]
            if !position.isFlat { equity += unrealized(position, markets[instrument]) }
        }
        return equity
    }

    /// The liquidation engine takes `lots` over at the bankruptcy price on the fund's account (the
    /// backstop account, which holds no capital of its own under these styles) and works them at once.
    mutating func takeOver(
        _ account: AccountID, _ instrument: InstrumentID, side: Side, lots: Int64, at price: Price,
        _ events: inout [Event]
    ) {
        let engine = configuration.liquidation.backstopAccount
        events.append(
            .liquidation(
                .fundTakeover(account: account, instrument: instrument, quantity: Quantity(lots: lots), price: price)))
        let walletBefore = accounts[engine].wallets[assetID(of: instrument)]
        transfer(lots: lots, from: account, to: engine, instrument, side: side, at: price, &events)
        // Netting against what the engine held realises PnL, which is the fund's.
        sweepEngine(instrument, walletBefore: walletBefore, &events)
        engineHolding = true
        workEngine(instrument, &events)
    }

    /// Runs the engine on every instrument where it holds a position, at most once per
    /// `engineInterval`; called after each command while it holds any.
    /// - Complexity: O(instruments) plus the orders it sends.
    mutating func workEngineIfDue(_ events: inout [Event]) {
        guard now >= nextEngineWork else { return }
        nextEngineWork = now + configuration.liquidation.engineInterval
        let engine = configuration.liquidation.backstopAccount
        var holding = false
        for instrument in perpetualIDs where !liquidationStyles[instrument].usesBackstopVault {
            workEngine(instrument, &events)
            holding = holding || !accounts[engine].positions[instrument].isFlat
        }
        engineHolding = holding
    }

    /// One pass of the engine over its position in `instrument`: when the fund can no longer carry it
    /// (capacity below the position's maintenance margin), the position is deleveraged at the mark;
    /// otherwise it sends an IOC order as deep into the book as the fund can pay for against the
    /// engine's entry, within the slippage tolerance of the mark. Every gain
    /// or loss it realises goes to the fund.
    mutating func workEngine(_ instrument: InstrumentID, _ events: inout [Event]) {
        let engine = configuration.liquidation.backstopAccount
        let position = accounts[engine].positions[instrument]
        guard !position.isFlat, let mark = markets[instrument].valuationPrice else { return }
        let fund = fundID(for: instrument)
        let walletBefore = accounts[engine].wallets[fund.asset]
        let lots = abs(position.size)
        let side: Side = position.size > 0 ? .sell : .buy
        let contract = markets[instrument].instrument
        if fundCapacity(fund) < contract.maintenanceMargin(of: position.size, at: mark) {
            autoDeleverage(engine, instrument, lots: lots, at: mark, &events)
        } else {
            let entry = Int128(position.costBasis.magnitude.units) / Int128(lots)
            let budget = Swift.max(.zero, fundBalance(fund) - fundFloor(fund))
            // Patient: within the slippage tolerance of the mark, not as deep as the price band.
            let width = configuration.liquidation.slippageTolerance.of(Money(units: mark.ticks), rounding: .down).units
            let bound = Price(ticks: Swift.max(1, side == .sell ? mark.ticks - width : mark.ticks + width))
            let plan = fundedClose(instrument, side, lots: lots, reference: entry, budget: budget, bound: bound)
            if plan.lots > 0, entry > 0 {
                let unit = contract.lotValue(at: Price(ticks: 1))
                let entryTicks = contract.kind == .linear ? entry / Swift.max(1, unit) : unit / entry
                _ = sendLiquidationOrder(
                    engine, instrument, lots: plan.lots, limit: plan.limit,
                    bankruptcy: Price(ticks: Int64(clamping: entryTicks)), &events)
            }
        }
        sweepEngine(instrument, walletBefore: walletBefore, &events)
        rekey(engine, &events)
    }

    /// Moves what the engine's wallet gained or lost since `walletBefore` into or out of the fund; a
    /// loss the fund cannot pay is bad debt, so the engine never holds money of its own.
    private mutating func sweepEngine(_ instrument: InstrumentID, walletBefore: Money, _ events: inout [Event]) {
        let engine = configuration.liquidation.backstopAccount
        let fund = fundID(for: instrument)
        let difference = accounts[engine].wallets[fund.asset] - walletBefore
        guard difference != .zero else { return }
        let paid = payFund(fund, difference, account: engine, instrument: instrument, reason: .fills, &events)
        let unpaid = paid - difference
        if unpaid.units > 0 {
            ledgers[fund.asset].badDebt += unpaid
            accounts[engine].wallets[fund.asset] += unpaid
            events.append(.liquidation(.badDebt(account: engine, asset: fund.asset, amount: unpaid)))
        }
    }
}

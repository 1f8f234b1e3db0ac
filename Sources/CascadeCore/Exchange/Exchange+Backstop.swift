extension Exchange {
    /// Moves `lots` of the account's position to the backstop vault at `price` when the vault's free
    /// margin carries their initial margin, and to auto-deleveraging otherwise (always, when the
    /// account being liquidated is the vault itself).
    mutating func transferToBackstopOrDeleverage(
        _ account: AccountID, _ instrument: InstrumentID, lots: Int64, at price: Price, _ events: inout [Event]
    ) {
        let backstop = configuration.liquidation.backstopAccount
        let market = markets[instrument]
        let size = accounts[account].positions[instrument].size
        let side: Side = size > 0 ? .sell : .buy
        if account != backstop, ensureAccount(backstop) {
            let vault = accounts[backstop].positions[instrument]
            var taking = OrderExposure()
            taking.add(side.opposite, lots: lots, at: price, on: market.terms)
            // Taken at bankruptcy while the mark may already be beyond it: the vault must carry the
            // loss it takes on at once as well as the margin.
            let mark = market.valuationPrice ?? price
            let takenValue = market.instrument.value(of: side == .sell ? lots : -lots, at: price)
            let markValue = market.instrument.value(of: side == .sell ? lots : -lots, at: mark)
            let immediateLoss = Swift.max(
                .zero, Money(units: market.instrument.pnlDirection * (takenValue - markValue).units))
            let needed = taking.margin(for: vault, on: market.terms) + immediateLoss
            if needed <= crossMargin(of: backstop, asset: assetID(of: instrument)).available {
                events.append(
                    .liquidation(
                        .backstopTakeover(
                            account: account, instrument: instrument, quantity: Quantity(lots: lots), price: price)))
                transfer(lots: lots, from: account, to: backstop, instrument, side: side, at: price, &events)
                rekey(backstop, &events)
                return
            }
        }
        autoDeleverage(account, instrument, lots: lots, at: price, &events)
    }

    /// Closes `lots` of the account's position against the opposite side's best-ranked positions
    /// (BitMEX: PnL% × effective leverage, highest first), at `price` (the bankruptcy price), cancelling
    /// their open orders in the instrument first. A counterparty is never closed beyond its own
    /// bankruptcy price: after a gap, what lies past it stays with the liquidated account as a deficit
    /// for the insurance fund (and then bad debt), instead of pushing the counterparty below zero.
    mutating func autoDeleverage(
        _ account: AccountID, _ instrument: InstrumentID, lots: Int64, at price: Price, _ events: inout [Event]
    ) {
        let size = accounts[account].positions[instrument].size
        let side: Side = size > 0 ? .sell : .buy
        var remaining = lots
        for counterparty in deleveragingQueue(instrument, opposite: size > 0) where remaining > 0 {
            for id in accounts[counterparty].openOrders where owners[id]?.instrument == instrument {
                cancel(counterparty, id, &events)
            }
            let available = abs(accounts[counterparty].positions[instrument].size)
            let taken = Swift.min(remaining, available)
            guard taken > 0 else { continue }
            let own = risk(of: counterparty, in: instrument)?.bankruptcyPrice
            let fill = own.map { side == .sell ? Swift.min(price, $0) : Swift.max(price, $0) } ?? price
            events.append(
                .liquidation(
                    .autoDeleveraged(
                        account: account, counterparty: counterparty, instrument: instrument,
                        quantity: Quantity(lots: taken), price: fill)))
            transfer(lots: taken, from: account, to: counterparty, instrument, side: side, at: fill, &events)
            remaining -= taken
            rekey(counterparty, &events)
        }
    }

    /// Accounts holding positions on the side opposite a liquidated long (`opposite: true` means
    /// shorts), best ADL rank first; ties go to the lower account id.
    func deleveragingQueue(_ instrument: InstrumentID, opposite shorts: Bool) -> [AccountID] {
        var ranked: [(rank: Double, account: AccountID)] = []
        for (index, holder) in accounts.enumerated() {
            let size = holder.positions[instrument].size
            guard size != 0, (size < 0) == shorts else { continue }
            let account = AccountID(UInt32(index))
            ranked.append((deleveragingRank(account, instrument) ?? -.infinity, account))
        }
        return ranked.sorted { ($0.rank, $1.account) > ($1.rank, $0.account) }.map(\.account)
    }

    /// BitMEX's ADL ranking: PnL% × effective leverage when in profit, PnL% ÷ effective leverage when
    /// not, with PnL% = (mark value − entry value) ÷ |entry value| and effective leverage =
    /// |mark value| ÷ (mark value − bankrupt value), values signed as the position.
    func deleveragingRank(_ account: AccountID, _ instrument: InstrumentID) -> Double? {
        guard let risk = risk(of: account, in: instrument), let bankruptcy = risk.bankruptcyPrice else { return nil }
        let market = markets[instrument]
        let size = risk.input.size
        let direction = Double(market.instrument.pnlDirection)
        let markValue = direction * Double(market.instrument.value(of: size, at: risk.input.mark).units)
        let entryValue = direction * Double(risk.input.costBasis.units)
        let bankruptValue = direction * Double(market.instrument.value(of: size, at: bankruptcy).units)
        guard entryValue != 0, markValue != bankruptValue else { return nil }
        let pnlShare = (markValue - entryValue) / abs(entryValue)
        let leverage = abs(markValue / (markValue - bankruptValue))
        return pnlShare > 0 ? pnlShare * leverage : pnlShare / leverage
    }

    /// The position's place in its side's ADL queue as five lights: 5 for the top fifth (first to be
    /// deleveraged) down to 1; `nil` when flat.
    public func deleveragingLevel(_ account: AccountID, _ instrument: InstrumentID) -> Int? {
        guard let size = self.account(account)?.positions[instrument].size, size != 0 else { return nil }
        let queue = deleveragingQueue(instrument, opposite: size < 0)
        guard let place = queue.firstIndex(of: account) else { return nil }
        return 5 - place * 5 / queue.count
    }

    /// Moves `lots` from `account` (closing on `side`) to `receiver` at `price`, without fees: each
    /// side's position takes the fill as if they had traded; the fills carry order id 0 (no order).
    mutating func transfer(
        lots: Int64, from account: AccountID, to receiver: AccountID, _ instrument: InstrumentID, side: Side,
        at price: Price, _ events: inout [Event]
    ) {
        let trade = Trade(
            makerID: OrderID(0), takerID: OrderID(0), makerAccount: receiver, takerAccount: account, price: price,
            quantity: Quantity(lots: lots), aggressor: side, makerRemaining: .zero)
        settle(trade, instrument, chargingFees: false, &events)
        syncReduceOnlyPosition(account, instrument)
        syncReduceOnlyPosition(receiver, instrument)
    }
}

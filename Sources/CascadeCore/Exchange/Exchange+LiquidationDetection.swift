extension Exchange {

    /// The scope a position of `account` in `instrument` is liquidated in.
    func scope(of account: AccountID, in instrument: InstrumentID) -> LiquidationScope {
        accounts[account].positions[instrument].mode == .isolated
            ? .isolated(instrument) : .cross(asset: assetID(of: instrument))
    }

    /// Instruments a scope covers.
    func instruments(in scope: LiquidationScope) -> [InstrumentID] {
        switch scope {
        case .isolated(let instrument): [instrument]
        case .cross(let asset): perpetualIDs.filter { assetID(of: $0) == asset }
        }
    }

    /// Equity and maintenance margin of a scope: an isolated position's margin plus its PnL against
    /// its maintenance margin, or the cross figures of the asset.
    func scopeMargin(_ account: AccountID, _ scope: LiquidationScope) -> (equity: Money, maintenance: Money) {
        switch scope {
        case .isolated(let instrument):
            let position = accounts[account].positions[instrument]
            let risk = risk(of: account, in: instrument)
            return (position.isolatedMargin + (risk?.unrealizedPnL ?? .zero), risk?.maintenanceMargin ?? .zero)
        case .cross(let asset):
            let cross = crossMargin(of: account, asset: asset, orders: false)
            return (cross.equity, cross.maintenanceMargin)
        }
    }

    /// Whether the scope holds a position and its equity is at or below maintenance margin.
    /// - Complexity: O(perpetuals + options held) to find an open position, then the scope's margin;
    ///   nothing is allocated (this runs for every option holder on every index update).
    func isLiquidatable(_ account: AccountID, _ scope: LiquidationScope) -> Bool {
        let holdsPosition: Bool
        switch scope {
        case .isolated(let instrument):
            holdsPosition =
                !accounts[account].positions[instrument].isFlat && scope == self.scope(of: account, in: instrument)
        case .cross(let asset):
            holdsPosition =
                perpetualIDs.contains { instrument in
                    instrumentAssets[instrument] == asset && !accounts[account].positions[instrument].isFlat
                        && scope == self.scope(of: account, in: instrument)
                }
                || accounts[account].positions.options.contains { !$0.1.isFlat && instrumentAssets[$0.0] == asset }
        }
        guard holdsPosition else { return false }
        let margin = scopeMargin(account, scope)
        // Paid-for long options need no maintenance: such a scope fails only below zero equity.
        return margin.equity <= margin.maintenance && (margin.maintenance.units > 0 || margin.equity.units < 0)
    }

    /// Files every position of `account` in the liquidation index under its current liquidation
    /// price, and schedules the account if a scope is already liquidatable. The backstop vault is
    /// filed too: it can fail like anyone after a takeover.
    /// - Complexity: O(instruments × log n).
    mutating func rekey(_ account: AccountID, _ events: inout [Event]) {
        guard let holder = self.account(account) else { return }
        updateMultiCross(account)
        for instrument in perpetualIDs {
            let position = holder.positions[instrument]
            // A portfolio-margined cross position has no liquidation price of its own: its account
            // is watched by bands (`watchPortfolio`).
            let portfolio =
                position.mode == .cross && holder.crossMarginModels[assetID(of: instrument)] == .portfolio
            let price = position.isFlat || portfolio ? nil : risk(of: account, in: instrument)?.liquidationPrice
            liquidationIndexes[instrument].update(account, isLong: position.size > 0, liquidationPrice: price)
            if !position.isFlat, !portfolio, isLiquidatable(account, scope(of: account, in: instrument)) {
                schedule(account, scope(of: account, in: instrument), events: &events)
            }
        }
        updateOptionHolders(account)
        if holder.crossMarginModels.contains(.portfolio) {
            watchPortfolio(account, &events)
        }
        guard accounts[account].positions.holdsOptions else { return }
        checkOptionHolder(account, &events)
    }

    /// The account's open option positions in a cross scope (options are always cross), shorts
    /// first, larger first: closing a short frees the most maintenance.
    func heldOptions(_ account: AccountID, in scope: LiquidationScope) -> [InstrumentID] {
        guard case .cross(let asset) = scope else { return [] }
        return accounts[account].positions.options
            .filter { !$0.1.isFlat && instrumentAssets[$0.0] == asset }
            .sorted { ($0.1.size, $0.0) < ($1.1.size, $1.0) }
            .map(\.0)
    }

    /// Keeps `optionHolders` right for `account`: listed (in id order) while it holds an option.
    mutating func updateOptionHolders(_ account: AccountID) {
        optionHolders.setMembership(of: account, to: accounts[account].positions.holdsOptions)
    }

    /// Re-checks every account holding options after a price their margin reads has moved: an
    /// option's value and its standard margin follow the underlying, so no single liquidation price
    /// can file them. O(option holders) per underlying index update; only holders that could fail
    /// have their margin summed.
    mutating func detectOptionLiquidations(_ events: inout [Event]) {
        for account in optionHolders { checkOptionHolder(account, &events) }
    }

    /// Schedules each cross scope of an option holder that is liquidatable now; only scopes that
    /// could fail have their margin summed.
    private mutating func checkOptionHolder(_ account: AccountID, _ events: inout [Event]) {
        for asset in assets.indices where mayFailCross(account, asset) && isLiquidatable(account, .cross(asset: asset))
        {
            schedule(account, .cross(asset: asset), events: &events)
        }
    }

    /// Whether the cross scope of `asset` could be liquidatable: it holds a cross perpetual or a
    /// short option there, or its wallet is below zero. Long options alone cannot fail (their
    /// maintenance is zero and their value never below zero), and most option holders are buyers.
    /// - Complexity: O(perpetuals + options held), with no pricing.
    private func mayFailCross(_ account: AccountID, _ asset: AssetID) -> Bool {
        // A portfolio scope is watched by its bands (`detectPortfolioBreaches`), not on every update.
        if accounts[account].crossMarginModels[asset] == .portfolio { return false }
        if accounts[account].wallets[asset].units < 0 { return true }
        for id in perpetualIDs where instrumentAssets[id] == asset {
            let position = accounts[account].positions[id]
            if position.mode == .cross && !position.isFlat { return true }
        }
        return accounts[account].positions.options.contains { $0.1.size < 0 && instrumentAssets[$0.0] == asset }
    }

    /// Checks the positions a new mark of `instrument` has crossed, and re-files the cross accounts
    /// whose other positions' liquidation prices moved with it (only those holding two or more cross
    /// positions in the asset: the rest are untouched, so no mark update scans every account).
    mutating func detectLiquidations(_ instrument: InstrumentID, mark: Price, _ events: inout [Event]) {
        for account in liquidationIndexes[instrument].crossed(by: mark) {
            rekey(account, &events)
        }
        for account in multiCrossHolders[assetID(of: instrument)] {
            let position = accounts[account].positions[instrument]
            if position.mode == .cross && !position.isFlat { rekey(account, &events) }
        }
    }

    /// Keeps `multiCrossHolders` right for `account`: listed (in id order) under every asset in which
    /// it holds two or more cross positions.
    mutating func updateMultiCross(_ account: AccountID) {
        let holder = accounts[account]
        for asset in assets.indices {
            // Portfolio-margined positions are filed by band, not by liquidation price.
            let standard = holder.crossMarginModels[asset] == .standard
            let crossPositions = perpetualIDs.filter { instrument in
                assetID(of: instrument) == asset && holder.positions[instrument].mode == .cross
                    && !holder.positions[instrument].isFlat
            }.count
            multiCrossHolders[asset].setMembership(of: account, to: standard && crossPositions >= 2)
        }
    }

    /// Queues a liquidation of `scope` (once), due after the configured latency.
    mutating func schedule(_ account: AccountID, _ scope: LiquidationScope, events: inout [Event]) {
        guard account != inLiquidation, !pendingKeys.contains(PendingKey(account: account, scope: scope)) else {
            return
        }
        // The fund's engine is backed by the fund, which deleverages it when it cannot absorb the loss.
        if account == configuration.liquidation.backstopAccount, hasFundEngine { return }
        let margin = scopeMargin(account, scope)
        let instrument =
            instruments(in: scope).first { !accounts[account].positions[$0].isFlat }
            ?? heldOptions(account, in: scope).first
        let mark = instrument.flatMap { markets[$0].valuationPrice } ?? Price(ticks: 0)
        events.append(
            .liquidation(
                .triggered(
                    account: account, scope: scope, mark: mark, equity: margin.equity, maintenance: margin.maintenance))
        )
        enqueue(account, scope, due: now + configuration.liquidation.latency)
    }

    /// Adds a pending liquidation; `pendingKeys` makes the uniqueness check O(1) (it is only ever
    /// asked for membership, so its order never matters).
    mutating func enqueue(_ account: AccountID, _ scope: LiquidationScope, due: SimTime) {
        pendingKeys.insert(PendingKey(account: account, scope: scope))
        pendingLiquidations.append(PendingLiquidation(account: account, scope: scope, due: due))
    }
}

extension Exchange {
    /// Switches the account's cross margin in `asset` to `model`. Refused for an asset with inverse
    /// contracts (the scenario table values linear positions only), and when the account would be
    /// left short of initial margin under the new model.
    mutating func setCrossMarginModel(
        _ account: AccountID, _ asset: Asset, _ model: CrossMarginModel, _ events: inout [Event]
    ) {
        guard let index = assetID(asset) else { return events.append(.rejected(account, .unknownAsset)) }
        guard ensureAccount(account) else { return events.append(.rejected(account, .unknownAccount)) }
        if model == .portfolio,
            instrumentAssets.indices.contains(where: { id in
                instrumentAssets[id] == index && markets[id].instrument.kind == .inverse
            })
        {
            return events.append(.rejected(account, .notForPortfolio))
        }
        let previous = accounts[account].crossMarginModels[index]
        accounts[account].crossMarginModels[index] = model
        let margin = crossMargin(of: account, asset: index)
        if model != previous && margin.available.units < 0 {
            accounts[account].crossMarginModels[index] = previous
            return events.append(
                .rejected(account, .insufficientMargin(required: margin.usedInitialMargin, available: margin.equity)))
        }
        events.append(.crossMarginModelSet(account, asset, model))
        let portfolio = accounts[account].crossMarginModels.contains(.portfolio)
        portfolioAccounts.setMembership(of: account, to: portfolio)
        if !portfolio { accounts[account].portfolioWatch = nil }
        rekey(account, &events)
    }

    /// Evaluates the portfolio accounts an index update of `underlying` may have put at risk: those
    /// whose band the index left and those whose review fell due (every one when bands are off).
    /// - Complexity: O(portfolio accounts) comparisons, and one evaluation per account re-checked.
    mutating func detectPortfolioBreaches(_ underlying: InstrumentID, _ events: inout [Event]) {
        guard !portfolioAccounts.isEmpty, let price = markets[underlying].index?.price else { return }
        let banded = configuration.portfolioReduction.banded
        for account in portfolioAccounts {
            guard let watch = accounts[account].portfolioWatch else {
                watchPortfolio(account, &events)
                continue
            }
            if !banded || now >= watch.review || watch.isCrossed(underlying, by: price) {
                watchPortfolio(account, &events)
            }
        }
    }

    /// Evaluates every portfolio asset of `account`: schedules its liquidation when equity is at or
    /// below the portfolio maintenance margin, and files new bands around the indexes.
    mutating func watchPortfolio(_ account: AccountID, _ events: inout [Event]) {
        portfolioDetectionEvaluations += 1
        var bands: [PortfolioWatch.Band] = []
        for asset in assets.indices where accounts[account].crossMarginModels[asset] == .portfolio {
            let (margin, requirement) = portfolioCrossMargin(account, asset)
            let failing =
                margin.equity <= margin.maintenanceMargin
                && (margin.maintenanceMargin.units > 0 || margin.equity.units < 0)
            if failing && holdsCross(account, asset) { schedule(account, .cross(asset: asset), events: &events) }
            let cushion = Double((margin.equity - margin.maintenanceMargin).units) / Double(assets[asset].unitsPerWhole)
            bands += portfolioBands(cushion: cushion, requirement.groups)
        }
        accounts[account].portfolioWatch = PortfolioWatch(
            bands: bands, review: now + configuration.portfolioReduction.review)
    }

    /// The account's cross margin in `asset` under portfolio margin, with the requirement it came from
    /// (one evaluation per underlying held, orders left out).
    func portfolioCrossMargin(_ account: AccountID, _ asset: AssetID) -> (CrossMargin, PortfolioRequirement) {
        var margin = crossMargin(of: account, asset: asset, orders: false, evaluatingPortfolio: false)
        let requirement = portfolioRequirement(of: account, asset: asset, orders: false, replacing: nil)
        margin.usedInitialMargin = requirement.initial
        margin.maintenanceMargin = requirement.maintenance
        return (margin, requirement)
    }

    /// Whether the account holds a cross perpetual or an option settled in `asset`.
    func holdsCross(_ account: AccountID, _ asset: AssetID) -> Bool {
        perpetualIDs.contains { id in
            instrumentAssets[id] == asset && accounts[account].positions[id].mode == .cross
                && !accounts[account].positions[id].isFlat
        } || accounts[account].positions.options.contains { !$0.1.isFlat && instrumentAssets[$0.0] == asset }
    }

    /// The bands within which the account cannot breach, from the last evaluation.
    ///
    /// Per underlying, the loss per unit of spot move is bounded by the largest core-scenario loss
    /// divided by its move (the chord bounds a concave payoff, a short option's, from below its
    /// loss; a convex one loses most at the smallest move, which the ±4% rows carry), a quarter of
    /// the loss of the volatility-only rows is set aside for volatility moving without spot, and
    /// the rest of the cushion (equity − maintenance) is shared in proportion to that slope. The
    /// cushion must cover twice the slope (the loss itself, and maintenance rising with it), so
    /// every underlying may move d = rest ÷ (2 × Σ slope), at most `bandCap`. A band of zero width
    /// re-evaluates on any move.
    func portfolioBands(cushion: Double, _ groups: [(underlying: InstrumentID, margin: PortfolioMargin)])
        -> [PortfolioWatch.Band]
    {
        var slope = 0.0
        var reserve = 0.0
        for group in groups {
            var (groupSlope, groupReserve) = (0.0, 0.0)
            for (index, scenario) in group.margin.scenarios.enumerated() where scenario.weight >= 1 {
                let loss = Swift.max(0, -group.margin.scenarioPnLs[index])
                if scenario.spotShock == 0 {
                    groupReserve = Swift.max(groupReserve, 0.25 * loss)
                } else {
                    groupSlope = Swift.max(groupSlope, loss / abs(scenario.spotShock))
                }
            }
            // Underlyings can fall together, so their slopes and reserves add up.
            slope += groupSlope
            reserve += groupReserve
        }
        let cap = Double(configuration.portfolioReduction.bandCap.units) / Double(Rate.one)
        let rest = cushion - reserve
        let move = rest <= 0 || !rest.isFinite ? 0 : slope > 0 ? Swift.min(cap, rest / (2 * slope)) : cap
        return groups.compactMap { group in
            guard let index = markets[group.underlying].index?.price else { return nil }
            let ticks = Double(index.ticks)
            return PortfolioWatch.Band(
                underlying: group.underlying, low: Price(ticks: Int64((ticks * (1 - move)).rounded(.up))),
                high: Price(ticks: Int64((ticks * (1 + move)).rounded(.down))))
        }
    }
}

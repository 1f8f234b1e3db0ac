import CascadeCore
import CascadeSim

/// Builds a `MarketSnapshot` from the world and the recorder on the engine thread.
/// - Complexity: O(accounts) per instrument for open interest, plus the panels' windows; cheap at
///   the frame rate.
struct SnapshotBuilder {
    /// How much history the chart panels get, in minutes (and heatmap columns).
    static let chartMinutes = 480
    static let heatmapColumns = 240
    static let bookLevels = 60
    /// One-minute candles in a day, for the 24 h figures.
    static let dayMinutes = 1_440

    let world: World
    let recorder: DashboardRecorder
    /// The option chain to include, if the Options workspace asked for one.
    var chain: OptionChainRequest? = nil

    func build(version: Int, generation: Int, speed: Double, paused: Bool) -> MarketSnapshot {
        let exchange = world.exchange
        let backstop = exchange.configuration.liquidation.backstopAccount
        var snapshot = MarketSnapshot(
            version: version, time: world.now, scenario: world.scenario.name, speed: speed, paused: paused,
            instruments: world.place.markets.map(instrument), account: account(), log: recorder.log,
            insuranceFund: exchange.ledgers[.primary].insuranceFund,
            backstopEquity: exchange.crossMargin(of: backstop, asset: .primary).equity)
        snapshot.replays = recorder.replays.replays
        snapshot.notices = recorder.notices
        snapshot.replies = recorder.replies
        snapshot.alerts = recorder.alerts
        snapshot.history = recorder.history
        snapshot.generation = generation
        snapshot.options = chain.flatMap(optionChain)
        let risk = portfolioRisk(in: snapshot)
        snapshot.options?.risk = risk
        snapshot.listedOptions = recorder.listedOptions
        snapshot.lending = lending(available: snapshot.account.available)
        addSystemSeries(to: &snapshot)
        return snapshot
    }

    /// The insurance fund, the backstop vault and liquidations across every instrument, per sample.
    /// - Complexity: O(samples × instruments).
    private func addSystemSeries(to snapshot: inout MarketSnapshot) {
        let samples = world.statistics.samples.suffix(Self.chartMinutes)
        let primary = AssetID.primary
        snapshot.insuranceSeries = samples.map { Double($0.insuranceFund[primary].units) / 1e6 }
        snapshot.backstopSeries = samples.map { Double($0.backstopEquity[primary].units) / 1e6 }
        snapshot.systemLiquidatedLongs = samples.map { $0.liquidatedLongs.reduce(0) { $0 + Double($1.units) / 1e6 } }
        snapshot.systemLiquidatedShorts = samples.map { $0.liquidatedShorts.reduce(0) { $0 + Double($1.units) / 1e6 } }
        snapshot.funds = funds(samples)
    }

    /// Each insurance fund the instruments draw on, in instrument order, with its sampled balances.
    /// - Complexity: O(instruments × samples).
    private func funds(_ samples: some Collection<MarketStatistics.Sample>) -> [FundSeries] {
        let exchange = world.exchange
        var seen: [InsuranceFundID] = []
        var funds: [FundSeries] = []
        // Samples keep the perpetuals' funds: an option's per-contract pool is not drawn.
        for id in (0..<exchange.perpetualCount).map({ InstrumentID($0) }) where !seen.contains(exchange.fundID(for: id))
        {
            let fund = exchange.fundID(for: id)
            seen.append(fund)
            let asset = exchange.assets[fund.asset]
            let name =
                fund.contract.map { "\(exchange.instrument($0).symbol) pool" }
                ?? (exchange.instrumentAssets.contains { $0 != fund.asset }
                    ? "Insurance fund \(asset.symbol)" : "Insurance fund")
            let whole = Double(asset.unitsPerWhole)
            funds.append(
                FundSeries(
                    name: name, balance: exchange.fundBalance(fund),
                    held: exchange.fundEquity(fund) - exchange.fundBalance(fund),
                    series: samples.map { Double($0.funds[id].units) / whole }))
        }
        return funds
    }

    private func instrument(_ market: SimulatedMarket) -> InstrumentSnapshot {
        let exchange = world.exchange
        let id = market.id
        var snapshot = InstrumentSnapshot(id: id, instrument: market.instrument)
        snapshot.liquidationStyle = exchange.liquidationStyles[id]
        snapshot.last = exchange.lastTrade(id)
        snapshot.mark = exchange.mark(id)?.price
        snapshot.index = exchange.index(id)?.price
        let candles = recorder.candles[id].allBars
        snapshot.dayAgo = candles.count > 1_440 ? candles[candles.count - 1_440].open : candles.first?.open
        snapshot.fundingRate = exchange.predictedFundingRate(id)
        snapshot.nextFunding = exchange.nextFundingTime(id)
        snapshot.openInterest = exchange.openInterest(id)
        snapshot.depth = exchange.book(id).depth(levels: Self.bookLevels, highlighting: World.userAccount)
        snapshot.trades = Array(recorder.tapes[id])
        snapshot.candles = Array(candles.suffix(Self.chartMinutes))
        snapshot.markSeries = Array(recorder.markSeries[id].suffix(Self.chartMinutes))
        snapshot.indexSeries = Array(recorder.indexSeries[id].suffix(Self.chartMinutes))
        let margin = exchange.marginStatus(id)
        snapshot.margin = margin
        if margin.kind == .predictive {
            snapshot.fragility = exchange.marginFragility(id, band: margin.parameters.band)
        }
        snapshot.marginSeries = Array(recorder.marginSeries[id].suffix(Self.chartMinutes))
        let samples = world.statistics.samples.suffix(Self.chartMinutes)
        snapshot.openInterestSeries = samples.map { Double($0.openInterest[id]) * market.lotSize }
        snapshot.liquidatedLongs = samples.map { Double($0.liquidatedLongs[id].units) / 1e6 }
        snapshot.liquidatedShorts = samples.map { Double($0.liquidatedShorts[id].units) / 1e6 }
        snapshot.heatmap = HeatmapSeries(
            columns: samples.suffix(Self.heatmapColumns).map { sample in
                let map = sample.heatmaps[id]
                return HeatmapSeries.Column(
                    time: sample.time, lowest: map.lowest, width: map.width,
                    longs: map.longs.map { Double($0.units) / 1e6 }, shorts: map.shorts.map { Double($0.units) / 1e6 })
            })
        snapshot.estimatedHeatmap = HeatmapSeries(
            columns: Array(recorder.estimatedColumns[id].suffix(Self.heatmapColumns)))
        snapshot.volume24h = candles.suffix(Self.dayMinutes).reduce(.zero) {
            $0 + market.instrument.notional(of: $1.volume, at: $1.close)
        }
        let hour = world.statistics.samples.suffix(Int(SimTime.hour / world.statistics.bucketLength))
        snapshot.liquidatedLongsLastHour = hour.reduce(0) { $0 + Double($1.liquidatedLongs[id].units) / 1e6 }
        snapshot.liquidatedShortsLastHour = hour.reduce(0) {
            $0 + Double($1.liquidatedShorts[id].units) / 1e6
        }
        return snapshot
    }

    func account() -> AccountSnapshot {
        let exchange = world.exchange
        let user = World.userAccount
        guard let holder = exchange.account(user) else { return AccountSnapshot() }
        let cross = exchange.crossMargin(of: user, asset: .primary)
        var snapshot = AccountSnapshot(
            wallet: holder.wallets[.primary], equity: holder.wallets[.primary], initialMargin: cross.usedInitialMargin,
            available: cross.available, marginRatio: cross.marginRatio,
            derivations: cross.derivations(in: exchange.assets[.primary]))
        snapshot.crossModel = holder.crossMarginModels[.primary]
        // Under portfolio margin the cross positions' maintenance is the portfolio's, not a sum.
        let portfolio = snapshot.crossModel == .portfolio
        if portfolio {
            snapshot.maintenanceMargin = cross.maintenanceMargin
            snapshot.portfolioGroups = exchange.portfolioRequirement(of: user, asset: .primary, orders: false).groups
        }
        for market in world.place.markets {
            let position = holder.positions[market.id]
            guard !position.isFlat, let risk = exchange.risk(of: user, in: market.id) else { continue }
            snapshot.unrealizedPnL += risk.unrealizedPnL
            if !portfolio || position.mode == .isolated { snapshot.maintenanceMargin += risk.maintenanceMargin }
            if position.mode == .isolated {
                snapshot.equity += position.isolatedMargin
                snapshot.initialMargin += risk.initialMargin
                if let ratio = risk.marginRatio, ratio > (snapshot.marginRatio ?? .zero) {
                    snapshot.marginRatio = ratio
                }
            }
            let rate = exchange.predictedFundingRate(market.id)
            let funding = rate.of(risk.notional, rounding: .towardZero)
            var row = PositionSnapshot(
                instrument: market.id, position: position, risk: risk,
                deleveragingLevel: exchange.deleveragingLevel(user, market.id),
                fundingPerInterval: position.size > 0 ? funding : -funding)
            row.atAnnouncedRate = exchange.riskAtAnnouncedRate(of: user, in: market.id)
            snapshot.positions.append(row)
        }
        snapshot.optionPositions = optionPositions(of: holder)
        for option in snapshot.optionPositions {
            snapshot.unrealizedPnL += option.unrealizedPnL
            if !portfolio { snapshot.maintenanceMargin += option.maintenanceMargin }
        }
        snapshot.equity += snapshot.unrealizedPnL
        snapshot.leverages = DenseArray(holder.positions.perpetuals.map(\.leverage))
        snapshot.modes = DenseArray(holder.positions.perpetuals.map(\.mode))
        // Perpetuals' and options' orders alike, each found in its own book.
        snapshot.orders = holder.openOrders.compactMap { OrderSnapshot($0, on: exchange) }
        return snapshot
    }
}

import CascadeCore
import Foundation

/// `cascade run`: a world advanced as fast as the machine allows, with its events, bars and summary
/// written out.
public struct HeadlessRun {
    /// The scenario to run.
    public var scenario: Scenario
    /// Seed of every random stream; the same scenario, seed and duration give the same event hash.
    public var seed: UInt64
    /// How long to run, in simulated milliseconds.
    public var duration: SimTime
    /// Where to write every event as one JSON line; `nil` writes none.
    public var eventsPath: String?
    /// Bar length and CSV path for the first market's OHLCV bars.
    public var bars: (length: SimTime, path: String)?
    /// Where the caller will write the summary: created empty before the run, like every output,
    /// so a path that cannot be written fails at once instead of after the whole run.
    public var summaryPath: String?
    /// The `--set` changes the scenario was loaded with, named in the summary so runs of a sweep
    /// can be told apart wherever their summaries are gathered.
    public var settings: [ScenarioOverride] = []

    /// A run of `scenario` for `duration`, or the scenario's own duration when `nil`; it writes no files
    /// until their paths are set.
    public init(scenario: Scenario, seed: UInt64, duration: SimTime? = nil) {
        self.scenario = scenario
        self.seed = seed
        self.duration = duration ?? scenario.duration
    }

    /// Runs to the end; `progress` hears the share done once a simulated minute.
    public func run(progress: (Double) -> Void = { _ in }) throws -> (summary: RunSummary, world: World) {
        let writer = try eventsPath.map { try JSONLineWriter(path: $0) }
        for path in [bars?.path, summaryPath].compactMap({ $0 }) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else { throw RunOutputError(path: path) }
        }
        var world = World(scenario: scenario, seed: seed)
        let fundStart = world.exchange.ledgers[.primary].insuranceFund
        let marginStart = world.exchange.maintenanceRate(InstrumentID(0))
        var recorder = RunRecorder(
            bars: BarRecorder(length: bars?.length ?? .minute, instrument: InstrumentID(0)), writer: writer,
            insuranceFund: fundStart.units)
        var totals = LiquidationTotals()
        var liquidity = BookLiquidity()
        var dealerDelta = 0.0
        let clock = ContinuousClock()
        let started = clock.now
        var time: SimTime = 0
        while time < duration {
            let minute = min(duration, time + .minute)
            while time < minute {
                time = min(minute, time + BookLiquidity.interval)
                world.run(until: time, observer: &recorder)
                liquidity.sample(world)
            }
            totals.add(world.statistics, through: time)
            dealerDelta = max(dealerDelta, world.largestDealerDelta)
            progress(Double(time) / Double(duration))
        }
        let elapsed = clock.now - started
        recorder.writer?.flush()
        recorder.writer?.close()
        recorder.bars.roll(to: duration)
        if let bars {
            let csv = recorder.bars.csv(for: world.exchange.instruments[0])
            guard FileManager.default.createFile(atPath: bars.path, contents: Data(csv.utf8)) else {
                throw RunOutputError(path: bars.path)
            }
        }
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var summary = summarize(world, recorder, totals, wall: wall, fundStart: fundStart)
        summary.options.largestDealerDelta = dealerDelta
        summary.settings = Dictionary(settings.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
        summary.margin = Self.margin(world.exchange, start: marginStart)
        summary.longestOneSidedSeconds = Double(liquidity.longestOneSided) / Double(SimTime.second)
        summary.longestOneSidedFrom = SimDuration.format(liquidity.longestOneSidedFrom)
        if let crash = scenario.events.first(where: { ($0.shock ?? 0) < 0 }), crash.at < duration {
            let recovery = liquidity.recovery(afterCrashFrom: crash.at, to: crash.at + crash.shockOver)
            summary.crashed = true
            summary.depthRecoveryMinutes = recovery.map { Double($0) / Double(SimTime.minute) }
        }
        return (summary, world)
    }

    private func summarize(
        _ world: World, _ recorder: RunRecorder, _ totals: LiquidationTotals, wall: Double, fundStart: Money
    ) -> RunSummary {
        let exchange = world.exchange
        let usdc = Double(Asset.usdc.unitsPerWhole)
        let ledger = exchange.ledgers[.primary]
        let openInterest = world.place.markets.reduce(0.0) { total, market in
            let mark = exchange.mark(market.id).map { market.usd($0.price) } ?? market.observer.price
            return total + Double(exchange.openInterest(market.id)) * market.lotSize * mark
        }
        let discrepancy = exchange.assets.indices.reduce(Int64(0)) {
            $0 + abs(exchange.ledgerDiscrepancy(asset: $1).units)
        }
        let vault = exchange.configuration.liquidation.backstopAccount
        let vaultInventory = world.place.markets.reduce(0.0) { total, market in
            let mark = exchange.mark(market.id).map { market.usd($0.price) } ?? market.observer.price
            return total + Double(abs(exchange.position(of: vault, in: market.id).size)) * market.lotSize * mark
        }
        // The vault is funded only where some market's style has one.
        let vaultCapital =
            exchange.liquidationStyles.contains(where: \.usesBackstopVault) ? Double(scenario.backstopCapital) : 0
        let tally = recorder.backstop
        let backstop = RunSummary.Backstop(
            policy: scenario.backstop.policy.rawValue, peakInventory: max(tally.peakInventory, vaultInventory),
            endInventory: vaultInventory,
            pnl: Double(exchange.crossMargin(of: vault, asset: .primary).equity.units) / usdc - vaultCapital,
            minutesToFlat: tally.firstTakeover.flatMap { first in
                tally.flatSince.map { Double($0 - first) / Double(SimTime.minute) }
            })
        var styles: [String] = []
        for style in exchange.liquidationStyles where !styles.contains(style.rawValue) { styles.append(style.rawValue) }
        return RunSummary(
            scenario: scenario.name, liquidationStyle: styles.joined(separator: ","), seed: seed,
            simulatedSeconds: duration / .second,
            simulatedDuration: SimDuration.format(duration), commands: world.place.commandCount,
            events: recorder.events, wallSeconds: wall,
            commandsPerSec: wall > 0 ? Double(world.place.commandCount) / wall : 0, trades: recorder.trades,
            volume: recorder.volume,
            liquidations: RunSummary.Liquidations(
                count: recorder.liquidations, longCount: recorder.longLiquidations,
                shortCount: recorder.shortLiquidations, notional: (totals.longs + totals.shorts) / usdc,
                longNotional: totals.longs / usdc, shortNotional: totals.shorts / usdc),
            insuranceFund: RunSummary.Fund(
                start: Double(fundStart.units) / usdc, minimum: Double(recorder.lowestInsuranceFund) / usdc,
                end: Double(ledger.insuranceFund.units) / usdc, drawdown: Double(recorder.fundDrawdown) / usdc,
                paid: Double(recorder.fundPaid) / usdc, received: Double(recorder.fundReceived) / usdc,
                takeovers: recorder.fundTakeovers),
            backstopTakeovers: recorder.backstopTakeovers,
            backstop: backstop,
            adl: RunSummary.Deleveraging(count: recorder.deleveragings, notional: recorder.deleveragedNotional),
            options: RunSummary.Options(
                trades: recorder.optionTrades, premium: recorder.optionPremium, expired: recorder.optionsExpired,
                settlements: recorder.optionSettlements, largestDealerDelta: 0),
            lending: recorder.lending.summary(exchange),
            badDebt: Double(ledger.badDebt.units) / usdc,
            largestDrawdown: Self.largestDrawdown(recorder.bars.allBars.map(\.close.ticks)),
            openInterest: openInterest, longestOneSidedSeconds: 0, depthRecoveryMinutes: nil,
            ledgerDiscrepancy: discrepancy, eventHash: recorder.digest.hex)
    }

    /// The margin models of the perpetuals (one name when they share it), their changes over all
    /// markets, and how far the first market's rose from `start`.
    static func margin(_ exchange: Exchange, start: Rate) -> RunSummary.Margin {
        let perpetuals = (0..<exchange.perpetualCount).map { InstrumentID($0) }
        let statuses = perpetuals.map { exchange.marginStatus($0) }
        let first = statuses[0]
        let changes = statuses.reduce(0) { $0 + $1.changes }
        let model =
            statuses.allSatisfy { $0.kind == first.kind }
            ? first.kind.rawValue
            : zip(perpetuals, statuses).map { "\(exchange.instrument($0).symbol) \($1.kind.rawValue)" }.joined(
                separator: ", ")
        func percent(_ rate: Rate) -> Double { Double(rate.units) / Double(Rate.one) * 100 }
        let highest = Swift.max(start, first.highestMaintenanceRate)
        return RunSummary.Margin(
            model: model, changes: changes, startMaintenanceRate: percent(start),
            maxMaintenanceRate: percent(highest), procyclicality: percent(highest) - percent(start))
    }

    /// Largest fall from a running peak, as a fraction of the peak.
    static func largestDrawdown(_ prices: [Int64]) -> Double {
        var peak: Int64 = 0
        var worst = 0.0
        for price in prices {
            peak = max(peak, price)
            if peak > 0 { worst = max(worst, Double(peak - price) / Double(peak)) }
        }
        return worst
    }
}

/// Liquidated notional (USDC minor units) summed over the statistics' one-minute samples.
private struct LiquidationTotals {
    var longs = 0.0
    var shorts = 0.0
    private var through: SimTime = -1

    mutating func add(_ statistics: MarketStatistics, through time: SimTime) {
        for sample in statistics.samples.reversed() where sample.time > through {
            let liquidated = sample.liquidatedNotional
            longs += Double(liquidated.longs.units)
            shorts += Double(liquidated.shorts.units)
        }
        through = max(through, statistics.samples.last?.time ?? through)
    }
}

import Testing

@testable import CascadeCore
@testable import CascadeSim

/// Collects only what the tests look at: the digest and whether the ledger held after each batch.
private struct CheckingObserver: WorldObserver {
    var digest = EventDigest()
    var batches = 0
    var ledgerFailures = 0
    var trades = 0
    let checkEvery: Int

    mutating func observe(_ events: [Event], place: Marketplace) {
        batches += 1
        for event in events {
            event.describe(to: &digest, at: place.now)
            if case .book(_, .trade, _) = event { trades += 1 }
        }
        if batches % checkEvery == 0 && !place.exchange.ledgerBalances { ledgerFailures += 1 }
    }
}

private func run(_ name: String, seed: UInt64, minutes: Int64, checkEvery: Int = 500) throws -> (
    CheckingObserver, World
) {
    var scenario = try ScenarioLibrary.named(name)
    scenario.population.retailTraders = 400
    var world = World(scenario: scenario, seed: seed)
    var observer = CheckingObserver(checkEvery: checkEvery)
    world.run(until: minutes * .minute, observer: &observer)
    return (observer, world)
}

@Suite struct WorldTests {
    @Test func theSameSeedGivesTheSameEventsAndAnotherSeedOthers() throws {
        let first = try run("calm", seed: 7, minutes: 10).0.digest
        let again = try run("calm", seed: 7, minutes: 10).0.digest
        let other = try run("calm", seed: 8, minutes: 10).0.digest
        #expect(first == again)
        #expect(first != other)
    }

    /// Each scenario up to just past its main event, with the ledger checked along the way and at the end.
    @Test(arguments: ScenarioLibrary.names)
    func theLedgerHoldsThroughEveryScenario(name: String) throws {
        let scenario = try ScenarioLibrary.named(name)
        let minutes = min(scenario.duration / .minute, (scenario.events.map(\.at).max() ?? 0) / .minute + 10, 90)
        let (observer, world) = try run(name, seed: 3, minutes: max(10, minutes))
        #expect(observer.ledgerFailures == 0)
        #expect(world.exchange.ledgerBalances)
        #expect(observer.trades > 100)
        let badDebt = world.exchange.ledgers.reduce(Money.zero) { $0 + $1.badDebt }
        #expect(badDebt == .zero)
    }

    @Test func theUserStartsWithTheScenarioBalanceAndAgentsTrade() throws {
        let (observer, world) = try run("calm", seed: 1, minutes: 5)
        let user = try #require(world.exchange.account(World.userAccount))
        #expect(user.wallets[.primary] == Money(units: 10_000 * 1_000_000))
        #expect(observer.trades > 50)
        let touch = try #require(world.place.touch(InstrumentID(0)))
        #expect(touch.bid < touch.ask)
        let index = world.place.index(InstrumentID(0))
        #expect(abs(touch.bid / index - 1) < 0.01)
    }

    @Test func aFlashCrashLiquidatesMostlyLongsAndThinsTheBook() throws {
        let scenario = try ScenarioLibrary.named("flash-crash")
        var world = World(scenario: scenario, seed: 5)
        var recorder = RunRecorder(
            bars: BarRecorder(length: .minute, instrument: InstrumentID(0)), writer: nil, insuranceFund: 0)
        world.run(until: 39 * .minute, observer: &recorder)
        let depthBefore = nearDepth(world)
        let spreadBefore = spread(world)
        let longsBefore = recorder.longLiquidations
        world.run(until: 43 * .minute, observer: &recorder)
        let depthDuring = nearDepth(world)
        let spreadDuring = spread(world)
        world.run(until: 50 * .minute, observer: &recorder)
        #expect(recorder.longLiquidations - longsBefore > recorder.shortLiquidations)
        #expect(depthDuring < depthBefore / 2)
        #expect(spreadDuring > spreadBefore)
    }

    /// Lots resting within 0.5% of the mid.
    private func nearDepth(_ world: World) -> Int64 {
        let book = world.exchange.book(InstrumentID(0))
        guard let bid = book.bestBid, let ask = book.bestAsk else { return 0 }
        let mid = (bid.ticks + ask.ticks) / 2
        let levels = book.depth(levels: 500)
        return (levels.bids + levels.asks).filter { abs($0.price.ticks - mid) * 200 <= mid }
            .reduce(0) { $0 + $1.quantity.lots }
    }

    private func spread(_ world: World) -> Double {
        guard let touch = world.place.touch(InstrumentID(0)) else { return .infinity }
        return touch.ask - touch.bid
    }

    /// The heatmap reads liquidation prices from the liquidation index instead of recomputing every
    /// position's risk: after a busy hour of `flash-crash` (fills, funding, liquidations), the index
    /// holds exactly the prices the engine's risk code gives, so both heatmaps agree bucket by bucket.
    @Test func theHeatmapFromTheIndexEqualsOneFromEveryPositionsRisk() throws {
        let (_, world) = try run("flash-crash", seed: 4, minutes: 50)
        let exchange = world.exchange
        let instrument = InstrumentID(0)
        let mark = try #require(exchange.mark(instrument)?.price)
        let (lowest, width) = world.statistics.heatmapFrame(around: mark)
        let buckets = world.statistics.heatmapBuckets
        let levels = exchange.liquidationLevels(instrument, lowest: lowest, width: width, buckets: buckets)
        var longs = Array(repeating: Money.zero, count: buckets)
        var shorts = Array(repeating: Money.zero, count: buckets)
        var positions = 0
        for index in 0..<4_000 {
            let account = AccountID(UInt32(index))
            guard let size = exchange.account(account)?.positions[InstrumentID(0)].size, size != 0,
                let price = exchange.risk(of: account, in: instrument)?.liquidationPrice
            else { continue }
            positions += 1
            let bucket = (price.ticks - lowest.ticks) / width
            guard price.ticks >= lowest.ticks, bucket < Int64(buckets) else { continue }
            let notional = exchange.instruments[0].notional(of: size, at: mark)
            if size > 0 { longs[Int(bucket)] += notional } else { shorts[Int(bucket)] += notional }
        }
        #expect(positions > 100)
        #expect(longs.contains { $0.units > 0 } && shorts.contains { $0.units > 0 })
        #expect(levels.longs == longs)
        #expect(levels.shorts == shorts)
    }
}

/// Options in the world.
struct WorldOptionTests {
    @Test func aScenarioNarrowedToOneMarketKeepsOnlyThatMarketsOptions() throws {
        var scenario = try ScenarioLibrary.named("calm")
        scenario.markets = [scenario.markets[0]]
        var world = World(scenario: scenario, seed: 5)
        var observer = RunRecorder(bars: BarRecorder(length: .minute, instrument: InstrumentID(0)))
        world.run(until: 30 * SimTime.second, observer: &observer)
        let symbols = world.exchange.instruments.map(\.symbol)
        #expect(symbols.contains { $0.hasPrefix("BTC-") && $0.hasSuffix("-C") })
        #expect(!symbols.contains { $0.hasPrefix("ETH-") })
        // Dealers quote both sides of the listed strikes within the first seconds.
        let expiry = try #require(world.exchange.optionExpiries(on: InstrumentID(0)).first)
        let atm = try #require(expiry.strikes.min { abs($0.strike.ticks - 640_000) < abs($1.strike.ticks - 640_000) })
        let touch = world.exchange.touch(atm.call)
        #expect(touch.bid != nil && touch.ask != nil)
        #expect(world.exchange.ledgerBalances)
    }
}

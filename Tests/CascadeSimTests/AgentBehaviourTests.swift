import Foundation
import Testing

@testable import CascadeCore
@testable import CascadeSim

private struct IgnoringObserver: WorldObserver {
    mutating func observe(_ events: [Event], place: Marketplace) {}
}

/// A world with one market maker and nobody else, run for a minute so the oracle and its quotes exist.
private func makerAlone() -> World {
    var scenario = Scenario(name: "maker", description: "")
    scenario.population = PopulationSetup()
    scenario.population.noiseTraders = 0
    scenario.population.momentumTraders = 0
    scenario.population.valueTraders = 0
    scenario.population.retailTraders = 0
    scenario.population.whales = 0
    scenario.population.arbitrageurs = 0
    scenario.population.marketMakers = 1
    var world = World(scenario: scenario, seed: 11)
    var observer = IgnoringObserver()
    world.run(until: .minute, observer: &observer)
    return world
}

/// Feeds the maker's observer `seconds` of index moves of `size` standard deviations, alternating.
private func shake(_ world: inout World, sigmas size: Double, seconds: Int) {
    let sigma = world.place.markets[InstrumentID(0)].observer.normalVariance.squareRoot()
    var price = world.place.index(InstrumentID(0))
    for second in 0..<seconds {
        price *= exp((second % 2 == 0 ? 1 : -1) * size * sigma)
        world.place.markets[InstrumentID(0)].observer.record(price, index: price)
    }
}

private func makerSpread(_ world: inout World) -> Double? {
    _ = world.population.marketMakers[0].wake(&world.place)
    return world.place.touch(InstrumentID(0)).map { $0.ask - $0.bid }
}

@Suite struct AgentBehaviourTests {
    @Test func aMarketMakerWidensWhenVolatilityRises() throws {
        var calm = makerAlone()
        shake(&calm, sigmas: 1, seconds: 300)
        var stormy = makerAlone()
        shake(&stormy, sigmas: 2.5, seconds: 300)
        #expect(
            stormy.place.markets[InstrumentID(0)].observer.indexShock < stormy.population.marketMakers[0].withdrawAbove)
        let calmSpread = try #require(makerSpread(&calm))
        let stormySpread = try #require(makerSpread(&stormy))
        #expect(stormySpread > calmSpread * 1.5)
    }

    @Test func aMarketMakerWithdrawsInASuddenStorm() throws {
        var world = makerAlone()
        #expect(world.place.touch(InstrumentID(0)) != nil)
        shake(&world, sigmas: 12, seconds: 120)
        #expect(makerSpread(&world) == nil)
        // Its ladder is gone; what rests is the small, wide stub on the side it left empty.
        let orders = world.exchange.account(world.population.marketMakers[0].account)?.openOrders ?? []
        #expect(orders.count <= MarketMaker.stubDistances.count)
        let book = world.exchange.book(InstrumentID(0))
        let index = world.place.index(InstrumentID(0))
        let market = world.place.markets[InstrumentID(0)]
        for id in orders {
            let resting = try #require(book.restingOrder(id))
            #expect(abs(market.usd(resting.price) - index) >= index * 0.0015)
        }
        #expect(Set(orders.compactMap { book.restingOrder($0)?.side }).count <= 1)
    }

    @Test func retailLeverageFollowsTheMix() {
        var random = Xoshiro256(seed: 3)
        let draws = (0..<20_000).map { _ in RetailTrader.leverage(&random) }
        func share(_ range: ClosedRange<Int>) -> Double {
            Double(draws.filter(range.contains).count) / Double(draws.count)
        }
        #expect(abs(share(2...10) - 0.40) < 0.02)
        #expect(abs(share(11...25) - 0.40) < 0.02)
        #expect(abs(share(26...50) - 0.15) < 0.02)
        #expect(abs(share(51...100) - 0.05) < 0.01)
    }

    @Test func horizonFactsSampleEveryNthCloseAndMeasureTails() {
        let closes = (0..<600).map { (minute: Int) -> Double in
            let sign: Double = minute % 2 == 0 ? 1 : -1
            return 100 * exp(0.001 * sign * Double(minute % 7))
        }
        let facts = HorizonFacts(minuteCloses: closes, minutes: 10, lags: [1, 1_000])
        #expect(facts.returns == 59)
        #expect(facts.lags == [1])
        #expect(HorizonFacts.hill([1, 2, 3], fraction: 0.05) == 0)
        let pareto = (1...4_000).map { pow(Double($0) / 4_001, -1 / 3.0) }
        #expect(abs(HorizonFacts.hill(pareto, fraction: 0.05) - 3) < 0.3)
    }

    @Test func aStaleVenueKeepsItsOldQuoteAndAnOfflineOneSendsNone() {
        var venue = SpotVenue(name: "test", delaySeconds: 0, noise: 0, weight: 1)
        var random = Xoshiro256(seed: 1)
        var history = PriceHistory(price: 100)
        let live = venue.publish(source: 0, history: history, time: 1_000, tickSize: 0.1, random: &random)
        #expect(live?.price == Price(ticks: 1_000))
        venue.state = .stale
        history.append(200)
        let stale = venue.publish(source: 0, history: history, time: 2_000, tickSize: 0.1, random: &random)
        #expect(stale == live)
        venue.state = .offline
        #expect(venue.publish(source: 0, history: history, time: 3_000, tickSize: 0.1, random: &random) == nil)
    }
}

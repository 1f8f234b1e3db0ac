import CascadeCore
import CascadeSim
import Foundation

/// `cascade bench sim`: the whole world (agents, oracle, exchange, statistics) in the `calm`
/// scenario with its default population, as fast as it runs; commands per second and the wall time
/// one simulated day takes at that pace.
public struct SimBenchmark {
    public struct Result: Sendable {
        public var simulated: SimTime
        public var commands: Int
        public var events: Int
        public var accounts: Int
        public var seconds: Double

        public var commandsPerSecond: Double { Double(commands) / max(seconds, 1e-9) }
        public var secondsPerSimulatedDay: Double { seconds * Double(24 * SimTime.hour) / Double(simulated) }

        public var jsonLine: String {
            String(
                format:
                    #"{"name":"sim","simulated_seconds":%lld,"commands":%d,"events":%d,"accounts":%d,"wall_seconds":%.3f,"commands_per_sec":%.0f,"seconds_per_simulated_day":%.2f}"#,
                simulated / .second, commands, events, accounts, seconds, commandsPerSecond, secondsPerSimulatedDay)
        }
    }

    private struct Counter: WorldObserver {
        var events = 0
        mutating func observe(_ events: [Event], place: Marketplace) { self.events += events.count }
    }

    public static func run(scenario: Scenario, seed: UInt64, duration: SimTime) -> Result {
        var world = World(scenario: scenario, seed: seed)
        var counter = Counter()
        let clock = ContinuousClock()
        let elapsed = clock.measure { world.run(until: duration, observer: &counter) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Result(
            simulated: duration, commands: world.place.commandCount, events: counter.events,
            accounts: world.exchange.accounts.count, seconds: seconds)
    }
}

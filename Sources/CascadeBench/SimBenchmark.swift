import CascadeCore
import CascadeSim
import Foundation

/// `cascade bench sim`: the whole world (agents, oracle, exchange, statistics) in the `calm`
/// scenario with its default population, as fast as it runs; commands per second and the wall time
/// one simulated day takes at that pace.
public struct SimBenchmark {
    /// What one timed run measured.
    public struct Result: Sendable {
        /// Simulated time covered, in milliseconds.
        public var simulated: SimTime
        /// Commands the exchange applied: agents' orders, deposits, oracle updates and clock advances.
        public var commands: Int
        /// Events the exchange emitted.
        public var events: Int
        /// Exchange accounts at the end: the backstop vault, the user and every agent.
        public var accounts: Int
        /// Wall-clock seconds the run took.
        public var seconds: Double

        /// Commands applied per wall-clock second.
        public var commandsPerSecond: Double { Double(commands) / max(seconds, 1e-9) }
        /// Wall-clock seconds one simulated day takes at this pace.
        public var secondsPerSimulatedDay: Double { seconds * Double(24 * SimTime.hour) / Double(simulated) }

        /// One JSON object on one line, named `sim`, keys in a fixed order.
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

    /// Runs a fresh world of `scenario` from time 0 to `duration` and times it; only an event counter
    /// observes, so rendering and file output are not in the number.
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

import CascadeCore

/// Every command the dashboard sent into one world, with the simulated time the engine applied it
/// at: with the scenario and the seed, all it takes to rebuild that world exactly.
///
/// The world is deterministic and event-driven: `World.run(until:)` handles every wake up to a
/// time, whatever steps the wall clock cut that span into, and a command is applied at the time
/// of the last wake before it. So replaying each command right after running to its time gives the
/// same events as the live run, however fast or slow it ran and however often it was paused.
public struct SessionJournal: Sendable, Hashable, Codable {
    /// Who decided a command.
    public enum Origin: String, Sendable, Hashable, Codable {
        /// The user: a key, the ticket or the command line (its reply goes to the status line).
        case user
        /// The dashboard on the user's behalf: a stop-loss cancelled because its position closed, a
        /// ticket's take-profit placed when its order filled.
        case dashboard
    }

    /// One command and when it was applied.
    public struct Entry: Sendable, Hashable, Codable {
        /// Simulated time the engine applied the command at.
        public var at: SimTime
        /// Who sent it.
        public var origin: Origin
        /// The command, as the exchange received it.
        public var command: Command
        /// The take-profit and stop-loss the ticket set with the order, placed when it fills.
        public var bracket: Bracket?
    }

    /// The commands in the order they were applied.
    public private(set) var entries: [Entry] = []

    /// No commands yet.
    public init() {}

    mutating func append(_ command: Command, at time: SimTime, origin: Origin, bracket: Bracket? = nil) {
        entries.append(Entry(at: time, origin: origin, command: command, bracket: bracket))
    }

    /// The highest client order id among the user's orders, so a resumed dashboard numbers its next
    /// order after them.
    public var lastClientOrderID: Int64 {
        entries.reduce(0) { highest, entry in
            guard case .place(let order) = entry.command else { return highest }
            return max(highest, order.clientOrderID.rawValue)
        }
    }
}

import CascadeCore
import HeapModule

/// Who wakes: an agent of some population, by its index there.
struct AgentRef: Sendable, Hashable {
    var kind: AgentKind
    var index: Int32
}

/// The event-driven clock: agents wake at scheduled times, earliest first, ties in scheduling order
/// (ABIDES-style), so a run never depends on anything but its seed.
struct Scheduler: Sendable {
    private struct Wakeup: Comparable {
        var time: SimTime
        var sequence: UInt64
        var agent: AgentRef

        static func < (lhs: Wakeup, rhs: Wakeup) -> Bool {
            (lhs.time, lhs.sequence) < (rhs.time, rhs.sequence)
        }
        static func == (lhs: Wakeup, rhs: Wakeup) -> Bool { lhs.time == rhs.time && lhs.sequence == rhs.sequence }
    }

    private var queue = Heap<Wakeup>()
    private var sequence: UInt64 = 0

    var nextTime: SimTime? { queue.min?.time }

    mutating func schedule(_ agent: AgentRef, at time: SimTime) {
        sequence += 1
        queue.insert(Wakeup(time: time, sequence: sequence, agent: agent))
    }

    /// The earliest wakeup, removed.
    mutating func next() -> (time: SimTime, agent: AgentRef)? {
        guard let wakeup = queue.popMin() else { return nil }
        return (wakeup.time, wakeup.agent)
    }
}

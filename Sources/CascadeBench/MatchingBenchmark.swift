import CascadeCore
import CascadeSim
import Histogram

#if canImport(Glibc)
    import Glibc
#endif

/// What one matching benchmark measured.
public struct MatchingResult: Sendable {
    /// Benchmark name, the `name` key of its JSON line.
    public var name: String
    /// Measured commands replayed in each pass (the preload excluded).
    public var commands: Int
    /// Throughput of an untimed-per-command pass: commands over wall time.
    public var opsPerSecond: Double
    /// Latency percentiles from a second pass that stamps each command (timer cost included).
    public var p50: UInt64
    /// 99th-percentile latency of one command, nanoseconds.
    public var p99: UInt64
    /// 99.9th-percentile latency of one command, nanoseconds.
    public var p999: UInt64
    /// 99.99th-percentile latency of one command, nanoseconds: one command in ten thousand is slower.
    public var p9999: UInt64
    /// Slowest command, nanoseconds.
    public var max: UInt64
    /// Cost of reading the clock once, measured; it is inside every latency above.
    public var timerOverhead: UInt64
    /// Orders resting after the preload, before the measured commands.
    public var restingOrders: Int
    /// Book memory over `restingOrders` after the preload, in bytes; `nil` unless memory was asked for.
    public var bytesPerRestingOrder: Double?
    /// The generated workload's command mix, `nil` for replayed scripts.
    public var profile: WorkloadProfile?

    /// One JSON object on one line, keys in a fixed order.
    public var jsonLine: String {
        var fields: [(String, String)] = [
            ("name", "\"\(name)\""), ("commands", "\(commands)"), ("ops_per_sec", "\(Int(opsPerSecond))"),
            ("p50_ns", "\(p50)"), ("p99_ns", "\(p99)"), ("p999_ns", "\(p999)"),
            ("p9999_ns", "\(p9999)"), ("max_ns", "\(max)"),
            ("timer_overhead_ns", "\(timerOverhead)"), ("resting_orders", "\(restingOrders)"),
        ]
        if let bytes = bytesPerRestingOrder { fields.append(("bytes_per_resting_order", format(bytes))) }
        if let profile {
            fields += [
                ("gtc_pct", format(profile.percent(profile.goodTillCancelled))),
                ("ioc_pct", format(profile.percent(profile.immediateOrCancel))),
                ("cancel_pct", format(profile.percent(profile.cancels))),
                ("move_pct", format(profile.percent(profile.moves))),
                ("trading_pct", format(profile.percent(profile.trading))),
                ("avg_resting_orders", format(Double(profile.restingOrdersSum) / Double(Swift.max(1, profile.total)))),
                ("avg_levels", format(Double(profile.occupiedLevelsSum) / Double(Swift.max(1, profile.levelSamples)))),
            ]
        }
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    private func format(_ value: Double) -> String { String(Double(Int((value * 100).rounded())) / 100) }
}

/// Something the matching benchmark can replay commands into.
public protocol CommandTarget {
    mutating func apply(_ command: BookScriptCommand)
    var restingOrderCount: Int { get }
    var bytesAllocated: Int { get }
}

/// An order book with a reused event buffer: the engine as the exchange uses it.
public struct BookTarget: CommandTarget {
    /// The book under test, for reading its state after a replay.
    public private(set) var book: OrderBook
    private var events: [BookEvent] = []

    /// An empty book with room for `expectedOrders`; it grows, while timed, only past them.
    public init(expectedOrders: Int) {
        book = OrderBook(configuration: OrderBookConfiguration(expectedOrders: expectedOrders))
        events.reserveCapacity(256)
    }

    /// Applies one command and drops its events; the event buffer is reused, not reallocated.
    @inline(__always)
    public mutating func apply(_ command: BookScriptCommand) {
        events.removeAll(keepingCapacity: true)
        book.apply(command, events: &events)
    }

    /// Orders resting in the book.
    public var restingOrderCount: Int { book.restingOrderCount }
    /// Bytes the book holds, reserved capacity included.
    public var bytesAllocated: Int { book.bytesAllocated }
}

extension BookScriptSession: CommandTarget {
    /// Orders resting in the session's book.
    public var restingOrderCount: Int { book.restingOrderCount }
    /// Bytes the session's book holds, reserved capacity included (the session's own id set excluded).
    public var bytesAllocated: Int { book.bytesAllocated }
}

/// Times command replays: one pass for throughput, one that stamps every command for percentiles.
public enum MatchingBenchmark {
    /// Replays `preload` untimed, then `commands` twice on fresh targets made by `makeTarget`.
    public static func run<Target: CommandTarget>(
        name: String, preload: [BookScriptCommand], commands: [BookScriptCommand],
        reportMemory: Bool = false, profile: WorkloadProfile? = nil, makeTarget: () -> Target
    ) -> MatchingResult {
        var throughputTarget = makeTarget()
        replay(preload, into: &throughputTarget)
        let restingBefore = throughputTarget.restingOrderCount
        let bytes = reportMemory ? Double(throughputTarget.bytesAllocated) / Double(Swift.max(1, restingBefore)) : nil
        let start = now()
        replay(commands, into: &throughputTarget)
        let elapsed = now() - start

        var latencyTarget = makeTarget()
        replay(preload, into: &latencyTarget)
        var histogram = Histogram<UInt64>(highestTrackableValue: 10_000_000_000, numberOfSignificantValueDigits: .three)
        for command in commands {
            let before = now()
            latencyTarget.apply(command)
            _ = histogram.record(now() - before)
        }
        return MatchingResult(
            name: name, commands: commands.count,
            opsPerSecond: Double(commands.count) / (Double(Swift.max(1, elapsed)) / 1e9),
            p50: histogram.valueAtPercentile(50), p99: histogram.valueAtPercentile(99),
            p999: histogram.valueAtPercentile(99.9), p9999: histogram.valueAtPercentile(99.99), max: histogram.max,
            timerOverhead: timerOverhead(),
            restingOrders: restingBefore, bytesPerRestingOrder: bytes, profile: profile)
    }

    @inline(never)
    static func replay<Target: CommandTarget>(_ commands: [BookScriptCommand], into target: inout Target) {
        for command in commands { target.apply(command) }
    }

    /// Monotonic nanoseconds.
    @inline(__always)
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// The median cost of one clock read, over a thousand back-to-back pairs.
    static func timerOverhead() -> UInt64 {
        var samples = (0..<1_000).map { _ in
            let first = now()
            return now() - first
        }
        samples.sort()
        return samples[samples.count / 2]
    }
}

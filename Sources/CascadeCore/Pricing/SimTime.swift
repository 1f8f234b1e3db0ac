/// Simulated time in milliseconds since the start of a run. The core never reads a wall clock.
public typealias SimTime = Int64

extension SimTime {
    public static let second: SimTime = 1_000
    public static let minute: SimTime = 60_000
    public static let hour: SimTime = 3_600_000
}

/// Simulated time in milliseconds since the start of a run. The core never reads a wall clock.
public typealias SimTime = Int64

extension SimTime {
    /// One simulated second: 1,000 ms.
    public static let second: SimTime = 1_000
    /// One simulated minute: 60,000 ms.
    public static let minute: SimTime = 60_000
    /// One simulated hour: 3,600,000 ms; funding intervals are counted in these.
    public static let hour: SimTime = 3_600_000
}

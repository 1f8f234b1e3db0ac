import CascadeCore
import CascadeSim

/// How far the engine has run a world's warm-up (the simulated time before its first snapshot), so
/// the UI can say what it waits for instead of showing a frozen or empty screen.
public struct WarmUpProgress: Sendable, Hashable {
    /// The scenario's name (`calm`).
    public var scenario: String
    /// Simulated time run so far.
    public var done: SimTime
    /// Simulated time the warm-up runs in all.
    public var total: SimTime

    /// Simulated time the engine runs between reports: a minute takes about a millisecond in release.
    static let step: SimTime = .minute

    /// `warming up calm: 1h12m of 2h simulated…`
    public var text: String {
        "warming up \(scenario): \(SimDuration.format(done)) of \(SimDuration.format(total)) simulated…"
    }
}

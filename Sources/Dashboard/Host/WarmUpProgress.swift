import CascadeCore
import CascadeSim

/// How far the engine has run a world's warm-up (the simulated time before its first snapshot), so
/// the UI can say what it waits for instead of showing a frozen or empty screen.
public struct WarmUpProgress: Sendable, Hashable {
    /// The scenario's name (`calm`).
    public var scenario: String
    /// The saved session being resumed, whose commands the warm-up replays; nil for a plain warm-up.
    public var session: String? = nil
    /// Simulated time run so far.
    public var done: SimTime = 0
    /// Simulated time the warm-up runs in all.
    public var total: SimTime

    /// Simulated time the engine runs between reports: a minute takes about a millisecond in release.
    static let step: SimTime = .minute

    /// `warming up calm: 1h12m of 2h simulated…`, or `resuming session NAME (calm): …`
    public var text: String {
        let what = session.map { "resuming session \($0) (\(scenario))" } ?? "warming up \(scenario)"
        return "\(what): \(SimDuration.format(done)) of \(SimDuration.format(total)) simulated…"
    }
}

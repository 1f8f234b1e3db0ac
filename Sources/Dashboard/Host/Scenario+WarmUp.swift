import CascadeCore
import CascadeSim

extension Scenario {
    /// The dashboard's warm-up when `--warmup` is not given: two hours of the scenario, but ending a
    /// minute before its first scripted event, so a flash crash at 10m still happens on screen.
    public var dashboardWarmUp: SimTime {
        let beforeFirstEvent = events.map(\.at).min().map { max(0, $0 - .minute) } ?? .max
        return min(2 * .hour, beforeFirstEvent)
    }
}

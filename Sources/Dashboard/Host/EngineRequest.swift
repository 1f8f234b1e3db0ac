import CascadeCore
import CascadeSim

/// What the UI asks of the engine thread.
public enum EngineRequest: Sendable {
    /// An exchange command on the user's behalf.
    case command(Command)
    /// An order from the ticket with the take-profit and stop-loss to set once it fills.
    case bracketed(NewOrder, Bracket)
    /// A lending command whose vault and top-up the engine resolves (`LendingIntent`).
    case lending(LendingIntent)
    /// Simulated seconds per wall second.
    case setSpeed(Double)
    case setPaused(Bool)
    /// A price alert on the instrument: fires at or above `price` (`above`), else at or below it.
    case addAlert(InstrumentID, above: Bool, price: Price)
    /// Removes the alert with this id, or every alert when nil.
    case clearAlerts(Int?)
    /// Which option chain snapshots carry from now on; nil for none.
    case showOptions(OptionChainRequest?)
    /// Starts the world over with another scenario, from `seed` (the one the dashboard started
    /// with when nil), run for `warmUp` before it is shown; its snapshots carry `generation`.
    case restart(Scenario, seed: UInt64?, warmUp: SimTime, generation: Int)
    /// Starts the world over on its own scenario and the dashboard's seed (`:reset`), warmed up for
    /// `warmUp` (nil: the scenario's `dashboardWarmUp`); the session journal starts anew with it.
    case reset(warmUp: SimTime?, generation: Int)
    /// Saves the world as session `name` of `store`; `scenario` is what it was built from.
    case save(SessionName, scenario: ScenarioSource, store: SessionStore)
}

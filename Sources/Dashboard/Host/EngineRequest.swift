import CascadeCore
import CascadeSim

/// What the UI asks of the engine thread.
public enum EngineRequest: Sendable {
    /// An exchange command on the user's behalf.
    case command(Command)
    /// Simulated seconds per wall second.
    case setSpeed(Double)
    case setPaused(Bool)
    /// Which option chain snapshots carry from now on; nil for none.
    case showOptions(OptionChainRequest?)
    /// Starts the world over with another scenario, from `seed` (the one the dashboard started
    /// with when nil), run for `warmUp` before it is shown; its snapshots carry `generation`.
    case restart(Scenario, seed: UInt64?, warmUp: SimTime, generation: Int)
    /// Saves the world as session `name` of `store`; `scenario` is what it was built from.
    case save(SessionName, scenario: ScenarioSource, store: SessionStore)
}

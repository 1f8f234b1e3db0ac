@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// A market built by the engine itself for golden renders: the calm scenario from seed 7, paused,
/// with the user long 0.5 BTC by a market order 30 simulated seconds ago and bidding 0.1 BTC 1%
/// under the mark.
///
/// Simulated time only, so the same snapshot comes out on every run and machine.
enum GoldenMarket {
    static let warmUp: SimTime = 20 * .minute

    static let snapshot: MarketSnapshot = {
        // The built-in scenarios parse (ScenarioParsingTests), so `try!` cannot fire here.
        var session = EngineSession(
            scenario: try! ScenarioLibrary.named("calm"), seed: 7, speed: 1, paused: true, warmUp: warmUp)
        var state = AppState(themeName: "default-dark")
        session.handle(.command(.place(state.userOrder(.market(.buy, Quantity(lots: 500)), in: InstrumentID(0)))))
        session.advanceSimulated(to: warmUp + 30 * .second)
        if let mark = session.snapshot().instruments[0].mark {
            let bid = Price(ticks: mark.ticks - mark.ticks / 100)
            session.handle(
                .command(.place(state.userOrder(.limit(.buy, Quantity(lots: 100), at: bid), in: InstrumentID(0)))))
        }
        return session.snapshot()
    }()

    static func context() -> ViewContext {
        ViewContext(snapshot: snapshot, state: AppState(themeName: "default-dark"), glyphs: .unicode)
    }
}

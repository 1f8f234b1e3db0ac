@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// The calm market from seed 7 with its options, built by the engine and paused: the chain of
/// BTC-PERP's soonest expiry in the snapshot, and the user holding 0.5 of the at-the-money call
/// when `holding` (its position put in place, as an option fill would leave it, so the fixture does
/// not wait on the dealers' quotes), its portfolio-margin risk evaluated as the engine would.
enum OptionsMarket {
    static let warmUp: SimTime = 20 * .minute

    static let snapshot: MarketSnapshot = build()

    static func build() -> MarketSnapshot {
        // The built-in scenarios parse (ScenarioParsingTests), so `try!` cannot fire here.
        var session = EngineSession(
            scenario: try! ScenarioLibrary.named("calm"), seed: 7, speed: 1, paused: true, warmUp: warmUp)
        session.handle(.showOptions(OptionChainRequest(underlying: InstrumentID(0))))
        var snapshot = session.snapshot()
        guard let chain = snapshot.options, let atm = chain.atTheMoneyRow, let mark = chain.rows[atm].call.mark
        else { return snapshot }
        let call = chain.rows[atm].call
        var position = Position()
        position.size = 50
        position.costBasis = call.instrument.notional(of: 50, at: mark.price)
        snapshot.options?.rows[atm].call.position = 50
        snapshot.account.optionPositions = [
            OptionPositionSnapshot(
                id: call.id, instrument: call.instrument, position: position, mark: mark, index: chain.index,
                initialMargin: position.costBasis, years: chain.years)
        ]
        // As `SnapshotBuilder` evaluates it, from the account just put in place.
        if let index = chain.index {
            let risk = PortfolioRiskSnapshot(
                account: snapshot.account, underlying: snapshot[chain.underlying].instrument, id: chain.underlying,
                index: index)
            snapshot.options?.risk = risk
        }
        return snapshot
    }

    /// The Options workspace open on the snapshot, the at-the-money call selected.
    static func context(glyphs: Glyphs = .unicode) -> ViewContext {
        var state = AppState(themeName: "default-dark")
        state.workspace = .options
        return ViewContext(snapshot: snapshot, state: state, glyphs: glyphs)
    }

    /// The at-the-money call of the chain.
    static var call: OptionQuote {
        let chain = snapshot.options!
        return chain.rows[chain.atTheMoneyRow!].call
    }
}

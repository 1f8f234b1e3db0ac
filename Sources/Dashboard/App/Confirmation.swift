import CascadeCore
import CascadeSim

/// An action held until the user says yes: `q` and `:quit` leave the program and `:scenario NAME`
/// starts a new world (both would drop an open position); `c` cancels every order of an instrument.
public enum Confirmation: Sendable, Hashable {
    case quit
    /// Restart the world on this scenario (a built-in name or a path).
    case scenario(String)
    /// Cancel the user's `count` open orders in the instrument called `symbol`.
    case cancelAll(InstrumentID, symbol: String, count: Int)

    /// The question's frame title.
    var title: String {
        switch self {
        case .quit: "Quit"
        case .scenario: "Scenario"
        case .cancelAll: "Cancel orders"
        }
    }

    /// The question, with the keys that answer it.
    var question: String {
        switch self {
        case .quit: "You have an open position. Quit anyway? (y / n)"
        case .scenario(let name): "You have an open position. Start '\(name)' and lose it? (y / n)"
        case .cancelAll(_, let symbol, let count):
            "Cancel your \(count == 1 ? "open \(symbol) order" : "\(count) open \(symbol) orders")? (y / n)"
        }
    }
}

extension AppState {
    /// Carries out `confirmation` now when no position is open, else asks first.
    mutating func confirmingOpenPosition(_ confirmation: Confirmation, snapshot: MarketSnapshot?) -> [AppEffect] {
        if let account = snapshot?.account, !account.positions.isEmpty || !account.optionPositions.isEmpty {
            overlay = .confirm(confirmation)
            return []
        }
        return confirmed(confirmation)
    }

    /// What a confirmed action does.
    mutating func confirmed(_ confirmation: Confirmation) -> [AppEffect] {
        switch confirmation {
        case .quit:
            shouldQuit = true
            return []
        case .scenario(let name):
            return [.scenario(name)]
        case .cancelAll(let instrument, let symbol, _):
            status = ("Cancelling your \(symbol) orders", false)
            return [.engine(.command(.cancelAll(World.userAccount, instrument)))]
        }
    }
}

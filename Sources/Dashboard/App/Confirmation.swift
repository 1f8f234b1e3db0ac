/// An action that would drop the user's open position, held until the user says yes: `q` and
/// `:quit` leave the program, `:scenario NAME` starts a new world.
public enum Confirmation: Sendable, Hashable {
    case quit
    /// Restart the world on this scenario (a built-in name or a path).
    case scenario(String)

    /// The question's frame title.
    var title: String {
        switch self {
        case .quit: "Quit"
        case .scenario: "Scenario"
        }
    }

    /// The question, with the keys that answer it.
    var question: String {
        switch self {
        case .quit: "You have an open position. Quit anyway? (y / n)"
        case .scenario(let name): "You have an open position. Start '\(name)' and lose it? (y / n)"
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
        }
    }
}

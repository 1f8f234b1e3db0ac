import CascadeCore

extension AppState {
    /// Runs a lending command (`LendingCommandLine`): says what it will do (the health factor after
    /// it) and sends it, or says why it cannot run; nothing changes then.
    mutating func lendingCommand(_ words: [String], snapshot: MarketSnapshot) -> [AppEffect] {
        guard let lending = snapshot.lending else { return refuse("this world has no lending market") }
        switch LendingCommandLine(lending: lending, selectedVault: lendingSelection.vault).plan(words) {
        case .failure(let error): return refuse(error.message)
        case .success(let plan):
            status = (plan.preview.escapingNonPrintable(), false)
            return [.engine(plan.request)]
        }
    }

    /// What the lending command being typed would do, or why it cannot run: the command line shows
    /// it beside the text. Nil for any other command, or before its amount is typed.
    func lendingPreview(_ text: String, snapshot: MarketSnapshot) -> (text: String, isError: Bool)? {
        let words = text.split(separator: " ").map(String.init)
        guard words.count >= 2, LendingCommandLine.handles(words), let lending = snapshot.lending else { return nil }
        switch LendingCommandLine(lending: lending, selectedVault: lendingSelection.vault).plan(words) {
        case .failure(let error): return (error.message.escapingNonPrintable(), true)
        case .success(let plan): return (plan.preview.escapingNonPrintable(), false)
        }
    }
}

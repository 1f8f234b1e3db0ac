import CascadeCore

/// What the Options workspace has chosen: an expiry of the underlying, a strike row and the call or
/// put column of the chain, and whether the payoff shows the selected option or the whole book.
struct OptionsSelection: Sendable, Hashable {
    /// The expiry shown; nil for the soonest.
    var expiry: SimTime?
    /// The selected strike row; nil for the at-the-money one.
    var row: Int?
    var right = OptionRight.call
    /// The payoff diagram shows every option position on the underlying instead of the selected one.
    var wholeBook = false
    /// The payoff's place shows the risk matrix (portfolio margin's scenario PnL) instead (`R`).
    var riskMatrix = false

    /// The selected row of `chain` (clamped to it), or nil for an empty chain.
    func row(in chain: OptionChainSnapshot) -> Int? {
        guard !chain.rows.isEmpty else { return nil }
        return min(chain.rows.count - 1, max(0, row ?? chain.atTheMoneyRow ?? chain.rows.count / 2))
    }

    /// The selected option of `chain`.
    func quote(in chain: OptionChainSnapshot) -> OptionQuote? { row(in: chain).map { chain.rows[$0][right] } }
}

extension AppState {
    /// The chain the engine should put in snapshots: the shown underlying's, while Options is open.
    public var optionChainRequest: OptionChainRequest? {
        workspace == .options ? OptionChainRequest(underlying: instrument, expiry: options.expiry) : nil
    }
}

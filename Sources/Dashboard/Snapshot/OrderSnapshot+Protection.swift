import CascadeCore

extension OrderSnapshot {
    /// What a reduce-only order does for the position it closes: a take-profit rests as a limit
    /// beyond the market, a stop-loss waits as a stop-market for the mark to come against the
    /// position. `:tp` and `:sl` place them; the chart and the positions panel label them.
    enum Protection: Sendable, Hashable {
        case takeProfit, stopLoss

        /// `TP` or `SL`, as the chart and the positions panel label them.
        var label: String { self == .takeProfit ? "TP" : "SL" }

        /// `take-profit` or `stop-loss`, for the status line.
        var name: String { self == .takeProfit ? "take-profit" : "stop-loss" }
    }

    /// The protection this order is, or nil for an order that may open a position.
    var protection: Protection? {
        guard reduceOnly else { return nil }
        return trigger == nil ? .takeProfit : .stopLoss
    }
}

import CascadeCore

/// A take-profit and a stop-loss set in the ticket with an order that opens a position: the engine
/// thread places them on the position once the order fills, for the whole position, as Bybit's
/// "entire position" TP/SL mode does (https://www.bybit.com/en/help-center/article/Take-Profit-Stop-Loss-TP-SL).
/// Each later fill of the order resizes them; they go when the position closes, like `:tp`/`:sl`.
public struct Bracket: Sendable, Hashable, Codable {
    /// One side of the bracket: its price (a take-profit's limit, a stop-loss's mark trigger) and
    /// the client order id the UI set aside for it, so the status line can tell its fill.
    public struct Leg: Sendable, Hashable, Codable {
        /// The take-profit's limit price or the stop-loss's trigger on the mark.
        public var price: Price
        /// The id the leg's order carries (the UI numbers the user's orders).
        public var clientOrderID: ClientOrderID
    }

    /// Where the position is closed at a gain: a reduce-only limit order.
    public var takeProfit: Leg?
    /// Where it is closed at a loss: a reduce-only stop-market order on the mark.
    public var stopLoss: Leg?
}

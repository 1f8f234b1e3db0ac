/// How long an order may wait for a counterparty.
public enum TimeInForce: UInt8, Sendable, Hashable, Codable {
    /// Rests in the book until filled or cancelled.
    case goodTillCancelled
    /// Trades what it can at once; the rest expires.
    case immediateOrCancel
    /// Trades in full at once, or expires untouched.
    case fillOrKill
    /// Rests only: refused if any part would trade on arrival (it would take liquidity).
    case postOnly

    /// Whether what does not trade at once stays in the book.
    var mayRest: Bool { self == .goodTillCancelled || self == .postOnly }
}

/// Which price a stop order watches. The book never computes either: the caller supplies them.
public enum TriggerReference: UInt8, Sendable, Hashable, CaseIterable, Codable {
    case mark
    case last
}

/// The condition that turns a pending stop order into a live one.
///
/// A buy stop fires when the reference price rises to `triggerPrice` or above; a sell stop when it
/// falls to `triggerPrice` or below.
///
/// A trailing stop (`trailingCallback` set; Binance's TRAILING_STOP_MARKET) instead follows the best
/// reference price since its activation: a sell fires when the reference falls by the callback rate
/// from the highest price since, a buy when it rises by it from the lowest. `triggerPrice` is then its
/// activation price: trailing starts when the reference reaches it (at or above for a sell, at or
/// below for a buy), at once when the latest reference already has.
public struct StopCondition: Sendable, Hashable, Codable {
    /// Price in ticks the reference must reach: at or above it for a buy stop, at or below for a sell;
    /// a trailing stop's activation price.
    public var triggerPrice: Price
    /// Whether the stop watches the mark price or the last trade.
    public var reference: TriggerReference
    /// How far a trailing stop's trigger trails the best price since activation, 0.1% to 10% in
    /// steps of 0.1% (Binance's range); `nil` for a stop with a fixed trigger. Optional, so terms
    /// journaled before trailing stops existed still decode.
    public var trailingCallback: Rate?

    /// A trigger at `triggerPrice` on `reference`; the direction comes from the side of the order it
    /// holds. With `trailingCallback` the stop trails, and `triggerPrice` is its activation price.
    public init(triggerPrice: Price, reference: TriggerReference, trailingCallback: Rate? = nil) {
        self.triggerPrice = triggerPrice
        self.reference = reference
        self.trailingCallback = trailingCallback
    }

    /// A trailing stop on `reference` that trails by `callback` once the reference reaches
    /// `activation` (pass the latest price to start at once).
    public static func trailing(
        callback: Rate, activation: Price, reference: TriggerReference = .mark
    ) -> StopCondition {
        StopCondition(triggerPrice: activation, reference: reference, trailingCallback: callback)
    }

    /// The narrowest trailing callback a venue takes, and its step: 0.1%.
    public static let callbackStep = Rate(units: Rate.one / 1_000)
    /// The widest trailing callback: 10%.
    public static let maximumCallback = Rate(units: Rate.one / 10)

    /// Whether `callback` is one a trailing stop may carry: 0.1% to 10% in steps of 0.1%.
    public static func isValidCallback(_ callback: Rate) -> Bool {
        callback >= callbackStep && callback <= maximumCallback && callback.units % callbackStep.units == 0
    }

    /// The trigger of a trailing stop on `side` whose best price since activation is `best`: the
    /// highest price a sell fires at (`best × (1 − callback)`, rounded down) or the lowest a buy fires
    /// at (`best × (1 + callback)`, rounded up), so the retrace is always at least the callback.
    public static func trailingTrigger(side: Side, best: Price, callback: Rate) -> Price {
        let factor = Int128(Rate.one) + Int128(side == .buy ? callback.units : -callback.units)
        let product = Int128(best.ticks) * factor
        let one = Int128(Rate.one)
        let quotient = product / one
        let up = side == .buy && product % one != 0
        return Price(ticks: Int64(clamping: up ? quotient + 1 : quotient))
    }
}

/// What an order asks for, the same value at every layer: built once from the sender's intent (the
/// ticket, the command line, the close key, an agent, the liquidation engine), carried by the
/// exchange command, and matched by the book.
///
/// `limit == nil` is a market order: it never rests, so its time in force is immediate-or-cancel or
/// fill-or-kill; both the exchange and the book refuse one that asks to rest. With `stop` set the
/// order waits outside the book until its trigger fires, then enters as a market (stop-market) or
/// limit (stop-limit) order.
public struct OrderTerms: Sendable, Hashable, Codable {
    /// Buy or sell; a reduce-only order must be opposite the position.
    public var side: Side
    /// Size in lots; must be positive and within the book's maximum.
    public var quantity: Quantity
    /// Worst price in ticks the order accepts; `nil` for a market order.
    public var limit: Price?
    /// How long the unfilled part may wait; a market order needs immediate-or-cancel or fill-or-kill.
    public var timeInForce: TimeInForce
    /// May only shrink the account's position; enforced by the exchange, which knows positions.
    public var reduceOnly: Bool
    /// The trigger that holds the order outside the book; `nil` for an order that enters at once.
    public var stop: StopCondition?

    /// Terms spelled out field by field; `market`, `limit`, `stop` and `closing` build the usual shapes.
    public init(
        side: Side, quantity: Quantity, limit: Price?, timeInForce: TimeInForce, reduceOnly: Bool = false,
        stop: StopCondition? = nil
    ) {
        self.side = side
        self.quantity = quantity
        self.limit = limit
        self.timeInForce = timeInForce
        self.reduceOnly = reduceOnly
        self.stop = stop
    }

    /// A market order: trades at any price the venue allows; the unfilled rest expires.
    public static func market(_ side: Side, _ quantity: Quantity, reduceOnly: Bool = false) -> OrderTerms {
        OrderTerms(side: side, quantity: quantity, limit: nil, timeInForce: .immediateOrCancel, reduceOnly: reduceOnly)
    }

    /// A limit order at `price`.
    public static func limit(
        _ side: Side, _ quantity: Quantity, at price: Price, _ timeInForce: TimeInForce = .goodTillCancelled,
        reduceOnly: Bool = false
    ) -> OrderTerms {
        OrderTerms(side: side, quantity: quantity, limit: price, timeInForce: timeInForce, reduceOnly: reduceOnly)
    }

    /// A stop order: waits for `trigger`, then enters as a market order, or as a good-till-cancelled
    /// limit order at `limit`.
    public static func stop(
        _ side: Side, _ quantity: Quantity, trigger: StopCondition, limit: Price? = nil, reduceOnly: Bool = false
    ) -> OrderTerms {
        OrderTerms(
            side: side, quantity: quantity, limit: limit,
            timeInForce: limit == nil ? .immediateOrCancel : .goodTillCancelled, reduceOnly: reduceOnly, stop: trigger)
    }

    /// The reduce-only market order that closes a position of signed `size` lots; `nil` when flat.
    public static func closing(positionOf size: Int64) -> OrderTerms? {
        size == 0 ? nil : .market(size > 0 ? .sell : .buy, Quantity(lots: abs(size)), reduceOnly: true)
    }

    /// Whether the terms ask a market order to rest, which no layer accepts.
    var isRestingMarketOrder: Bool { limit == nil && timeInForce.mayRest }
}

/// One account's position in one instrument, with its exact cost basis and its running totals.
///
/// `costBasis` is the signed sum over open fills of lots × lot value at the fill price, so no
/// rounded average price ever enters PnL; the average entry price is derived for display.
public struct Position: Sendable, Hashable {
    /// Signed size in lots: positive long, negative short, zero flat.
    public var size: Int64 = 0
    /// Signed sum over open fills of lots × lot value at the fill price, in settlement units; zero when flat.
    public var costBasis: Money = .zero
    /// Margin set aside for this position when it is isolated; its PnL, fees and funding land here.
    public var isolatedMargin: Money = .zero
    /// Cross unless set otherwise; the exchange lets it change only with no position and no open order.
    public var mode: MarginMode = .cross
    /// Leverage for initial margin (notional ÷ leverage); the exchange starts accounts at its default, 10.
    public var leverage: Int = 10
    /// Totals since the account opened; fees and funding are positive when paid.
    public var realizedPnL: Money = .zero
    var feesPaid: Money = .zero
    /// Net funding since the account opened: positive when paid, negative when received on balance.
    public var fundingPaid: Money = .zero

    /// A flat cross position at 10× leverage, every total at zero.
    public init() {}

    /// Whether no lots are held; margin sums and funding skip flat positions.
    public var isFlat: Bool { size == 0 }

    /// Average entry price for display, truncated to a whole tick; `nil` when flat.
    public func averageEntryPrice(on instrument: Instrument) -> Price? {
        guard size != 0 else { return nil }
        let scale = instrument.valueScale
        let ticks: Int128? =
            switch instrument.kind {
            case .linear: Int128(costBasis.units).divided(by: Int128(size) * scale, rounding: .towardZero)
            case .inverse: (Int128(size) * scale).divided(by: Int128(costBasis.units), rounding: .towardZero)
            }
        return ticks.flatMap { Int64(exactly: $0) }.map { Price(ticks: $0) }
    }
}

/// What one fill did to a position.
public struct FillEffect: Sendable, Hashable {
    /// Profit or loss realised by the part of the fill that reduced the position.
    public var realizedPnL: Money
    /// Lots of the fill that reduced (closed) the existing position.
    public var closedLots: Int64
    /// Lots of the fill that opened or grew the position.
    public var openedLots: Int64
}

extension Position {
    /// Applies a fill of `lots` (signed: positive buys) at `price`.
    ///
    /// The part that reduces the position takes its proportional share of the cost basis (rounded
    /// toward zero) and turns the difference into realised PnL; whatever rounding leaves stays in the
    /// cost basis of what remains, so an account's equity is the same before and after, to the unit.
    /// A fill that crosses zero closes the whole position, then opens the rest at the fill price.
    public mutating func apply(fill lots: Int64, at price: Price, on instrument: Instrument) -> FillEffect {
        let fillValue = instrument.value(of: lots, at: price)
        let reducing = size != 0 && (size > 0) != (lots > 0)
        guard reducing else {
            size += lots
            costBasis += fillValue
            return FillEffect(realizedPnL: .zero, closedLots: 0, openedLots: abs(lots))
        }
        let closed = Swift.min(abs(lots), abs(size))
        let closingLots = lots > 0 ? closed : -closed
        let remainingSize = size + closingLots
        let keptCost = Money(
            Int128(costBasis.units) * Int128(remainingSize), over: Int128(size), rounding: .towardZero)!
        let afterFill = costBasis + instrument.value(of: closingLots, at: price)
        let realized = Money(units: instrument.pnlDirection * (keptCost - afterFill).units)
        size = remainingSize
        costBasis = keptCost
        realizedPnL += realized
        let opening = lots - closingLots
        if opening != 0 {
            size += opening
            costBasis += instrument.value(of: opening, at: price)
        }
        return FillEffect(realizedPnL: realized, closedLots: closed, openedLots: abs(opening))
    }
}

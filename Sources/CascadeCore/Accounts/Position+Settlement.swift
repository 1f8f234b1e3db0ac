extension Instrument {
    /// The fee for trading `notional` as maker or taker: a fee rounds up, against the payer; a
    /// rebate (a negative rate) rounds toward zero.
    public func fee(on notional: Money, isMaker: Bool) -> Money { terms.fee(on: notional, isMaker: isMaker) }

    /// The fee for a fill of `lots` at `price`: the maker or taker rate on its notional, or, for an
    /// option, on the underlying's notional at `underlying` (its index; `price` without one), capped
    /// at the option's share of the premium (Deribit). The exchange charges it; tickets preview it.
    public func fee(trading lots: Int64, at price: Price, underlying: Price?, isMaker: Bool) -> Money {
        terms.fee(trading: lots, at: price, underlying: underlying, isMaker: isMaker)
    }
}

extension Position {
    /// Settles one side of a trade into the position and the wallet that backs it, as the exchange
    /// does for every fill: the fill through `apply(fill:at:on:)`, `fee` recorded as paid, and the
    /// realised PnL less the fee booked to the wallet (cross) or to the isolated margin. An
    /// isolated position keeps its margin until it closes in full (or flips), so a partial close
    /// leaves the rest at least as healthy, then returns it to the wallet; what it opens locks
    /// initial margin at its leverage from the wallet.
    ///
    /// Pure arithmetic, so a preview of a hypothetical fill runs the same code as the trade.
    /// - Parameter lots: signed, positive buys.
    public mutating func settle(
        fill lots: Int64, at price: Price, fee: Money, on instrument: Instrument, wallet: inout Money
    ) -> FillEffect {
        let oldSize = size
        let effect = apply(fill: lots, at: price, on: instrument)
        feesPaid += fee
        guard mode == .isolated else {
            wallet += effect.realizedPnL - fee
            return effect
        }
        isolatedMargin += effect.realizedPnL - fee
        if effect.closedLots == abs(oldSize) && effect.closedLots > 0 {
            wallet += isolatedMargin
            isolatedMargin = .zero
        }
        if effect.openedLots > 0 {
            let lock = instrument.notional(of: effect.openedLots, at: price).initialMargin(leverage: leverage)
            isolatedMargin += lock
            wallet -= lock
        }
        return effect
    }
}

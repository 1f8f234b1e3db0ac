import CascadeCore
import CascadeSim

/// What an order would do if it filled now: its cost, fee and the position it would leave, with
/// that position's liquidation price. The hypothetical fill is settled by the engine's own
/// `Position.settle` and judged by its `PositionRisk`, so the preview is what the position shows
/// after the fill, realised PnL of a reducing order included.
struct TicketPreview: Sendable {
    var fillPrice: Price
    var notional: Money
    var fee: Money
    /// Initial margin the new exposure needs.
    var margin: Money
    /// The resulting position's risk, or nil when it would be flat.
    var risk: PositionRisk?
    var resultingSize: Int64
    /// The position the fill would leave, for `pnl(closingAt:on:)`.
    private var position: Position

    /// - Parameters:
    ///   - terms: the order being previewed.
    ///   - market: the instrument's snapshot (for the touch and mark).
    ///   - account: the user's account (for the current position, wallet and other positions).
    init?(
        terms: OrderTerms, leverage: Int, mode: MarginMode, market: InstrumentSnapshot, account: AccountSnapshot
    ) {
        let instrument = market.instrument
        let touch = terms.side == .buy ? market.depth.asks.first?.price : market.depth.bids.first?.price
        guard let price = terms.limit ?? terms.stop?.triggerPrice ?? touch ?? market.mark,
            let mark = market.mark ?? market.price
        else { return nil }
        fillPrice = price
        let current = account.positions.first { $0.instrument == market.id }
        // The position and wallet as the fill would leave them, by the engine's own settlement:
        // realised PnL, the fee, and isolated margin returned or locked, exactly as after the trade.
        var position = current?.position ?? Position()
        if position.isFlat { position.mode = mode }
        position.leverage = leverage
        var wallet = account.wallet
        notional = instrument.notional(of: terms.quantity.lots, at: price)
        let isMaker =
            terms.limit != nil && touch.map { terms.side == .buy ? price < $0 : price > $0 } == true
        fee = instrument.fee(on: notional, isMaker: isMaker)
        let signed = terms.side == .buy ? terms.quantity.lots : -terms.quantity.lots
        let effect = position.settle(fill: signed, at: price, fee: fee, on: instrument, wallet: &wallet)
        margin = instrument.notional(of: effect.openedLots, at: price).initialMargin(leverage: leverage)
        resultingSize = position.size
        self.position = position
        guard position.size != 0 else {
            risk = nil
            return
        }
        let others = account.positions.filter { $0.instrument != market.id && $0.position.mode == .cross }
        let input = PositionRiskInput(
            instrument: instrument, size: position.size, costBasis: position.costBasis, mark: mark,
            mode: position.mode, wallet: position.mode == .isolated ? position.isolatedMargin : wallet,
            leverage: position.leverage,
            otherMaintenance: others.reduce(.zero) { $0 + $1.risk.maintenanceMargin },
            otherUnrealized: others.reduce(.zero) { $0 + $1.risk.unrealizedPnL })
        risk = PositionRisk(input)
    }
}

extension TicketPreview {
    /// The realised PnL (before fees) of closing the whole resulting position at `price`, as a
    /// take-profit or stop-loss there would: by the engine's own settlement, so inverse
    /// instruments count in their coin.
    func pnl(closingAt price: Price, on instrument: Instrument) -> Money {
        var position = position
        var wallet = Money.zero
        return position.settle(fill: -position.size, at: price, fee: .zero, on: instrument, wallet: &wallet).realizedPnL
    }
}

extension OrderTicket {
    /// The preview of this ticket's order in `market`, or nil while the ticket has no valid order or
    /// there is no price to preview against.
    func preview(market: InstrumentSnapshot, account: AccountSnapshot) -> TicketPreview? {
        guard case .success(let terms) = terms(in: market, account: account) else { return nil }
        return TicketPreview(terms: terms, leverage: leverage, mode: mode, market: market, account: account)
    }
}

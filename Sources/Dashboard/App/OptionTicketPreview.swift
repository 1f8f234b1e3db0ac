import CascadeCore

/// What an option order would do if it filled now: the premium paid or received, the fee (on the
/// underlying's notional, capped at a share of the premium, as the exchange charges it), the standard
/// margin of the position it would leave and that position's Greeks at the current mark.
struct OptionTicketPreview: Sendable {
    var fillPrice: Price
    /// Premium of the order (USDC): paid for a buy, received for a sell.
    var premium: Money
    var fee: Money
    /// Initial margin of the position after the fill: its value when long, Deribit's short margin when short.
    var margin: Money
    var resultingSize: Int64
    var greeks: PositionGreeks

    init?(terms: OrderTerms, quote: OptionQuote, index: Price?, account: AccountSnapshot) {
        let instrument = quote.instrument
        let touch = terms.side == .buy ? quote.ask : quote.bid
        guard let price = terms.limit ?? touch ?? quote.mark?.price, let mark = quote.mark else { return nil }
        fillPrice = price
        premium = instrument.notional(of: terms.quantity.lots, at: price)
        let isMaker = terms.limit != nil && touch.map { terms.side == .buy ? price < $0 : price > $0 } == true
        fee = instrument.fee(trading: terms.quantity.lots, at: price, underlying: index, isMaker: isMaker)
        let current = account.optionPositions.first { $0.id == quote.id }?.position.size ?? 0
        resultingSize = current + (terms.side == .buy ? terms.quantity.lots : -terms.quantity.lots)
        margin = instrument.optionMargin(of: resultingSize, mark: mark.price, underlying: index ?? price).initial
        greeks = PositionGreeks(per: mark.greeks, contracts: instrument.decimal(Quantity(lots: resultingSize)))
    }
}

extension OrderTicket {
    /// The preview of this option ticket's order against `quote`, or nil while the ticket has no valid
    /// order or there is no price to preview against.
    func optionPreview(quote: OptionQuote, index: Price?, account: AccountSnapshot) -> OptionTicketPreview? {
        guard case .success(let terms) = terms(quote: quote, account: account) else { return nil }
        return OptionTicketPreview(terms: terms, quote: quote, index: index, account: account)
    }
}

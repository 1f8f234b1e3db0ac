import CascadeCore

extension InstrumentSnapshot {
    /// The price a market order on `side` would take: the best opposite quote, else the mark (else
    /// the last). What `$` and `%` sizes convert at when the order names no price.
    func takingPrice(_ side: Side) -> Price? {
        (side == .buy ? depth.asks.first?.price : depth.bids.first?.price) ?? mark ?? price
    }
}

extension OptionQuote {
    /// The price a market order on `side` would take: the best opposite quote, else the mark.
    func takingPrice(_ side: Side) -> Price? { (side == .buy ? ask : bid) ?? mark?.price }
}

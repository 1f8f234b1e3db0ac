import CascadeCore
import Foundation

extension OrderTicket {
    /// The take-profit and stop-loss prices typed in the ticket (nil where left empty), or what is
    /// wrong with them: each must be a price on the instrument's tick grid, the take-profit on the
    /// side of `entry` where the new position gains and the stop-loss where it loses (`entry` is
    /// the order's limit or trigger, or the touch a market order takes; unchecked when unknown).
    func bracketPrices(on instrument: Instrument, entry: Price?) -> Result<
        (takeProfit: Price?, stopLoss: Price?), TicketError
    > {
        guard takesBracket else { return .success((nil, nil)) }
        var prices: [Price?] = []
        for (name, input, gains) in [("take-profit", takeProfit, true), ("stop-loss", stopLoss, false)] {
            let text = input.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else {
                prices.append(nil)
                continue
            }
            guard let price = try? instrument.price(parsing: text) else {
                return .failure(TicketError("\(name) must be a positive multiple of \(instrument.tickSize)"))
            }
            if let entry {
                let wanted = (side == .buy) == gains ? "above" : "below"
                let lies = wanted == "above" ? price > entry : price < entry
                guard lies else {
                    return .failure(
                        TicketError(
                            "a \(side == .buy ? "buy" : "sell")'s \(name) lies \(wanted) its entry "
                                + "\(instrument.format(entry)), not at \(instrument.format(price))"))
                }
            }
            prices.append(price)
        }
        return .success((prices[0], prices[1]))
    }

    /// The bracket to send with the order on `instrument` entered at `entry`, the client order ids
    /// of its legs taken by `allocate`; nil when the ticket sets neither leg.
    func bracket(on instrument: Instrument, entry: Price?, allocate: () -> ClientOrderID) -> Bracket? {
        guard case .success(let prices) = bracketPrices(on: instrument, entry: entry),
            prices.takeProfit != nil || prices.stopLoss != nil
        else { return nil }
        return Bracket(
            takeProfit: prices.takeProfit.map { Bracket.Leg(price: $0, clientOrderID: allocate()) },
            stopLoss: prices.stopLoss.map { Bracket.Leg(price: $0, clientOrderID: allocate()) })
    }
}

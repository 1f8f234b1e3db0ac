import CascadeCore
import CascadeSim

extension AppState {
    /// `:trail 1%` attaches a trailing stop to the shown instrument's position, for its whole size:
    /// a reduce-only stop-market order whose trigger follows the best mark by the callback (0.1% to
    /// 10% in 0.1% steps, as Binance takes), starting now; `:trail 1% at 66000` starts it only when
    /// the mark reaches 66000 on the position's winning side; `:trail off` removes it. A new one
    /// replaces the old; it goes when the position closes, like a stop-loss.
    mutating func trailCommand(_ words: [String], snapshot: MarketSnapshot) -> [AppEffect] {
        let usage = "usage: :trail 1% (from the mark now), :trail 1% at 66000, :trail off"
        let off = words.count == 2 && words[1].lowercased() == "off"
        guard words.count == 2 || (words.count == 4 && words[2].lowercased() == "at") else { return refuse(usage) }
        let market = market(in: snapshot)
        let instrument = market.instrument
        let target: ProtectionTarget
        switch protectionTarget(.trailingStop, off: off, snapshot: snapshot) {
        case .found(let found): target = found
        case .done(let effects): return effects
        }
        let text = words[1].hasSuffix("%") ? words[1] : words[1] + "%"
        guard let callback = try? Rate(parsing: text), StopCondition.isValidCallback(callback) else {
            return refuse("callback '\(words[1])' must be 0.1% to 10% in steps of 0.1%")
        }
        guard let mark = market.mark else { return refuse("no mark price yet to trail from") }
        let long = target.position.size > 0
        var activation = mark
        if words.count == 4 {
            guard let price = try? instrument.price(parsing: words[3]) else {
                return refuse("price '\(words[3])' must be a positive multiple of \(instrument.tickSize)")
            }
            // Trailing starts once the position gains: a long's above the mark, a short's below.
            guard long ? price > mark : price < mark else {
                return refuse(
                    "a \(long ? "long" : "short")'s trailing stop starts \(long ? "above" : "below") the mark "
                        + "(\(instrument.format(mark))); without 'at' it starts now")
            }
            activation = price
        }
        guard let closing = OrderTerms.closing(positionOf: target.position.size) else { return [] }
        let terms = OrderTerms.stop(
            closing.side, closing.quantity, trigger: .trailing(callback: callback, activation: activation),
            reduceOnly: true)
        let start = words.count == 4 ? "from \(instrument.format(activation))" : "from the mark now"
        status = (
            "Trailing stop: \(closing.side == .buy ? "buy" : "sell") \(instrument.format(closing.quantity)) "
                + "\(instrument.symbol) \(DisplayFormat.percent(callback, places: 1)) off the "
                + "\(long ? "highest" : "lowest") mark \(start)"
                + (target.replaced.isEmpty ? "" : " (replaces the old one)"), false
        )
        return target.cancels + [.engine(.command(.place(userOrder(terms, in: market.id))))]
    }
}

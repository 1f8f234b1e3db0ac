import CascadeCore

extension OrderSnapshot {
    /// What a reduce-only order does for the position it closes: a take-profit rests as a limit
    /// beyond the market, a stop-loss waits as a stop-market for the mark to come against the
    /// position. `:tp` and `:sl` place them; the chart and the positions panel label them.
    enum Protection: Sendable, Hashable {
        case takeProfit, stopLoss, trailingStop

        /// `TP`, `SL` or `TRAIL`, as the chart and the positions panel label them.
        var label: String {
            switch self {
            case .takeProfit: "TP"
            case .stopLoss: "SL"
            case .trailingStop: "TRAIL"
            }
        }

        /// `take-profit`, `stop-loss` or `trailing stop`, for the status line.
        var name: String {
            switch self {
            case .takeProfit: "take-profit"
            case .stopLoss: "stop-loss"
            case .trailingStop: "trailing stop"
            }
        }
    }

    /// A trailing stop as the panels show it: its callback, and whether it trails yet or waits for
    /// its activation price (then its `trigger` is that price).
    struct Trailing: Sendable, Hashable {
        var callback: Rate
        var isActive: Bool
    }

    /// The protection this order is, or nil for an order that may open a position.
    var protection: Protection? {
        guard reduceOnly else { return nil }
        if trailing != nil { return .trailingStop }
        return trigger == nil ? .takeProfit : .stopLoss
    }

    /// What the chart calls the order: its protection's label (`TRAIL from` while a trailing stop
    /// waits for its activation price) or its side.
    var chartName: String {
        guard let protection else { return side == .buy ? "buy" : "sell" }
        return protection.label + (trailing?.isActive == false ? " from" : "")
    }

    /// The price the chart and the orders table show with the order's label: `TRAIL 1% 61380.0`
    /// (trailing, its trigger now), `TRAIL 1% from 66000.0` (waiting for its activation price), `TP
    /// 66000.0`, `stop 62000.0`, a limit price, or `market`.
    func kindText(_ instrument: Instrument) -> String {
        let price = trigger ?? self.price
        if let trailing, let price {
            let callback = DisplayFormat.percent(trailing.callback, places: 1)
            return
                "\(protection?.label ?? "trail") \(callback) \(trailing.isActive ? "" : "from ")\(instrument.format(price))"
        }
        return protection.flatMap { protection in price.map { "\(protection.label) \(instrument.format($0))" } }
            ?? trigger.map { "stop \(instrument.format($0))" } ?? self.price.map(instrument.format) ?? "market"
    }
}

import CascadeCore
import TerminalKit

extension ExplainView {
    /// What liquidation would do to the position under `style`, layer by layer, with the venue whose
    /// rules they are.
    static func waterfallLines(
        _ style: LiquidationStyle, bankruptcy: String, fund: String, deleveragingLevel: Int
    ) -> [(text: String, style: Style)] {
        let adl =
            "auto-deleveraging closes the most profitable, most leveraged opposite positions (yours is at ADL "
            + "level \(deleveragingLevel)/5); anything left is bad debt"
        let steps: [String]
        switch style {
        case .hyperliquid:
            steps = [
                "1. your orders are cancelled; 2. the position is closed through the book by IOC orders no worse "
                    + "than 1% beyond the bankruptcy price \(bankruptcy), in 20% steps above 100,000 notional",
                "3. a fill better than bankruptcy pays the insurance fund (now \(fund)); a worse one is paid by it; "
                    + "4. what the book cannot take goes to the backstop vault at the bankruptcy price",
                "5. if the vault cannot carry it, \(adl)",
            ]
        case .binance, .bybit:
            let pool = style == .bybit ? "its pool, down to the pool's floor" : "the insurance fund"
            steps = [
                "1. your orders are cancelled; a large position is first reduced by an IOC order no worse than "
                    + "the bankruptcy price \(bankruptcy); 2. then one IOC order closes it at bankruptcy or worse, "
                    + "as far as \(pool) (now \(fund)) can pay the difference",
                "3. a better fill's surplus stays in the fund; 4. what the book cannot take the fund takes over at "
                    + "bankruptcy and sells later; no backstop vault",
                "5. only when the fund cannot carry it, \(adl)",
            ]
        case .bitmex:
            steps = [
                "1. your orders are cancelled; 2. the liquidation engine takes the whole position over at the "
                    + "bankruptcy price \(bankruptcy): your margin is gone, nothing more",
                "3. the engine works it through the book; its gains and losses land in the insurance fund "
                    + "(now \(fund)); no backstop vault",
                "4. when the fund cannot absorb the loss, \(adl)",
            ]
        case .dydx:
            steps = [
                "1. your orders are cancelled; 2. an IOC order closes the position down to the fillable price, "
                    + "which widens from the mark the further you are below maintenance (bankruptcy \(bankruptcy))",
                "3. the fund (now \(fund)) pays fills beyond bankruptcy up to a limit per liquidation and takes at "
                    + "most a 1.5% fee from better ones; the rest of your margin stays yours",
                "4. what the order could not fill is deleveraged: \(adl)",
            ]
        }
        return [("At liquidation: \(style.venue) waterfall, \(style.waterfall)", Style(.title, bold: true))]
            + steps.map { ("  " + $0, Style(.muted)) }
    }
}

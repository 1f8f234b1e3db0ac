import CascadeCore

extension ExchangeRejection {
    /// The reason as a user reads it: money in the settlement asset (`6,532.50 USDC`), prices in the
    /// instrument's format (`60,316.0–66,665.0`), never ticks or minor units. `instrument` is the one
    /// the refused command was about, when it named one; `asset` is the money's asset.
    ///
    /// The headless JSON keeps `description` (raw units) so runs stay exact and comparable.
    func userText(instrument: Instrument?, asset: Asset) -> String {
        func money(_ amount: Money) -> String { "\(DisplayFormat.money(amount, asset)) \(asset.symbol)" }
        switch self {
        case .insufficientMargin(let required, let available):
            return "insufficient margin: needs \(money(required)), \(money(available)) free"
        case .insufficientFreeMargin(let available):
            return "only \(money(available)) free"
        case .priceOutsideBand(let low, let high):
            guard let instrument else { return "limit price outside the price band" }
            func format(_ price: Price) -> String { DisplayFormat.grouped(instrument.format(price)) }
            return "limit price outside the band \(format(low))–\(format(high))"
        default:
            return description
        }
    }
}

/// Where a portfolio-margined account stands between evaluations: per underlying, the index range
/// within which it cannot breach maintenance, and when it must be evaluated again regardless.
///
/// A portfolio account has no liquidation price (its options' values curve with the underlying and
/// its volatility), so instead of filing a price the exchange files a band from the last
/// evaluation's scenario losses and the account's cushion, and evaluates again only when an index
/// leaves it or the review falls due.
struct PortfolioWatch: Sendable, Hashable {
    /// One underlying's band, index prices in ticks, both ends inside the safe range.
    struct Band: Sendable, Hashable {
        var underlying: InstrumentID
        var low: Price
        var high: Price
    }

    /// The bands of the underlyings the account holds, in id order.
    var bands: [Band]
    /// When the account is evaluated again even if every index stays inside its band.
    var review: SimTime

    /// Whether `price` of `underlying` has left its band (an underlying without a band never has).
    func isCrossed(_ underlying: InstrumentID, by price: Price) -> Bool {
        bands.contains { $0.underlying == underlying && (price < $0.low || price > $0.high) }
    }
}

/// The mark price and its three components (Binance USDⓈ-M):
/// median(index × (1 + funding rate × time to funding ÷ interval), index + moving average of
/// (mid − index), last trade price). A missing component is left out; of two, the lower is taken.
public struct MarkPrice: Sendable, Hashable {
    /// The mark in ticks, the median of the components present: positions, mark stops and liquidations use it.
    public var price: Price
    /// Index adjusted by the funding basis still to accrue.
    var fundingBasisPrice: Price
    /// Index plus the moving average of the book's premium; `nil` without a two-sided book yet.
    var movingBasisPrice: Price?
    /// The last-trade component; `nil` before the instrument's first trade.
    public var lastTrade: Price?

    /// Forms the mark from `index`, the funding still to accrue before the period ends (an interval below 1
    /// ms counts as 1), and `averageBasis`, the mean (mid − index) in ticks (`nil` without samples).
    public init(
        index: Price, fundingRate: Rate, timeToFunding: SimTime, fundingInterval: SimTime, averageBasis: Int64?,
        lastTrade: Price?
    ) {
        let accrued = Int128(index.ticks) * Int128(fundingRate.units) * Int128(timeToFunding)
        let adjustment = accrued.divided(
            by: Int128(Rate.one) * Int128(Swift.max(1, fundingInterval)), rounding: .towardZero)!
        fundingBasisPrice = Price(ticks: index.ticks + Int64(adjustment))
        movingBasisPrice = averageBasis.map { Price(ticks: index.ticks + $0) }
        self.lastTrade = lastTrade
        let components = [fundingBasisPrice, movingBasisPrice, lastTrade].compactMap { $0 }.sorted()
        price = components[(components.count - 1) / 2]
    }
}

import CascadeCore

/// One insurance fund as the Markets workspace draws it: its name, balance, the unrealised PnL of
/// what its engine holds, and its equity (balance plus that PnL) at each statistics sample (whole
/// units), with the drawdown figures derived from them.
public struct FundSeries: Sendable, Hashable {
    /// "Insurance fund", or a contract's pool ("BTC-PERP pool").
    public var name: String
    /// Cash in the fund now, in its settlement asset.
    public var balance: Money
    /// Unrealised PnL of the positions the fund's engine took over (zero under Hyperliquid's style).
    public var held: Money
    /// Equity (balance plus `held`) at each statistics sample, in whole units, oldest first.
    public var series: [Double]

    /// A fund's figures as the snapshot builder reads them.
    public init(name: String, balance: Money, held: Money = .zero, series: [Double]) {
        self.name = name
        self.balance = balance
        self.held = held
        self.series = series
    }

    /// The highest balance up to each sample: the line the drawdown is measured from.
    /// - Complexity: O(samples).
    public var runningPeak: [Double] {
        var peak = -Double.infinity
        return series.map { value in
            peak = max(peak, value)
            return peak
        }
    }

    /// The largest fall from a running peak over the series, and the share of that peak it was.
    /// - Complexity: O(samples).
    public var largestDrawdown: (amount: Double, share: Double) {
        var worst = (amount: 0.0, share: 0.0)
        for (value, peak) in zip(series, runningPeak) where peak - value > worst.amount {
            worst = (peak - value, peak > 0 ? (peak - value) / peak : 0)
        }
        return worst
    }
}

/// One position of a portfolio on a single underlying, as portfolio margin values it: a European
/// option at its own implied volatility, or a perpetual, whose value moves with spot one for one.
public struct PortfolioPosition: Sendable, Hashable {
    /// What is held.
    public enum Contract: Sendable, Hashable {
        /// A perpetual on the underlying: delta 1 per coin, no volatility exposure.
        case perpetual
        /// A European option with `days` to expiry (of a 365-day year) and implied volatility
        /// `volatility` (0.6 is 60%).
        case option(OptionRight, strike: Double, days: Double, volatility: Double)
    }

    /// What is held.
    public var contract: Contract
    /// Signed size in coins of the underlying: negative is short.
    public var size: Double

    /// A position of `size` coins in `contract`; nothing is checked here (a strike, time or volatility
    /// that is not positive gives NaN figures, never a trap).
    public init(_ contract: Contract, size: Double) {
        self.contract = contract
        self.size = size
    }

    /// A perpetual position of `size` coins.
    public static func perpetual(size: Double) -> PortfolioPosition { PortfolioPosition(.perpetual, size: size) }

    /// An option position of `size` coins.
    public static func option(
        _ right: OptionRight, strike: Double, days: Double, volatility: Double, size: Double
    ) -> PortfolioPosition {
        PortfolioPosition(.option(right, strike: strike, days: days, volatility: volatility), size: size)
    }
}

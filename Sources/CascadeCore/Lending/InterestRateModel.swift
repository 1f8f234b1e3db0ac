/// A kinked borrow-rate curve in utilisation, as Aave v3's `DefaultReserveInterestRateStrategy`:
/// `base + slope1 × U ÷ Uopt` up to the optimal utilisation, then `base + slope1 + slope2 × (U − Uopt)
/// ÷ (1 − Uopt)`. Rates are per year; suppliers earn `borrow rate × U × (1 − reserve factor)`.
public struct InterestRateModel: Sendable, Hashable {
    /// Rate at zero utilisation.
    public var base: Rate
    /// Rise from 0 to the optimal utilisation.
    public var slope1: Rate
    /// Rise from the optimal utilisation to 100%: steep, to pull utilisation back.
    public var slope2: Rate
    /// The kink, strictly between 0 and 1.
    public var optimalUtilisation: Rate
    /// The protocol's share of interest, to the surplus buffer.
    public var reserveFactor: Rate

    /// A curve from its five parameters (fractions).
    public init(base: Rate, slope1: Rate, slope2: Rate, optimalUtilisation: Rate, reserveFactor: Rate) {
        self.base = base
        self.slope1 = slope1
        self.slope2 = slope2
        self.optimalUtilisation = optimalUtilisation
        self.reserveFactor = reserveFactor
    }

    /// Aave v3 Ethereum USDC after the 2024-12-01 retune: kink 92%, slope 12.5% then 35%, 10% reserve
    /// factor (aave-proposals-v3 `IncreaseBorrowSlope1ToAllStablecoins…_20241201`).
    public static let usdc = InterestRateModel(
        base: .zero, slope1: Rate(units: 12_500_000), slope2: Rate(units: 35_000_000),
        optimalUtilisation: Rate(units: 92_000_000), reserveFactor: Rate(units: 10_000_000))
    /// Aave v3 Ethereum WETH (2023-10-31 snapshot): kink 80%, slope 2.8% then 80%, reserve factor 15%.
    public static let eth = InterestRateModel(
        base: .zero, slope1: Rate(units: 2_800_000), slope2: Rate(units: 80_000_000),
        optimalUtilisation: Rate(units: 80_000_000), reserveFactor: Rate(units: 15_000_000))
    /// Aave v3 Ethereum WBTC (2023-10-31 snapshot): kink 45%, slope 4% then 300%, reserve factor 20%.
    public static let btc = InterestRateModel(
        base: .zero, slope1: Rate(units: 4_000_000), slope2: Rate(units: 300_000_000),
        optimalUtilisation: Rate(units: 45_000_000), reserveFactor: Rate(units: 20_000_000))

    /// Borrowed ÷ (cash + borrowed), rounded down; 0 for an empty pool.
    public static func utilisation(cash: Money, borrowed: Money) -> Rate {
        let total = cash + borrowed
        guard total.units > 0, borrowed.units > 0 else { return .zero }
        return Rate.ratio(borrowed, total, rounding: .down)
    }

    /// The yearly borrow rate at utilisation `u`, rounded up (borrowers owe).
    public func borrowRate(utilisation u: Rate) -> Rate {
        let u = Rate(units: Swift.min(Swift.max(u.units, 0), Rate.one))
        let one = Int128(Rate.one)
        let kink = Int128(optimalUtilisation.units)
        if Int128(u.units) <= kink {
            let rise = (Int128(slope1.units) * Int128(u.units)).divided(by: kink, rounding: .up)!
            return Rate(units: base.units + Int64(rise))
        }
        let excess = Int128(u.units) - kink
        let rise = (Int128(slope2.units) * excess).divided(by: one - kink, rounding: .up)!
        return Rate(units: base.units + slope1.units + Int64(rise))
    }

    /// The yearly rate suppliers earn: `borrow × U × (1 − reserve factor)`, rounded down.
    public func supplyRate(utilisation u: Rate) -> Rate {
        let borrow = Int128(borrowRate(utilisation: u).units)
        let kept = Int128(Rate.one - reserveFactor.units)
        let one = Int128(Rate.one)
        return Rate(units: Int64((borrow * Int128(u.units) * kept).divided(by: one * one, rounding: .down)!))
    }

    /// Whether the kink lies strictly inside (0, 1), slopes and base are not negative and the
    /// reserve factor is a fraction.
    public var isValid: Bool {
        optimalUtilisation.units > 0 && optimalUtilisation.units < Rate.one && base.units >= 0 && slope1.units >= 0
            && slope2.units >= 0 && (0...Rate.one).contains(reserveFactor.units)
            && base.units + slope1.units + slope2.units <= 100 * Rate.one
    }
}

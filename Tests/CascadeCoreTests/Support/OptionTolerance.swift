import Testing

@testable import CascadeCore

/// Comparisons for option figures: relative where a figure is large, absolute in the figure's own
/// scale where it is near zero (a deep out-of-the-money price of 1e-30 has no relative digits to keep).
enum OptionTolerance {
    /// Whether `actual` is within `relative` of `expected`, or within `absolute` of it.
    static func isClose(_ actual: Double, _ expected: Double, relative: Double, absolute: Double) -> Bool {
        guard actual.isFinite, expected.isFinite else { return actual == expected }
        return abs(actual - expected) <= Swift.max(relative * abs(expected), absolute)
    }

    /// Every figure of `greeks` with its name and its scale at `underlying`: price, vega, theta and rho
    /// move with the underlying, gamma with its inverse, delta, d1 and d2 not at all.
    static func figures(_ greeks: OptionGreeks, underlying: Double) -> [(name: String, value: Double, scale: Double)] {
        [
            ("price", greeks.price, underlying), ("delta", greeks.delta, 1), ("gamma", greeks.gamma, 1 / underlying),
            ("vega", greeks.vega, underlying), ("theta", greeks.theta, underlying), ("rho", greeks.rho, underlying),
            ("d1", greeks.d1, 1), ("d2", greeks.d2, 1),
        ]
    }
}

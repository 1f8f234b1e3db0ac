/// Why no volatility gives an option price: the price lies outside what Black–Scholes can produce,
/// or the option cannot be priced at all.
public enum ImpliedVolatilityError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The spot, forward or strike is not a positive finite number, or the rate is not finite.
    case invalidMarket
    /// No time is left (T ≤ 0): the price is intrinsic value whatever the volatility.
    case expired
    /// The price is zero, negative or not a number.
    case nonPositivePrice
    /// The price is at or below the discounted intrinsic value given here: no volatility is low enough.
    case belowIntrinsic(Double)
    /// The price is at or above the bound given here (S for a call, K e^(−rT) for a put), which an
    /// option reaches only at infinite volatility.
    case aboveUpperBound(Double)

    /// A short lower-case reason, e.g. `"the price is at or below the discounted intrinsic value 1.5"`.
    public var description: String {
        switch self {
        case .invalidMarket: "the underlying and strike must be positive and the rate finite"
        case .expired: "the option has no time left, so its price does not depend on volatility"
        case .nonPositivePrice: "the price must be above 0"
        case .belowIntrinsic(let intrinsic):
            "the price is at or below the discounted intrinsic value \(intrinsic): no volatility gives it"
        case .aboveUpperBound(let bound):
            "the price is at or above the upper bound \(bound) (spot for a call, discounted strike for a put)"
        }
    }
}

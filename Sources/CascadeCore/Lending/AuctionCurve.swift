/// How a Dutch auction's price falls from its start price `top`: Maker's Abacus price functions
/// (makerdao/dss `abaci.sol`), evaluated in whole seconds since the auction started or was reset.
public enum AuctionCurve: Sendable, Hashable {
    /// `top × cut^⌊elapsed ÷ step⌋`: a fall by the factor `cut` every `step` seconds (Maker's default,
    /// 0.99 every 90 s).
    case stairstep(cut: Rate, step: Int64)
    /// `top × (tau − elapsed) ÷ tau`, and 0 from `tau` seconds on.
    case linear(tau: Int64)
    /// `top × cut^elapsed`: a fall by the factor `cut` every second.
    case exponential(cut: Rate)

    /// The factor on `top` after `elapsed` whole seconds (0 before the start counts as the start);
    /// `nil` only for a factor above 1, which `AuctionRules` refuses.
    /// - Complexity: O(log elapsed) for the exponential forms (repeated squaring).
    public func factor(afterSeconds elapsed: Int64) -> Ray? {
        let elapsed = Swift.max(0, elapsed)
        switch self {
        case .stairstep(let cut, let step):
            return Ray(cut).power(Int(elapsed / Swift.max(1, step)))
        case .linear(let tau):
            guard elapsed < tau else { return .zero }
            return Ray(Int128(tau - elapsed), over: Int128(tau), rounding: .down)
        case .exponential(let cut):
            return Ray(cut).power(Int(elapsed))
        }
    }

    /// Whether the parameters describe a falling price: a cut in (0, 1], a step and tau of at least
    /// a second.
    public var isValid: Bool {
        switch self {
        case .stairstep(let cut, let step): cut.units > 0 && cut.units <= Rate.one && step >= 1
        case .linear(let tau): tau >= 1
        case .exponential(let cut): cut.units > 0 && cut.units <= Rate.one
        }
    }
}

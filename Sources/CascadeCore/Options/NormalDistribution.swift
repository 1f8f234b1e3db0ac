#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The standard normal distribution's density and cumulative probability, as option pricing uses them.
///
/// `cumulative` goes through the C library's `erfc`, which keeps its relative accuracy in the lower
/// tail down to the smallest doubles (N(−37) ≈ 6 × 10⁻³⁰⁰): `1 − N(x)` would lose every digit there,
/// so callers ask for `N(−x)` instead of subtracting.
enum NormalDistribution {
    /// 1 / √(2π).
    static let inverseRootTwoPi = 0.398_942_280_401_432_677_94
    /// 1 / √2.
    static let inverseRootTwo = 0.707_106_781_186_547_524_40

    /// N(x) = ½ erfc(−x / √2); about 20 ns.
    @inline(__always)
    static func cumulative(_ x: Double) -> Double { 0.5 * erfc(-x * inverseRootTwo) }

    /// n(x) = e^(−x²/2) / √(2π).
    @inline(__always)
    static func density(_ x: Double) -> Double { inverseRootTwoPi * exp(-0.5 * x * x) }
}

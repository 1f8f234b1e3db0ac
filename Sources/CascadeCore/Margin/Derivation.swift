/// How the engine got one number: the formula, the values it put in, and the result, all as text
/// ready for the explain panel and the calculator.
///
/// Built from the very figures the engine used, so what a learner reads is the arithmetic that ran.
public struct Derivation: Sendable, Hashable, CustomStringConvertible {
    /// What the number is, e.g. "maintenance margin".
    public var name: String
    /// The formula in words and symbols, e.g. "notional × MMR − cum".
    public var formula: String
    /// The same formula with the values in place, e.g. "60000.00 × 0.4% − 0.00".
    public var substituted: String
    /// The result as shown, e.g. "240.00 USDC".
    public var result: String

    /// All four parts on one line, `name = formula = substituted = result`, for logs and tests.
    public var description: String { "\(name) = \(formula) = \(substituted) = \(result)" }
}

/// Why `cascade calc auction`, `health` or `collateral` cannot use its flags, naming the flag at fault.
public enum CalculationFlagError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The flag's text is not a plain decimal number (or a percentage, where one is allowed).
    case unreadable(flag: String, text: String, DecimalParseError)
    /// The flag's value lies outside `range`.
    case outOfRange(flag: String, text: String, range: String)
    /// The chosen curve needs this flag.
    case missing(flag: String, curve: String)
    /// The flag does not apply to the chosen curve.
    case notForCurve(flag: String, curve: String)
    /// `--take` was refused by the auction's rules at that time.
    case takeRefused(LendingRejection)
    /// `--tiers` does not describe a tier table: the tier (`text`, 1-based `tier`) and why.
    case badTier(tier: Int, text: String, problem: String)

    /// The message the CLI prints after `Error: `.
    public var description: String {
        switch self {
        case .unreadable(let flag, let text, let problem): "\(flag) '\(text)': \(problem)"
        case .outOfRange(let flag, let text, let range): "\(flag) must be \(range), got \(text)"
        case .missing(let flag, let curve): "--curve \(curve) needs \(flag)"
        case .notForCurve(let flag, let curve): "\(flag) does not apply to --curve \(curve)"
        case .takeRefused(let reason): "--take refused: \(reason)"
        case .badTier(let tier, let text, let problem): "--tiers, tier \(tier) '\(text)': \(problem)"
        }
    }
}

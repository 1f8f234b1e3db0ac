/// The inputs of `cascade calc option` as text, the way they were given on the command line.
public struct OptionCalculationFlags: Sendable {
    /// `--type`: call or put.
    public var right: OptionRight
    /// `--spot`: S, decimal text above zero.
    public var spot: String
    /// `--strike`: K, decimal text above zero.
    public var strike: String
    /// `--days`: time to expiry in days of a 365-day year; exactly one of `days` and `years`.
    public var days: String?
    /// `--years`: time to expiry in years; exactly one of `days` and `years`.
    public var years: String?
    /// `--vol`: σ as a fraction (`0.6`) or percentage (`60%`); exactly one of `volatility` and `price`.
    public var volatility: String?
    /// `--price`: the option's price, to solve for its implied volatility instead of pricing it.
    public var price: String?
    /// `--rate`: r, continuously compounded, fraction or percentage; `nil` is 0.
    public var rate: String?

    /// The flags as given; those not given are `nil`.
    public init(
        right: OptionRight, spot: String, strike: String, days: String? = nil, years: String? = nil,
        volatility: String? = nil, price: String? = nil, rate: String? = nil
    ) {
        self.right = right
        self.spot = spot
        self.strike = strike
        self.days = days
        self.years = years
        self.volatility = volatility
        self.price = price
        self.rate = rate
    }
}

/// Why `cascade calc option` cannot use its flags, naming the flag at fault.
public enum OptionCalculationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The flag's text is not a plain decimal number (or a percentage, where one is allowed).
    case unreadable(flag: String, text: String, DecimalParseError)
    /// The flag's value lies outside `range`, e.g. `"above 0 and at most 1000000000000000"`.
    case outOfRange(flag: String, text: String, range: String)
    /// Exactly one of two flags must be given; both or neither were.
    case exactlyOne(of: String, or: String)
    /// `--price` is outside what any volatility gives.
    case noImpliedVolatility(price: String, ImpliedVolatilityError)

    /// The message the CLI prints after `Error: `.
    public var description: String {
        switch self {
        case .unreadable(let flag, let text, let problem): "\(flag) '\(text)': \(problem)"
        case .outOfRange(let flag, let text, let range): "\(flag) must be \(range), got \(text)"
        case .exactlyOne(let first, let second): "give exactly one of \(first) and \(second)"
        case .noImpliedVolatility(let price, let reason): "--price \(price) has no implied volatility: \(reason)"
        }
    }
}

/// What `cascade calc option` computed: the option, the market it was priced in, and its figures.
public struct OptionCalculationResult: Sendable, Hashable {
    /// Right, strike and years.
    public var option: EuropeanOption
    /// S.
    public var spot: Double
    /// r.
    public var rate: Double
    /// σ: given by `--vol`, or solved from `--price`.
    public var volatility: Double
    /// The `--price` the volatility was solved from; `nil` when `--vol` was given.
    public var impliedFrom: Double?
    /// Black–Scholes price and Greeks at `volatility`.
    public var greeks: OptionGreeks
}

/// Turns the flags of `cascade calc option` into a Black–Scholes valuation (or an implied
/// volatility and then the valuation), naming the flag behind any value it cannot use.
///
/// Numbers are plain decimals (no exponents, so a typo never becomes another number); `--vol` and
/// `--rate` may end in `%`. Ranges: `--spot`, `--strike` and `--price` above 0 and at most 10¹⁵;
/// `--days` above 0 and at most 36,500 (`--years` at most 100); `--vol` above 0 and at most 1000%;
/// `--rate` from −100% to 100%.
public struct OptionCalculation: Sendable {
    /// The flags as given; `result()` reads and checks them on every call.
    public let flags: OptionCalculationFlags

    /// The largest spot, strike or price accepted.
    static let amountLimit = 1e15
    /// `amountLimit` as error messages state it.
    static let amountRange = "above 0 and at most 1000000000000000"

    /// Wraps the flags; nothing is parsed or checked until `result()`.
    public init(_ flags: OptionCalculationFlags) { self.flags = flags }

    /// The valuation, or the implied volatility and the valuation at it.
    public func result() throws(OptionCalculationError) -> OptionCalculationResult {
        let spot = try Self.number("--spot", flags.spot, in: 0...Self.amountLimit, range: Self.amountRange)
        let strike = try Self.number("--strike", flags.strike, in: 0...Self.amountLimit, range: Self.amountRange)
        let years: Double
        switch (flags.days, flags.years) {
        case (let days?, nil):
            years =
                try Self.number("--days", days, in: 0...36_500, range: "above 0 and at most 36500")
                / EuropeanOption.daysPerYear
        case (nil, let text?): years = try Self.number("--years", text, in: 0...100, range: "above 0 and at most 100")
        default: throw .exactlyOne(of: "--days", or: "--years")
        }
        let rate =
            try flags.rate.map { text throws(OptionCalculationError) in
                try Self.number(
                    "--rate", text, in: -1...1, range: "from -100% to 100%", percent: true, openBelow: false)
            } ?? 0
        let option = EuropeanOption(flags.right, strike: strike, years: years)
        switch (flags.volatility, flags.price) {
        case (let text?, nil):
            let volatility = try Self.number(
                "--vol", text, in: 0...10, range: "above 0 and at most 1000%", percent: true)
            return OptionCalculationResult(
                option: option, spot: spot, rate: rate, volatility: volatility, impliedFrom: nil,
                greeks: option.greeks(spot: spot, rate: rate, volatility: volatility))
        case (nil, let text?):
            let price = try Self.number("--price", text, in: 0...Self.amountLimit, range: Self.amountRange)
            let volatility: Double
            do {
                volatility = try option.impliedVolatility(price: price, spot: spot, rate: rate)
            } catch {
                throw .noImpliedVolatility(price: text, error)
            }
            return OptionCalculationResult(
                option: option, spot: spot, rate: rate, volatility: volatility, impliedFrom: price,
                greeks: option.greeks(spot: spot, rate: rate, volatility: volatility))
        default: throw .exactlyOne(of: "--vol", or: "--price")
        }
    }

    /// A plain decimal (with `percent`, optionally ending in `%`, read as hundredths) inside `bounds`;
    /// the lower bound itself is refused unless `openBelow` is `false`. `PortfolioCalculation` reads
    /// its `--spot` by it too.
    static func number(
        _ flag: String, _ text: String, in bounds: ClosedRange<Double>, range: String, percent: Bool = false,
        openBelow: Bool = true
    ) throws(OptionCalculationError) -> Double {
        let isPercent = percent && text.hasSuffix("%")
        let digits = isPercent ? String(text.dropLast()) : text
        do {
            _ = try DecimalText(parsing: digits)
        } catch {
            throw .unreadable(flag: flag, text: text, error)
        }
        guard let parsed = Double(digits) else { throw .unreadable(flag: flag, text: text, .malformed(digits)) }
        let value = isPercent ? parsed / 100 : parsed
        guard bounds.contains(value), !openBelow || value > bounds.lowerBound else {
            throw .outOfRange(flag: flag, text: text, range: range)
        }
        return value
    }
}

/// The inputs of `cascade calc health` as text, the way they were given on the command line.
public struct HealthCalculationFlags: Sendable {
    /// `--collateral`: collateral held.
    public var collateral: String
    /// `--price`: debt per collateral unit.
    public var price: String
    /// `--threshold`: the liquidation threshold, a fraction or percentage.
    public var threshold: String
    /// `--debt`: what is owed.
    public var debt: String
    /// `--bonus`: seized ÷ repaid value, 1.05 when `nil`.
    public var bonus: String?
    /// `--protocol-fee`: the protocol's share of the bonus, 0.1 when `nil`.
    public var protocolFee: String?

    /// The flags as given; those not given are `nil`.
    public init(collateral: String, price: String, threshold: String, debt: String) {
        (self.collateral, self.price, self.threshold, self.debt) = (collateral, price, threshold, debt)
    }
}

/// Turns the flags of `cascade calc health` into a `FixedBonusPlan`, Aave v3's rule, with the
/// lending market's own arithmetic.
public struct HealthCalculation: Sendable {
    /// The flags as given; `result()` reads and checks them.
    public let flags: HealthCalculationFlags

    /// Wraps the flags; nothing is parsed until `result()`.
    public init(_ flags: HealthCalculationFlags) { self.flags = flags }

    /// Amounts in the calculator's units: debt to six decimals, collateral to twelve.
    public static let debtAsset = LendingUnits.debt
    /// See `debtAsset`.
    public static let collateralAsset = LendingUnits.collateral

    /// The health factor and the liquidation a liquidator may make now.
    public func result() throws(CalculationFlagError) -> (plan: FixedBonusPlan, rules: FixedBonusRules) {
        let collateral = try LendingUnits.amount("--collateral", flags.collateral, of: LendingUnits.collateral)
        let price = try LendingUnits.price("--price", flags.price)
        let threshold = try LendingUnits.rate(
            "--threshold", flags.threshold, in: 1...Rate.one, range: "above 0 and at most 1")
        let debt = try LendingUnits.amount("--debt", flags.debt, of: LendingUnits.debt)
        var rules = FixedBonusRules()
        if let bonus = flags.bonus {
            rules.bonus = try LendingUnits.rate("--bonus", bonus, in: Rate.one...(2 * Rate.one), range: "from 1 to 2")
        }
        if let fee = flags.protocolFee {
            rules.protocolFee = try LendingUnits.rate("--protocol-fee", fee, in: 0...Rate.one, range: "from 0 to 1")
        }
        guard
            let plan = FixedBonusPlan(
                collateral: collateral, debt: debt, price: price, threshold: threshold, rules: rules)
        else { throw .outOfRange(flag: "--price", text: flags.price, range: "a price whose value fits") }
        return (plan, rules)
    }
}

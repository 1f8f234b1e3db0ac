/// Aave v3's liquidation: anyone repays part of an unsafe position's debt and receives collateral
/// worth that much plus a fixed bonus, of which the protocol keeps a share (aave-v3-core
/// `LiquidationLogic.sol`; https://aave.com/help/borrowing/liquidations). Defaults are WETH's.
public struct FixedBonusRules: Sendable, Hashable {
    /// The share of the debt one liquidation may repay while the health factor is above
    /// `fullCloseBelow` (Aave: 50%).
    public var closeFactor = Rate(units: 50_000_000)
    /// At or below this health factor the whole debt may be repaid at once (Aave: 0.95).
    public var fullCloseBelow = Rate(units: 95_000_000)
    /// Collateral seized ÷ debt repaid, at the oracle price (1.05 = a 5% bonus).
    public var bonus = Rate(units: 105_000_000)
    /// The protocol's share of the bonus part (Aave: 10%).
    public var protocolFee = Rate(units: 10_000_000)

    /// WETH's parameters: close factor 50% (100% at or below a health factor of 0.95), bonus 5%,
    /// protocol fee 10% of the bonus.
    public init() {}
}

/// Health factor and one fixed-bonus liquidation of a position, as `cascade calc health` prints
/// and the lending market applies. Collateral amounts are in the collateral's minor units, debts in
/// the debt asset's.
public struct FixedBonusPlan: Sendable, Hashable {
    /// Σ collateral × price × threshold ÷ debt, rounded down; `nil` without debt (or beyond 10⁹).
    public var healthFactor: Rate?
    /// The share of the debt this liquidation may repay: 0 while the health factor is at least 1.
    public var closeFactor: Rate
    /// Debt the liquidator repays.
    public var debtToCover: Money
    /// Collateral taken from the position, bonus included.
    public var seized: Money
    /// The part of `seized` beyond the debt's value: `seized − seized ÷ bonus`.
    public var bonus: Money
    /// The protocol's share of `bonus`, kept in the surplus buffer.
    public var protocolFee: Money
    /// The health factor once the liquidation is done; `nil` when no debt is left.
    public var healthFactorAfter: Rate?

    /// Collateral the liquidator receives: `seized − protocolFee`.
    public var liquidatorReceives: Money { seized - protocolFee }

    /// The plan for repaying up to `requested` (the close factor's limit when `nil`) of `debt`,
    /// backed by `collateral` at `price` (debt minor units per collateral minor unit) and the
    /// liquidation `threshold`. Seized collateral rounds down, the debt it frees up; when the
    /// collateral cannot pay debt and bonus, all of it is seized and the debt covered shrinks to
    /// match (Aave's rule). `nil` when an amount overflows.
    public init?(
        collateral: Money, debt: Money, price: Ray, threshold: Rate, rules: FixedBonusRules, requested: Money? = nil
    ) {
        guard collateral.units >= 0, debt.units >= 0, price.units > 0 else { return nil }
        healthFactor = Self.health(collateral: collateral, debt: debt, price: price, threshold: threshold)
        guard let factor = healthFactor, factor.units < Rate.one else {
            closeFactor = .zero
            (debtToCover, seized, bonus, protocolFee) = (.zero, .zero, .zero, .zero)
            healthFactorAfter = healthFactor
            return
        }
        closeFactor = factor <= rules.fullCloseBelow ? Rate(units: Rate.one) : rules.closeFactor
        let limit = closeFactor.of(debt, rounding: .down)
        var cover = Swift.min(limit, Swift.max(.zero, requested ?? limit))
        let base = AuctionLot.slice(paying: cover, at: price)
        guard var seized = rules.bonus.scaled(base, rounding: .down) else { return nil }
        if seized > collateral {
            seized = collateral
            guard let value = price.of(Int128(collateral.units), rounding: .down),
                let freedUnits = value.multiplied(
                    by: Int128(Rate.one), dividedBy: Int128(rules.bonus.units), rounding: .up),
                let freed = Money(freedUnits, rounding: .exact)
            else { return nil }
            cover = Swift.min(cover, freed)
        }
        guard
            let withoutBonus = Money(
                Int128(seized.units) * Int128(Rate.one), over: Int128(rules.bonus.units), rounding: .up)
        else { return nil }
        debtToCover = cover
        self.seized = seized
        bonus = Swift.max(.zero, seized - withoutBonus)
        protocolFee = rules.protocolFee.of(bonus, rounding: .down)
        healthFactorAfter = Self.health(
            collateral: collateral - seized, debt: debt - cover, price: price, threshold: threshold)
    }

    /// `collateral × price × threshold ÷ debt`, rounded down; `nil` without debt or when it
    /// exceeds a billion (shown as such, never clamped).
    public static func health(collateral: Money, debt: Money, price: Ray, threshold: Rate) -> Rate? {
        guard debt.units > 0, let value = price.of(Int128(collateral.units), rounding: .down),
            let product = value.multiplied(by: Int128(threshold.units), dividedBy: Int128(Rate.one), rounding: .down),
            let weighted = Money(product, rounding: .exact),
            let factor = Rate.checkedRatio(weighted, debt, rounding: .down), factor.units <= 1_000_000_000 * Rate.one
        else { return nil }
        return factor
    }
}

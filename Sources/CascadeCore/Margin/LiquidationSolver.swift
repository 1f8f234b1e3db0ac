/// Solves for the prices at which a position's equity meets its maintenance margin (liquidation) or
/// zero (bankruptcy), the closing fee included.
///
/// With S the signed size in lots, C the signed entry value, W' the effective wallet, r = MMR + fee
/// and cum the tier's maintenance amount:
/// - linear (k units per tick-lot): equity(P) = W' + S·k·P − C and MM + fee = |S|·k·P·r − cum, so
///   P = (C − W' − cum) ÷ (k·(S − |S|·r)), Binance's LP formula;
/// - inverse (lot value K ÷ P): equity(P) = W' + C − S·K/P and MM + fee = |S|·K/P·r − cum, so
///   P = K·(S + |S|·r) ÷ (W' + C + cum).
/// Both prices are the first tick at which their condition holds: rounded down for a long (whose
/// equity falls with the price), up for a short. So the liquidation price shown is a price at which
/// the engine really liquidates, and the bankruptcy price never flatters the account.
struct LiquidationSolver {
    let input: PositionRiskInput

    /// What solving for a price gave.
    enum Solution: Equatable {
        case price(Price)
        /// A flat position, or no positive price meets the condition.
        case none
        /// The price exists but is beyond Int64 ticks (or an intermediate beyond Int128).
        case outOfRange

        var price: Price? { if case .price(let price) = self { price } else { nil } }
    }

    /// The liquidation price and the tier it was solved in: the tier whose notional range holds the
    /// notional at the price solved with that tier's own rate and cum (Binance's liquidation FAQ asks
    /// for this re-check). Maintenance margin is continuous in notional, so one tier is consistent;
    /// the tier at mark is tried first, then every tier in order.
    /// - Complexity: O(tiers) solves at worst, one in the common case.
    func liquidationPrice(startingIn tier: MarginTier) -> (Price?, MarginTier) {
        let tiers = input.instrument.tiers
        let first = solve(in: tier)
        if first.consistent { return (first.price, tier) }
        for candidate in tiers.tiers where candidate != tier {
            let attempt = solve(in: candidate)
            if attempt.consistent { return (attempt.price, candidate) }
        }
        return (first.price, tier)
    }

    /// The liquidation price with `tier`'s parameters, and whether its notional falls in `tier`.
    private func solve(in tier: MarginTier) -> (price: Price?, consistent: Bool) {
        guard let price = liquidation(in: tier).price else { return (nil, true) }
        let notional = input.instrument.notional(of: input.size, at: price)
        return (price, input.instrument.tiers.tier(for: notional) == tier)
    }

    /// The liquidation price solved with `tier`'s rate and cum.
    func liquidation(in tier: MarginTier) -> Solution {
        solve(rate: tier.maintenanceRate + input.closeFeeRate, cum: tier.maintenanceAmount)
    }

    func bankruptcy() -> Solution { solve(rate: input.closeFeeRate, cum: .zero) }

    func bankruptcyPrice() -> Price? { bankruptcy().price }

    /// The price in ticks, `.none` for a flat position or when no positive price solves it.
    /// Every product is checked: inputs from outside the engine may not fit Int128 on the way.
    private func solve(rate: Rate, cum: Money) -> Solution {
        let size = Int128(input.size)
        guard size != 0 else { return .none }
        let one = Int128(Rate.one)
        let scaledRate = Int128(size.magnitude) * Int128(rate.units)
        let wallet = Int128(input.effectiveWallet.units)
        let cost = Int128(input.costBasis.units)
        let cum = Int128(cum.units)
        let scale = input.instrument.valueScale
        let numerator: (partialValue: Int128, overflow: Bool)
        let denominator: (partialValue: Int128, overflow: Bool)
        switch input.instrument.kind {
        case .linear:
            numerator = (cost - wallet - cum).multipliedReportingOverflow(by: one)
            denominator = (size * one - scaledRate).multipliedReportingOverflow(by: scale)
        case .inverse:
            numerator = scale.multipliedReportingOverflow(by: size * one + scaledRate)
            denominator = (wallet + cost + cum).multipliedReportingOverflow(by: one)
        }
        guard !numerator.overflow, !denominator.overflow else { return .outOfRange }
        guard denominator.partialValue != 0 else { return .none }
        // Longs lose as the price falls: their first tick is below the exact price; shorts' above.
        let rule: RoundingRule = size > 0 ? .down : .up
        guard let ticks = numerator.partialValue.divided(by: denominator.partialValue, rounding: rule), ticks > 0
        else { return .none }
        guard let value = Int64(exactly: ticks) else { return .outOfRange }
        return .price(Price(ticks: value))
    }
}

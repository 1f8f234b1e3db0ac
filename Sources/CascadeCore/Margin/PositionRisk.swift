/// The risk figures of one position, each with the arithmetic that produced it.
///
/// Formulas follow Binance USDⓈ-M for linear contracts (maintenance margin = notional × MMR − cum,
/// margin ratio = maintenance margin ÷ margin balance) and BitMEX/Bybit for inverse ones (value =
/// contracts ÷ price); see shared/reference/exchange-mechanics.md §3–4. Every amount is in the
/// instrument's settlement asset, every rounding goes against the account.
public struct PositionRisk: Sendable, Hashable {
    /// What the figures were computed from, kept so panels and derivations can show the inputs.
    public let input: PositionRiskInput
    /// |size| × lot value at mark.
    public let notional: Money
    /// Profit (positive) or loss at mark against the cost basis, in the settlement asset.
    public let unrealizedPnL: Money
    /// Notional ÷ leverage, rounded up.
    public let initialMargin: Money
    /// The tier the notional falls in.
    public let tier: MarginTier
    /// Notional × MMR − cum, rounded up.
    public let maintenanceMargin: Money
    /// Wallet plus unrealised PnL (cross: of every cross position).
    public let marginBalance: Money
    /// Maintenance margin (cross: of every cross position) ÷ margin balance; 100% or more means
    /// liquidation. `nil` when the margin balance is zero or negative.
    public let marginRatio: Rate?
    /// Margin balance less initial margin: what could still back new orders or be withdrawn.
    public let availableBalance: Money
    /// Where margin balance meets maintenance margin (plus the closing fee); `nil` when no positive
    /// price gets there (the wallet covers any move).
    public let liquidationPrice: Price?
    /// Where margin balance (less the closing fee) reaches zero.
    public let bankruptcyPrice: Price?
    /// The tier the liquidation price was solved in: the tier of the notional at that price, which
    /// may differ from the tier at mark (Binance's liquidation FAQ asks for the same re-check).
    let liquidationTier: MarginTier

    /// Computes every figure of one position: O(tiers) liquidation-price solves at worst, one usually.
    /// For the engine's bounded inputs; outside input goes through `init(checking:)`, which never clamps.
    public init(_ input: PositionRiskInput) {
        self.input = input
        let instrument = input.instrument
        let size = input.size
        notional = instrument.notional(of: size, at: input.mark)
        unrealizedPnL = instrument.unrealizedPnL(of: size, costBasis: input.costBasis, at: input.mark)
        let leverage = Swift.max(1, input.leverage)
        initialMargin = notional.initialMargin(leverage: leverage)
        tier = instrument.tiers.tier(for: notional)
        maintenanceMargin = instrument.maintenanceMargin(of: size, at: input.mark)
        let otherUnrealized = input.mode == .cross ? input.otherUnrealized : .zero
        let otherMaintenance = input.mode == .cross ? input.otherMaintenance : .zero
        marginBalance = input.wallet + unrealizedPnL + otherUnrealized
        let required = maintenanceMargin + otherMaintenance
        marginRatio = marginBalance.units > 0 ? Rate.ratio(required, marginBalance, rounding: .up) : nil
        availableBalance = marginBalance - initialMargin
        let solver = LiquidationSolver(input: input)
        (liquidationPrice, liquidationTier) = solver.liquidationPrice(startingIn: tier)
        bankruptcyPrice = solver.bankruptcyPrice()
    }

    /// Unrealised PnL ÷ initial margin at entry (return on equity); `nil` for a flat position.
    public var roe: Rate? {
        let margin = entryMargin
        guard margin.units > 0 else { return nil }
        return Rate.ratio(unrealizedPnL, margin, rounding: .towardZero)
    }

    /// Initial margin at the entry value: the denominator of ROE.
    var entryMargin: Money {
        input.costBasis.initialMargin(leverage: input.leverage)
    }
}

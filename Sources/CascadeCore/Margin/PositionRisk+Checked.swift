/// A figure of a position's risk that does not fit the engine's integers.
public enum PositionRiskOverflow: Error, Sendable, Hashable {
    /// The entry value (size × entry price) is beyond `PositionRisk.amountLimit`.
    case entryValue
    /// The value at mark (size × mark price) is beyond `PositionRisk.amountLimit`.
    case markValue
    /// The wallet, or (cross) the other positions' maintenance margin or PnL, is beyond the limit.
    case amount
    /// Maintenance margin ÷ margin balance is beyond a rate's range (the balance is tiny).
    case marginRatio
    /// Unrealised PnL ÷ entry margin is beyond a rate's range.
    case returnOnEquity
    /// The liquidation price lies beyond Int64 ticks.
    case liquidationPrice
    /// The bankruptcy price lies beyond Int64 ticks.
    case bankruptcyPrice
}

extension PositionRisk {
    /// The largest amount, in settlement units, of any input or value the checked figures accept:
    /// an eighth of Int64, so the sums `PositionRisk` forms (margin balance, available balance,
    /// effective wallet: at most five such terms) stay inside Int64 with room to spare.
    public static let amountLimit = Int64.max / 8

    /// The same figures as `init(_:)`, for input from outside the engine (`cascade calc margin`):
    /// where the engine's arithmetic would clamp a figure to Int64 or trap, this throws which
    /// figure does not fit, so a clamped number is never shown as an answer.
    ///
    /// The engine itself keeps `init(_:)`: its sizes, prices and balances are bounded far inside
    /// these limits.
    /// - Complexity: as `init(_:)`, plus one more solve of each price.
    public init(checking input: PositionRiskInput) throws(PositionRiskOverflow) {
        func fits(_ money: Money?) -> Bool {
            money.map { $0.units > -Self.amountLimit && $0.units < Self.amountLimit } ?? false
        }
        let instrument = input.instrument
        guard fits(input.costBasis) else { throw .entryValue }
        guard fits(instrument.checkedValue(of: input.size, at: input.mark)) else { throw .markValue }
        guard fits(input.wallet), fits(input.otherMaintenance), fits(input.otherUnrealized) else { throw .amount }
        self.init(input)
        let otherMaintenance = input.mode == .cross ? input.otherMaintenance : .zero
        if marginBalance.units > 0,
            Rate.checkedRatio(maintenanceMargin + otherMaintenance, marginBalance, rounding: .up) == nil
        {
            throw .marginRatio
        }
        if entryMargin.units > 0, Rate.checkedRatio(unrealizedPnL, entryMargin, rounding: .towardZero) == nil {
            throw .returnOnEquity
        }
        let solver = LiquidationSolver(input: input)
        if solver.liquidation(in: liquidationTier) == .outOfRange { throw .liquidationPrice }
        if solver.bankruptcy() == .outOfRange { throw .bankruptcyPrice }
        // The tier a liquidation price is solved in is chosen by the notional there; a notional
        // that does not fit would have picked it from a clamped figure.
        if let price = liquidationPrice, instrument.checkedValue(of: input.size, at: price) == nil {
            throw .liquidationPrice
        }
        if let price = bankruptcyPrice, instrument.checkedValue(of: input.size, at: price) == nil {
            throw .bankruptcyPrice
        }
    }
}

/// `cascade calc portfolio` once its file is read: the positions and model it gives, valued at the
/// `--spot` flag, which is read and checked the way `cascade calc option` reads its own.
public struct PortfolioCalculation: Sendable {
    /// The positions, all on one underlying.
    public var positions: [PortfolioPosition]
    /// The scenario table and rules; Paradex's unless the file overrides them.
    public var model: PortfolioMarginModel

    /// The positions and model; nothing is evaluated until `margin(spot:)`.
    public init(positions: [PortfolioPosition], model: PortfolioMarginModel = .paradex) {
        self.positions = positions
        self.model = model
    }

    /// The portfolio's margin at `spot`, a plain decimal above 0 and at most 10¹⁵.
    /// - Throws: naming `--spot` when its text is not such a number.
    public func margin(spot: String) throws(OptionCalculationError) -> PortfolioMargin {
        let value = try OptionCalculation.number(
            "--spot", spot, in: 0...OptionCalculation.amountLimit, range: OptionCalculation.amountRange)
        return model.evaluate(positions, spot: value)
    }
}

import CascadeCore

/// The user's options on one underlying plus their perpetual in it, evaluated by portfolio margin
/// (`PortfolioMarginModel.paradex`, https://docs.paradex.trade/risk/portfolio-margin) at the index,
/// beside the standard margin the same positions hold now: what the Options workspace's risk matrix draws.
public struct PortfolioRiskSnapshot: Sendable {
    /// Every scenario's PnL, the binding one, scan risk, min delta risk and the margins.
    public var margin: PortfolioMargin
    /// Option positions in the portfolio.
    public var options: Int
    /// The perpetual position in the underlying, in coins (0 when flat).
    public var perpetualSize: Double
    /// The standard initial margin the same positions hold: each option's (Deribit's rule, the premium
    /// for a long) plus the perpetual's (USDC).
    public var standardInitialMargin: Money
    /// The standard maintenance margin of the same positions (USDC).
    public var standardMaintenanceMargin: Money
    /// The what-if of hedging: the perpetual trade that takes net delta nearest zero (signed lots of
    /// the perpetual) and the portfolio's margin after it; nil when net delta is under half a lot.
    public var hedge: (lots: Int64, margin: PortfolioMargin)?

    /// The portfolio of `account`'s options on `underlying` and its position in it, valued at `index`;
    /// nil when nothing is held or an option has no mark yet.
    /// - Complexity: O(options held) to gather, then one `evaluate` (about 12 µs for 20 options).
    public init?(
        account: AccountSnapshot, underlying: Instrument, id: InstrumentID, index: Price,
        model: PortfolioMarginModel = .paradex
    ) {
        var positions: [PortfolioPosition] = []
        var initial = Money.zero
        var maintenance = Money.zero
        for option in account.optionPositions where option.instrument.option?.underlying == id {
            guard let terms = option.instrument.option, let mark = option.mark else { return nil }
            // One minute at least: the model's time must stay positive (σ√T never 0).
            let days = max(option.years * 365, 1.0 / 1_440)
            positions.append(
                .option(
                    terms.right, strike: option.instrument.decimal(terms.strike), days: days,
                    volatility: mark.volatility, size: option.contracts))
            initial += option.initialMargin
            maintenance += option.maintenanceMargin
        }
        let options = positions.count
        var perpetualSize = 0.0
        if let perpetual = account.positions.first(where: { $0.instrument == id }) {
            perpetualSize = underlying.decimal(Quantity(lots: perpetual.position.size))
            positions.append(.perpetual(size: perpetualSize))
            initial += perpetual.risk.initialMargin
            maintenance += perpetual.risk.maintenanceMargin
        }
        guard !positions.isEmpty else { return nil }
        let spot = underlying.decimal(index)
        margin = model.evaluate(positions, spot: spot)
        self.options = options
        self.perpetualSize = perpetualSize
        standardInitialMargin = initial
        standardMaintenanceMargin = maintenance
        let lot = underlying.lotSize.doubleValue
        let lots = (-margin.netDelta / lot).rounded()
        if lots != 0 && abs(lots) < 1e15 {
            var hedged = positions
            if perpetualSize != 0 { hedged.removeLast() }
            hedged.append(.perpetual(size: perpetualSize + lots * lot))
            hedge = (Int64(lots), model.evaluate(hedged, spot: spot))
        }
    }

    /// The PnL of the scenario with this spot move and volatility shock, when the table has it.
    /// - Complexity: O(scenarios).
    public func pnl(spotShock: Double, volShock: Double) -> Double? {
        scenarioIndex(spotShock: spotShock, volShock: volShock).map { margin.scenarioPnLs[$0] }
    }

    /// The index of the scenario with this spot move and volatility shock (to a millionth).
    func scenarioIndex(spotShock: Double, volShock: Double) -> Int? {
        margin.scenarios.firstIndex {
            abs($0.spotShock - spotShock) < 1e-6 && abs($0.volShock - volShock) < 1e-6
        }
    }
}

/// One row of a portfolio-margin scenario table: a move of spot, a shock to implied volatility, and
/// the share of the loss that counts.
///
/// The table is Paradex's "SCAN" table (https://docs.paradex.trade/risk/portfolio-margin), the same
/// shape as Deribit's portfolio margin: the core moves count in full, the extended moves (−66% to
/// +500%) only a fraction, so a tail the core moves cannot see still costs margin.
public struct PortfolioScenario: Sendable, Hashable {
    /// The move of spot as a fraction: −0.16 is spot down 16%; above −1.
    public var spotShock: Double
    /// The relative shock to every implied volatility before scaling by time to expiry: 0.40 is IV × 1.4
    /// for a 30-day option; above −1 once scaled.
    public var volShock: Double
    /// The fraction of this scenario's loss that counts toward scan risk, from 0 to 1.
    public var weight: Double

    /// A scenario with these shocks and weight; nothing is checked here (`PortfolioMarginModel` checks its table).
    public init(spotShock: Double, volShock: Double, weight: Double) {
        self.spotShock = spotShock
        self.volShock = volShock
        self.weight = weight
    }
}

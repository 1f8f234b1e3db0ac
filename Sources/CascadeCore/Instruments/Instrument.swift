/// A tradable contract: its symbol and the grid its prices and sizes live on.
///
/// Margin, fee and funding parameters join this type with the margin engine; the grid is what the
/// order book and every text conversion need.
public struct Instrument: Sendable, Hashable {
    public var symbol: String
    /// Value of one price tick in the quote asset (BTC-PERP: 0.1 USD).
    public var tickSize: DecimalStep
    /// Size of one lot in the base asset (BTC-PERP: 0.001 BTC).
    public var lotSize: DecimalStep

    public init(symbol: String, tickSize: DecimalStep, lotSize: DecimalStep) {
        self.symbol = symbol
        self.tickSize = tickSize
        self.lotSize = lotSize
    }

    /// The default linear perpetual: tick 0.1 USD, lot 0.001 BTC.
    public static let btcPerp = Instrument(
        symbol: "BTC-PERP",
        tickSize: DecimalStep(units: 1, scale: 1)!,
        lotSize: DecimalStep(units: 1, scale: 3)!
    )

    /// Parses a positive price such as `"64000.5"`; it must lie on the tick grid.
    public func price(parsing text: String) throws(DecimalParseError) -> Price {
        let ticks = try tickSize.count(of: text)
        guard ticks > 0 else { throw .outOfRange }
        return Price(ticks: ticks)
    }

    /// Parses a positive size such as `"0.25"`; it must be a whole number of lots.
    public func quantity(parsing text: String) throws(DecimalParseError) -> Quantity {
        let lots = try lotSize.count(of: text)
        guard lots > 0 else { throw .outOfRange }
        return Quantity(lots: lots)
    }

    /// The price as a decimal with the tick's places, e.g. `"64000.5"`.
    public func format(_ price: Price) -> String { tickSize.format(price.ticks) }

    /// The size as a decimal with the lot's places, e.g. `"0.250"`.
    public func format(_ quantity: Quantity) -> String { lotSize.format(quantity.lots) }
}

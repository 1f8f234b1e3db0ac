import CascadeCore

/// One of the user's option positions: its size and cost, the exchange's mark with its Greeks, the
/// underlying's index and the standard margin it holds.
public struct OptionPositionSnapshot: Sendable {
    /// The option's id.
    public var id: InstrumentID
    /// Its terms (`instrument.option`), symbol, tick and lot.
    public var instrument: Instrument
    /// Signed size in lots and cost basis, as the engine holds them.
    public var position: Position
    /// The exchange's mark; nil before the underlying's first index.
    public var mark: OptionMark?
    /// The underlying's index, in its ticks; nil before its first.
    public var index: Price?
    /// Deribit's standard margin of the position: the premium for a long (initial only), the short's
    /// initial and maintenance otherwise (USDC).
    public var initialMargin: Money
    /// Maintenance margin of the position (USDC); zero for a long.
    public var maintenanceMargin: Money
    /// Years to expiry, for the payoff "today" curve.
    public var years: Double

    /// A position in option `id`; margins zero unless told.
    public init(
        id: InstrumentID, instrument: Instrument, position: Position, mark: OptionMark?, index: Price?,
        initialMargin: Money = .zero, maintenanceMargin: Money = .zero, years: Double
    ) {
        self.id = id
        self.instrument = instrument
        self.position = position
        self.mark = mark
        self.index = index
        self.initialMargin = initialMargin
        self.maintenanceMargin = maintenanceMargin
        self.years = years
    }

    /// The signed size in contracts (coins of the underlying): lots times the lot.
    public var contracts: Double { instrument.decimal(Quantity(lots: position.size)) }

    /// Unrealised PnL at the mark (USDC); zero without a mark.
    public var unrealizedPnL: Money {
        mark.map { instrument.unrealizedPnL(of: position.size, costBasis: position.costBasis, at: $0.price) } ?? .zero
    }

    /// The position's Greeks: the mark's per-contract figures times the signed contracts (USD; vega
    /// per volatility point and theta per day, as venues show them).
    public var greeks: PositionGreeks {
        guard let greeks = mark?.greeks else { return PositionGreeks() }
        return PositionGreeks(per: greeks, contracts: contracts)
    }
}

/// Delta, gamma, vega and theta of a position or a book, summed over its options.
public struct PositionGreeks: Sendable, Hashable {
    /// Coins of the underlying the position moves like.
    public var delta = 0.0
    /// Change of delta per 1 USD of the underlying.
    public var gamma = 0.0
    /// USD per volatility point (0.01).
    public var vega = 0.0
    /// USD per calendar day.
    public var theta = 0.0

    /// All zero: a flat book.
    public init() {}

    /// `contracts` (signed) of an option with per-contract `greeks`.
    public init(per greeks: OptionGreeks, contracts: Double) {
        delta = greeks.delta * contracts
        gamma = greeks.gamma * contracts
        vega = greeks.vegaPerPoint * contracts
        theta = greeks.thetaPerDay * contracts
    }

    /// The sum of two books' Greeks.
    public static func + (left: Self, right: Self) -> Self {
        var sum = left
        sum.delta += right.delta
        sum.gamma += right.gamma
        sum.vega += right.vega
        sum.theta += right.theta
        return sum
    }
}

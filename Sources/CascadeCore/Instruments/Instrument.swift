/// How a contract's value and profit are measured.
public enum ContractKind: UInt8, Sendable, Hashable {
    /// Size in the base asset, margin and PnL in the quote asset (BTC-PERP: BTC size, USDC PnL).
    case linear
    /// Size in USD contracts, margin and PnL in the base coin (BitMEX XBTUSD): a contract is worth
    /// `contractValue / price` coins, so a long gains coins as the price rises, at a falling rate.
    case inverse
}

/// A tradable contract: its grid of prices and sizes, what it settles in, its fees and its
/// maintenance-margin tiers.
public struct Instrument: Sendable, Hashable {
    /// Ticker by which the CLI, `Instrument.named(_:)` and `Exchange.instrumentID(_:)` find it, e.g. `"BTC-PERP"`.
    public var symbol: String
    /// Linear or inverse: picks the value, PnL and liquidation formulas; setting it recomputes the cached value scale.
    public var kind: ContractKind { didSet { updateValueScale() } }
    /// The asset margin, PnL, fees and funding are paid in.
    public var settlementAsset: Asset { didSet { updateValueScale() } }
    /// The price increment, in USD (BTC-PERP: 0.1).
    public var tickSize: DecimalStep { didSet { updateValueScale() } }
    /// Size of one lot: base units for linear contracts (BTC-PERP: 0.001 BTC), USD contracts for
    /// inverse ones (BTC-USD-INV: 1 contract of 1 USD).
    public var lotSize: DecimalStep { didSet { updateValueScale() } }
    /// Settlement units per lot per tick (linear) or per lot times ticks (inverse): every value
    /// computation multiplies by it, so it is worked out once, here, not per fill.
    private(set) var valueScale: Int128 = 0
    /// Fee on the notional of a fill that rested (may be negative: a rebate).
    var makerFee: Rate
    /// Fee on the notional of a fill that took liquidity.
    var takerFee: Rate
    /// Maintenance-margin tiers, amounts in the settlement asset; they also cap leverage and position size.
    public var tiers: MarginTierTable
    /// Limit orders must lie within this fraction of the mark price (`priceBand(around:)`).
    var priceBand: Rate
    /// Strike, expiry and right when the instrument is an option; `nil` for a perpetual. An option's
    /// premium is its price, so its values and PnL follow the linear formulas; its margin does not
    /// use `tiers` but the standard option margin (`optionMargin(of:mark:underlying:)`).
    public var option: OptionTerms?

    /// A contract with these grids, fees and tiers; `priceBand` defaults to 5% around mark. Works out the
    /// value scale once, so fills never recompute it.
    public init(
        symbol: String, kind: ContractKind, settlementAsset: Asset, tickSize: DecimalStep, lotSize: DecimalStep,
        makerFee: Rate, takerFee: Rate, tiers: MarginTierTable, priceBand: Rate = Rate(units: 5_000_000)
    ) {
        self.symbol = symbol
        self.kind = kind
        self.settlementAsset = settlementAsset
        self.tickSize = tickSize
        self.lotSize = lotSize
        self.makerFee = makerFee
        self.takerFee = takerFee
        self.tiers = tiers
        self.priceBand = priceBand
        updateValueScale()
    }

    private mutating func updateValueScale() {
        valueScale = Self.valueScale(kind: kind, asset: settlementAsset, tick: tickSize, lot: lotSize)
    }

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

    /// The settlement asset's display of an amount.
    public func format(_ money: Money) -> String { settlementAsset.format(money) }
}

extension Instrument {
    /// The prices a limit order may have while the mark is `mark`: `priceBand` either side of it,
    /// rounded inwards to the tick, never below one tick.
    public func priceBand(around mark: Price) -> ClosedRange<Price> {
        let width = priceBand.of(Money(units: mark.ticks), rounding: .down).units
        return Price(ticks: Swift.max(1, mark.ticks - width))...Price(ticks: mark.ticks + width)
    }
}

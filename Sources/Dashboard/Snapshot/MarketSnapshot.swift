import CascadeCore
import CascadeSim

/// Everything the screen shows, as of one moment of the world: an immutable value the engine
/// thread builds and the UI thread reads, already aggregated for the panels.
public struct MarketSnapshot: Sendable {
    /// Increases with every snapshot; the UI redraws when it changes.
    public var version: Int
    /// Counts the world's restarts (`:scenario`, lessons).
    public var generation = 0
    public var time: SimTime
    public var scenario: String
    public var speed: Double
    public var paused: Bool
    public var instruments: [InstrumentSnapshot]
    /// The figures of instrument `id`: `instruments` lists every instrument in id order.
    public subscript(id: InstrumentID) -> InstrumentSnapshot { instruments[id.index] }
    public var account: AccountSnapshot
    /// The user's fills, rejections and funding, and every liquidation and ADL, newest last.
    public var log: [LogEntry]
    /// The newest liquidations (and every one of the user's), step by step, oldest first.
    public var replays: [LiquidationReplay] = []
    /// Every liquidation, backstop takeover and ADL that hit the user this run, oldest first.
    public var notices: [LiquidationNotice] = []
    /// The newest replies to the user's commands and news of their orders, oldest first.
    public var replies: [UserReply] = []
    /// Insurance fund and backstop vault equity of the USDC pool.
    public var insuranceFund: Money
    public var backstopEquity: Money
    /// Insurance fund and backstop vault equity of the USDC pool at each statistics sample (USDC).
    public var insuranceSeries: [Double] = []
    public var backstopSeries: [Double] = []
    /// Every insurance fund (the USDC fund, or each contract's pool) over the samples; empty in
    /// snapshots built by hand, where `fundSeries` falls back to `insuranceSeries`.
    public var funds: [FundSeries] = []
    /// Liquidated notional across every instrument at each statistics sample: positions that were
    /// long, and short.
    public var systemLiquidatedLongs: [Double] = []
    public var systemLiquidatedShorts: [Double] = []

    public init(
        version: Int, time: SimTime, scenario: String, speed: Double, paused: Bool, instruments: [InstrumentSnapshot],
        account: AccountSnapshot, log: [LogEntry], insuranceFund: Money, backstopEquity: Money
    ) {
        self.version = version
        self.time = time
        self.scenario = scenario
        self.speed = speed
        self.paused = paused
        self.instruments = instruments
        self.account = account
        self.log = log
        self.insuranceFund = insuranceFund
        self.backstopEquity = backstopEquity
    }
}

extension MarketSnapshot {
    /// The funds to draw: `funds`, or the USDC fund alone.
    public var fundSeries: [FundSeries] {
        funds.isEmpty ? [FundSeries(name: "Insurance fund", balance: insuranceFund, series: insuranceSeries)] : funds
    }

    /// Whether any instrument's waterfall has a backstop vault (only Hyperliquid's does).
    public var usesBackstopVault: Bool { instruments.contains { $0.liquidationStyle.usesBackstopVault } }
}

/// One instrument's market as the panels draw it.
public struct InstrumentSnapshot: Sendable {
    public var id: InstrumentID
    public var instrument: Instrument
    /// Whose liquidation waterfall the instrument follows.
    public var liquidationStyle = LiquidationStyle.hyperliquid
    public var last: Price?
    public var mark: Price?
    public var index: Price?
    /// Price a day ago (or at the start, if younger), for the 24 h change.
    public var dayAgo: Price?
    /// The rate of the current funding period so far (premium average plus interest, clamped), per 8 h.
    public var fundingRate: Rate
    public var nextFunding: SimTime
    /// Long open interest, in lots.
    public var openInterest: Int64
    public var depth: BookDepth
    /// Newest last.
    public var trades: [TapeTrade]
    /// One-minute candles, newest (in progress) last.
    public var candles: [BarRecorder.Bar]
    /// Mark and index at each minute, aligned with `candles`.
    public var markSeries: [Double]
    public var indexSeries: [Double]
    /// Open interest (lots) and liquidated notional (longs, shorts) at each statistics sample.
    public var openInterestSeries: [Double]
    public var liquidatedLongs: [Double]
    public var liquidatedShorts: [Double]
    /// Liquidation heatmaps: the engine's true positions, and the estimate from public data.
    public var heatmap: HeatmapSeries
    public var estimatedHeatmap: HeatmapSeries
    /// Traded notional over the last 24 h (or since the start, if younger).
    public var volume24h: Money = .zero
    /// Liquidated notional over the last hour of statistics samples: positions that were long, and short.
    public var liquidatedLongsLastHour = 0.0
    public var liquidatedShortsLastHour = 0.0

    public init(id: InstrumentID, instrument: Instrument) {
        self.id = id
        self.instrument = instrument
        fundingRate = .zero
        nextFunding = 0
        openInterest = 0
        depth = .empty
        trades = []
        candles = []
        markSeries = []
        indexSeries = []
        openInterestSeries = []
        liquidatedLongs = []
        liquidatedShorts = []
        heatmap = HeatmapSeries()
        estimatedHeatmap = HeatmapSeries()
    }

    /// The price shown as "the" price: last trade, else mark, else index.
    public var price: Price? { last ?? mark ?? index }

    /// The change of `price` since `dayAgo`, as a fraction (0.01 is 1%); 0 without a price.
    public var dayChange: Double {
        guard let price else { return 0 }
        return dayAgo.map { Double(price.ticks - $0.ticks) / Double(max(1, $0.ticks)) } ?? 0
    }

    /// Mark over index less one, as a fraction; nil until both are known.
    public var basis: Double? {
        guard let mark, let index, index.ticks > 0 else { return nil }
        return Double(mark.ticks - index.ticks) / Double(index.ticks)
    }
}

/// A trade as the tape shows it.
public struct TapeTrade: Sendable, Hashable {
    public var time: SimTime
    public var price: Price
    public var quantity: Quantity
    /// The taker's side.
    public var side: Side
    /// A liquidation order took part.
    public var isLiquidation: Bool
    /// The user's own trade.
    public var isUser: Bool
}

/// Notional by liquidation-price bucket over time: `columns[t][bucket]`, each column relative to its
/// own price range (`lowest`, `width` in ticks), longs positive and shorts negative.
public struct HeatmapSeries: Sendable, Hashable {
    public struct Column: Sendable, Hashable {
        public var time: SimTime
        public var lowest: Price
        public var width: Int64
        public var longs: [Double]
        public var shorts: [Double]

        public init(time: SimTime, lowest: Price, width: Int64, longs: [Double], shorts: [Double]) {
            self.time = time
            self.lowest = lowest
            self.width = width
            self.longs = longs
            self.shorts = shorts
        }
    }

    public var columns: [Column] = []

    public init(columns: [Column] = []) { self.columns = columns }
}

/// The user's account across all instruments.
public struct AccountSnapshot: Sendable {
    public var wallet: Money
    public var equity: Money
    public var unrealizedPnL: Money
    public var maintenanceMargin: Money
    public var initialMargin: Money
    public var available: Money
    public var marginRatio: Rate?
    public var positions: [PositionSnapshot]
    public var orders: [OrderSnapshot]
    /// The cross-margin arithmetic of the account, step by step.
    public var derivations: [Derivation]
    /// Leverage and margin mode set for each instrument (they hold while flat too).
    public var leverages: [Int] = []
    public var modes: [MarginMode] = []

    public init(
        wallet: Money = .zero, equity: Money = .zero, unrealizedPnL: Money = .zero, maintenanceMargin: Money = .zero,
        initialMargin: Money = .zero, available: Money = .zero, marginRatio: Rate? = nil,
        positions: [PositionSnapshot] = [], orders: [OrderSnapshot] = [], derivations: [Derivation] = []
    ) {
        self.wallet = wallet
        self.equity = equity
        self.unrealizedPnL = unrealizedPnL
        self.maintenanceMargin = maintenanceMargin
        self.initialMargin = initialMargin
        self.available = available
        self.marginRatio = marginRatio
        self.positions = positions
        self.orders = orders
        self.derivations = derivations
    }
}

/// One of the user's positions, with the engine's own risk figures.
public struct PositionSnapshot: Sendable {
    public var instrument: InstrumentID
    public var position: Position
    public var risk: PositionRisk
    /// ADL queue level 1–5 (5: first in line), or nil when not in profit.
    public var deleveragingLevel: Int?
    /// Funding paid per 8 h at the current rate (positive: the position pays).
    public var fundingPerInterval: Money

    public init(
        instrument: InstrumentID, position: Position, risk: PositionRisk, deleveragingLevel: Int?,
        fundingPerInterval: Money
    ) {
        self.instrument = instrument
        self.position = position
        self.risk = risk
        self.deleveragingLevel = deleveragingLevel
        self.fundingPerInterval = fundingPerInterval
    }
}

/// One of the user's open orders.
public struct OrderSnapshot: Sendable, Hashable {
    public var id: OrderID
    public var instrument: InstrumentID
    public var side: Side
    public var price: Price?
    public var trigger: Price?
    public var quantity: Quantity
    public var reduceOnly: Bool
}

/// A line of the event log.
public struct LogEntry: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case fill, rejection, liquidation, deleveraging, funding, margin, info
    }

    public var time: SimTime
    public var kind: Kind
    public var text: String
    /// The user's own business (vs. the market's).
    public var isUser: Bool
    /// Counts up over a run, so "since then" is exact even within one simulated millisecond.
    public var sequence: Int

    public init(time: SimTime, kind: Kind, text: String, isUser: Bool, sequence: Int = 0) {
        self.time = time
        self.kind = kind
        self.text = text
        self.isUser = isUser
        self.sequence = sequence
    }
}

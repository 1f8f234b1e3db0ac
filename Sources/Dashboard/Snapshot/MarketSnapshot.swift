import CascadeCore
import CascadeSim

/// Everything the screen shows, as of one moment of the world: an immutable value the engine
/// thread builds and the UI thread reads, already aggregated for the panels.
public struct MarketSnapshot: Sendable {
    /// Increases with every snapshot; the UI redraws when it changes.
    var version: Int
    /// Counts the world's restarts (`:scenario`, lessons).
    var generation = 0
    /// Simulated time of the snapshot, in milliseconds since the run began; the header shows it as a clock.
    public var time: SimTime
    /// Name of the running scenario, shown at the right of the header.
    public var scenario: String
    /// Simulated seconds per wall-clock second (0.25...600); `<` and `>` step from it.
    public var speed: Double
    /// The simulated clock is stopped: the header shows PAUSED instead of the speed.
    public var paused: Bool
    /// Every instrument's market, in id order.
    public var instruments: [InstrumentSnapshot]
    /// The figures of instrument `id`: `instruments` lists every perpetual in id order. An option (a
    /// replay's fill, say) gets its terms from `listedOptions` and no market figures.
    /// - Complexity: O(1) for a perpetual, O(live options) for an option.
    public subscript(id: InstrumentID) -> InstrumentSnapshot {
        if instruments.indices.contains(id.index) { return instruments[id.index] }
        let option = listedOptions.first { $0.id == id }?.instrument ?? optionTerms(id)
        return InstrumentSnapshot(id: id, instrument: option ?? instruments[0].instrument)
    }

    /// The terms of option `id` when the user holds it (an expired one is no longer listed).
    private func optionTerms(_ id: InstrumentID) -> Instrument? {
        account.optionPositions.first { $0.id == id }?.instrument
    }
    /// The user's account: wallet, margins, positions and open orders.
    public var account: AccountSnapshot
    /// The user's fills, rejections and funding, and every liquidation and ADL, newest last.
    var log: [LogEntry]
    /// The newest liquidations (and every one of the user's), step by step, oldest first.
    var replays: [LiquidationReplay] = []
    /// Every liquidation, backstop takeover and ADL that hit the user this run, oldest first.
    var notices: [LiquidationNotice] = []
    /// The newest replies to the user's commands and news of their orders, oldest first.
    var replies: [UserReply] = []
    /// The user's fills, orders, totals and equity curve this session.
    var history = SessionHistory()
    /// The user's price alerts that have not fired yet, oldest first.
    var alerts: [PriceAlert] = []
    /// Insurance fund and backstop vault equity of the USDC pool.
    var insuranceFund: Money
    var backstopEquity: Money
    /// Insurance fund and backstop vault equity of the USDC pool at each statistics sample (USDC).
    var insuranceSeries: [Double] = []
    var backstopSeries: [Double] = []
    /// Every insurance fund (the USDC fund, or each contract's pool) over the samples; empty in
    /// snapshots built by hand, where `fundSeries` falls back to `insuranceSeries`.
    public var funds: [FundSeries] = []
    /// Liquidated notional across every instrument at each statistics sample: positions that were
    /// long, and short.
    var systemLiquidatedLongs: [Double] = []
    var systemLiquidatedShorts: [Double] = []
    /// Every live option, for the command line to find one by name.
    public var listedOptions: [ListedOption] = []
    /// The chain the Options workspace asked for (`EngineRequest.showOptions`); nil until it does.
    public var options: OptionChainSnapshot?
    /// The lending market: pools, the user's vaults, auctions, keeper activity; nil without one.
    var lending: LendingSnapshot?

    /// A snapshot without replays, notices, replies or system series, at generation 0; `SnapshotBuilder`
    /// adds those on the engine thread.
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
    /// The instrument's id: its place in `MarketSnapshot.instruments`.
    public var id: InstrumentID
    /// The contract's terms (symbol, tick and lot size, margin tiers); formats its prices and sizes.
    public var instrument: Instrument
    /// Whose liquidation waterfall the instrument follows.
    public var liquidationStyle = LiquidationStyle.hyperliquid
    /// Price of the latest trade; nil before the first one.
    public var last: Price?
    /// Mark price, which margins and liquidations use; nil until the index has had a price.
    public var mark: Price?
    /// Index price from the oracle quotes; nil until they give a usable one.
    public var index: Price?
    /// Price a day ago (or at the start, if younger), for the 24 h change.
    var dayAgo: Price?
    /// The rate of the current funding period so far (premium average plus interest, clamped), per 8 h.
    var fundingRate: Rate
    var nextFunding: SimTime
    /// Long open interest, in lots.
    public var openInterest: Int64
    /// The best 60 levels of each side with cumulative sizes, levels holding the user's orders flagged.
    public var depth: BookDepth
    /// Newest last.
    var trades: [TapeTrade]
    /// One-minute candles, newest (in progress) last.
    var candles: [BarRecorder.Bar]
    /// Mark and index at each minute, aligned with `candles`.
    var markSeries: [Double]
    var indexSeries: [Double]
    /// Open interest (lots) and liquidated notional (longs, shorts) at each statistics sample.
    var openInterestSeries: [Double]
    /// Liquidated notional of long positions at each statistics sample (USDC per minute), oldest first.
    public var liquidatedLongs: [Double]
    /// Liquidated notional of short positions at each statistics sample (USDC per minute), oldest first.
    public var liquidatedShorts: [Double]
    /// Liquidation heatmaps: the engine's true positions, and the estimate from public data.
    var heatmap: HeatmapSeries
    var estimatedHeatmap: HeatmapSeries
    /// Traded notional over the last 24 h (or since the start, if younger).
    var volume24h: Money = .zero
    /// The instrument's margin model and the rates it has in force; nil for an instrument whose
    /// snapshot was built by hand.
    public var margin: MarginModelStatus?
    /// The predictive model's inputs now; nil for the other models.
    public var fragility: MarginFragility?
    /// Tier 1's maintenance rate and the volatility behind it at each minute, aligned with `candles`.
    var marginSeries: [MarginSample] = []
    /// Liquidated notional over the last hour of statistics samples: positions that were long, and short.
    var liquidatedLongsLastHour = 0.0
    var liquidatedShortsLastHour = 0.0

    /// An instrument with no prices, an empty book and empty series; `SnapshotBuilder` fills them in.
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
    var dayChange: Double {
        guard let price else { return 0 }
        return dayAgo.map { Double(price.ticks - $0.ticks) / Double(max(1, $0.ticks)) } ?? 0
    }

    /// Mark over index less one, as a fraction; nil until both are known.
    var basis: Double? {
        guard let mark, let index, index.ticks > 0 else { return nil }
        return Double(mark.ticks - index.ticks) / Double(index.ticks)
    }
}

/// A trade as the tape shows it.
public struct TapeTrade: Sendable, Hashable {
    /// When the trade printed, in simulated milliseconds.
    public var time: SimTime
    /// Execution price, in the instrument's ticks.
    public var price: Price
    /// Size traded, in the instrument's lots.
    public var quantity: Quantity
    /// The taker's side.
    public var side: Side
    /// A liquidation order took part.
    var isLiquidation: Bool
    /// The user's own trade.
    var isUser: Bool
}

/// Notional by liquidation-price bucket over time: `columns[t][bucket]`, each column relative to its
/// own price range (`lowest`, `width` in ticks), longs positive and shorts negative.
public struct HeatmapSeries: Sendable, Hashable {
    /// One statistics sample: notional by liquidation-price bucket around the mark at that time.
    public struct Column: Sendable, Hashable {
        /// Simulated time of the sample, in milliseconds.
        public var time: SimTime
        var lowest: Price
        /// Price width of every bucket, in ticks: bucket `i` starts at `lowest` plus `i × width`.
        public var width: Int64
        /// Notional (USDC) of long positions that liquidate in each bucket, lowest price first; never negative.
        public var longs: [Double]
        /// Notional (USDC) of short positions that liquidate in each bucket, lowest price first; never negative.
        public var shorts: [Double]

        /// A column of bucket notionals (USDC) from `lowest` up, in buckets `width` ticks wide.
        public init(time: SimTime, lowest: Price, width: Int64, longs: [Double], shorts: [Double]) {
            self.time = time
            self.lowest = lowest
            self.width = width
            self.longs = longs
            self.shorts = shorts
        }
    }

    var columns: [Column] = []

    /// A series of `columns`, oldest first; empty (no history yet) by default.
    public init(columns: [Column] = []) { self.columns = columns }
}

/// The user's account across all instruments.
public struct AccountSnapshot: Sendable {
    /// Wallet balance (USDC), without unrealized PnL or the margin set aside for isolated positions.
    public var wallet: Money
    var equity: Money
    /// Unrealized PnL of every open position at the mark (USDC).
    public var unrealizedPnL: Money
    /// Maintenance margin of every open position, cross and isolated (USDC).
    public var maintenanceMargin: Money
    /// Initial margin in use (USDC): cross positions and open orders, plus isolated positions.
    public var initialMargin: Money
    var available: Money
    /// The worst margin ratio: the cross account's or an isolated position's, whichever is higher; 100%
    /// liquidates. Nil when no margin balance is positive.
    public var marginRatio: Rate?
    /// The user's open positions, one per instrument that is not flat, in instrument order.
    public var positions: [PositionSnapshot]
    /// The user's open option positions, by id, with their Greeks and standard margins.
    public var optionPositions: [OptionPositionSnapshot] = []
    /// The user's resting limit orders and pending stops, across every instrument.
    public var orders: [OrderSnapshot]
    /// The cross-margin arithmetic of the account, step by step.
    public var derivations: [Derivation]
    /// Leverage and margin mode set for each instrument (they hold while flat too).
    var leverages: DenseArray<InstrumentID, Int> = []
    var modes: DenseArray<InstrumentID, MarginMode> = []
    /// How the USDC cross positions are margined: position by position, or by portfolio.
    public var crossModel = CrossMarginModel.standard
    /// Under portfolio margin, the engine's evaluation of each underlying held (the explain panel's
    /// arithmetic); empty otherwise.
    public var portfolioGroups: [(underlying: InstrumentID, margin: PortfolioMargin)] = []

    /// The leverage set for `instrument`; nil for an instrument the snapshot does not know.
    func leverage(of instrument: InstrumentID) -> Int? {
        leverages.indices.contains(instrument) ? leverages[instrument] : nil
    }

    /// The margin mode set for `instrument`; nil for an instrument the snapshot does not know.
    func mode(of instrument: InstrumentID) -> MarginMode? {
        modes.indices.contains(instrument) ? modes[instrument] : nil
    }

    /// An account with every figure zero and no positions or orders unless told: what an unknown account shows.
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
    /// The instrument the position is in.
    public var instrument: InstrumentID
    /// Signed size in lots, cost basis, leverage and margin mode, as the engine holds them.
    public var position: Position
    /// The engine's risk figures at the current mark: notional, margins, PnL, liquidation price.
    public var risk: PositionRisk
    /// ADL queue level 1–5 (5: first in line), or nil when not in profit.
    var deleveragingLevel: Int?
    /// Funding paid per 8 h at the current rate (positive: the position pays).
    var fundingPerInterval: Money
    /// The position's risk once an announced rise of its requirement takes effect, at today's mark;
    /// nil when none is announced.
    var atAnnouncedRate: PositionRisk?

    /// A position with its risk; `deleveragingLevel` is nil when the position is not in profit.
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
    /// The exchange's id of the order.
    public var id: OrderID
    /// The instrument the order is for; the chart draws lines only for the shown one.
    public var instrument: InstrumentID
    /// Whether the order buys or sells; its chart label starts with it.
    public var side: Side
    /// Limit price; nil for a stop that fires as a market order (the chart then uses its trigger).
    public var price: Price?
    var trigger: Price?
    /// Size still open, in lots: what partial fills left (a pending stop: its whole size).
    public var quantity: Quantity
    var reduceOnly: Bool
    /// A trailing stop's callback and whether it trails yet; `nil` for every other order. Its
    /// `trigger` is where it fires now, or its activation price while it waits for it.
    var trailing: Trailing? = nil
}

/// A line of the event log.
public struct LogEntry: Sendable, Hashable {
    /// What the line reports; lesson goals count lines by kind.
    public enum Kind: Sendable, Hashable {
        case fill, rejection, liquidation, deleveraging, funding, margin, info
        /// An option of the user's settled at expiry.
        case settlement
    }

    /// When it happened, in simulated milliseconds.
    public var time: SimTime
    var kind: Kind
    /// The line as the event log shows it.
    public var text: String
    /// The user's own business (vs. the market's).
    var isUser: Bool
    /// Counts up over a run, so "since then" is exact even within one simulated millisecond.
    var sequence: Int

    /// A log line; `DashboardRecorder` numbers it when it appends it, so callers leave `sequence` at 0.
    public init(time: SimTime, kind: Kind, text: String, isUser: Bool, sequence: Int = 0) {
        self.time = time
        self.kind = kind
        self.text = text
        self.isUser = isUser
        self.sequence = sequence
    }
}

import CascadeCore
import DequeModule

/// The time series the dashboard draws, kept in rings of `capacity` buckets of `bucketLength`:
/// open interest per perpetual, liquidated notional (longs and shorts) per perpetual and over all
/// options, the insurance fund and the backstop vault's equity per asset (and each perpetual's fund,
/// for per-contract pools), and a liquidation heatmap per perpetual around its mark.
///
/// Options have no series of their own: they are listed and expire every day, and a column per
/// option ever listed made a day of samples, and each sample's cost, grow with the days a world
/// had run.
///
/// Fed with every command's events (`record`) and sampled when a bucket closes (`sample`).
public struct MarketStatistics: Sendable {
    /// The state of the market at the end of one bucket.
    public struct Sample: Sendable, Hashable {
        /// End of the bucket, in simulated milliseconds.
        public var time: SimTime
        /// Long open interest in lots, by perpetual.
        public var openInterest: DenseArray<InstrumentID, Int64>
        /// Liquidated notional in this bucket of positions that were long, by perpetual.
        public var liquidatedLongs: DenseArray<InstrumentID, Money>
        /// Liquidated notional in this bucket of positions that were short, by perpetual.
        public var liquidatedShorts: DenseArray<InstrumentID, Money>
        /// Liquidated notional in this bucket of option positions that were long, over all options,
        /// in minor units of their settlement assets.
        public var liquidatedOptionLongs: Money
        /// The same for option positions that were short.
        public var liquidatedOptionShorts: Money
        /// By asset.
        public var insuranceFund: DenseArray<AssetID, Money>
        /// The backstop vault's cross-margin equity, by asset.
        public var backstopEquity: DenseArray<AssetID, Money>
        /// By perpetual: the equity of the insurance fund it draws on (its own pool, or its asset's):
        /// its balance with what its engine holds marked.
        public var funds: DenseArray<InstrumentID, Money>
        /// By perpetual: notional by liquidation-price bucket around the mark.
        public var heatmaps: DenseArray<InstrumentID, LiquidationHeatmap>

        /// Liquidated notional in this bucket over every instrument, longs and shorts.
        public var liquidatedNotional: (longs: Money, shorts: Money) {
            (
                liquidatedLongs.reduce(liquidatedOptionLongs, +),
                liquidatedShorts.reduce(liquidatedOptionShorts, +)
            )
        }
    }

    /// Length of one bucket in simulated milliseconds (a minute by default).
    public let bucketLength: SimTime
    /// Samples kept; the oldest is dropped past it (1,440 by default: a day of minutes).
    public let capacity: Int
    /// Heatmap rows per instrument, and their width as a share of the mark.
    public let heatmapBuckets: Int
    let heatmapBucketWidth: Rate
    /// Closed buckets, oldest first, at most `capacity`.
    public private(set) var samples = Deque<Sample>()
    private var pendingLongs = DenseArray<InstrumentID, Money>()
    private var pendingShorts = DenseArray<InstrumentID, Money>()
    private var pendingOptionLongs = Money.zero
    private var pendingOptionShorts = Money.zero
    /// Liquidation orders of the command being recorded, with the account they liquidate.
    private var liquidationOrders: [OrderID: AccountID] = [:]

    /// Empty statistics; by default a day of one-minute buckets and 40 heatmap rows of 0.5% of the mark.
    public init(
        bucketLength: SimTime = .minute, capacity: Int = 1_440, heatmapBuckets: Int = 40,
        heatmapBucketWidth: Rate = Rate(units: 500_000)
    ) {
        self.bucketLength = bucketLength
        self.capacity = capacity
        self.heatmapBuckets = heatmapBuckets
        self.heatmapBucketWidth = heatmapBucketWidth
    }

    /// Adds the liquidated notional in `events` to the open bucket: fills of liquidation orders,
    /// backstop takeovers and auto-deleveraging, valued at their prices.
    public mutating func record(_ events: [Event], on exchange: Exchange) {
        if pendingLongs.count != exchange.perpetualCount {
            pendingLongs = DenseArray(repeating: .zero, count: exchange.perpetualCount)
            pendingShorts = pendingLongs
        }
        // A takeover or deleveraging step is followed by the liquidated account's transfer fill
        // (order id 0), whose side tells which side was liquidated.
        var transferFrom: AccountID?
        for event in events {
            switch event {
            case .liquidation(.bookOrder(let account, _, let order, _, _, _, _)):
                liquidationOrders[order] = account
            case .liquidation(.backstopTakeover(let account, _, _, _)),
                .liquidation(.autoDeleveraged(let account, _, _, _, _)):
                transferFrom = account
            case .fill(let fill):
                let isLiquidationOrder = liquidationOrders[fill.order] == fill.account
                let isTransfer = fill.order == OrderID(0) && fill.account == transferFrom
                guard isLiquidationOrder || isTransfer else { continue }
                if isTransfer { transferFrom = nil }
                let notional = exchange.instrument(fill.instrument).notional(of: fill.quantity.lots, at: fill.price)
                add(notional, fill.instrument, wasLong: fill.side == .sell)
            default:
                continue
            }
        }
        liquidationOrders.removeAll(keepingCapacity: true)
    }

    /// Closes the bucket ending at `time`: reads open interest, funds and heatmaps from `exchange`.
    /// - Complexity: O(accounts × perpetuals), once a bucket.
    public mutating func sample(_ exchange: Exchange, at time: SimTime) {
        let perpetuals = (0..<exchange.perpetualCount).map { InstrumentID($0) }
        let backstop = exchange.configuration.liquidation.backstopAccount
        let none = DenseArray<InstrumentID, Money>(repeating: .zero, count: perpetuals.count)
        let sample = Sample(
            time: time, openInterest: DenseArray(perpetuals.map { exchange.openInterest($0) }),
            liquidatedLongs: pendingLongs.isEmpty ? none : pendingLongs,
            liquidatedShorts: pendingShorts.isEmpty ? none : pendingShorts,
            liquidatedOptionLongs: pendingOptionLongs, liquidatedOptionShorts: pendingOptionShorts,
            insuranceFund: DenseArray(exchange.ledgers.map(\.insuranceFund)),
            backstopEquity: DenseArray(
                exchange.assets.indices.map { exchange.crossMargin(of: backstop, asset: $0).equity }),
            funds: DenseArray(perpetuals.map { exchange.fundEquity(exchange.fundID(for: $0)) }),
            heatmaps: DenseArray(perpetuals.map { heatmap(exchange, $0) }))
        samples.append(sample)
        if samples.count > capacity { samples.removeFirst() }
        pendingLongs = none
        pendingShorts = none
        pendingOptionLongs = .zero
        pendingOptionShorts = .zero
    }

    private mutating func add(_ notional: Money, _ instrument: InstrumentID, wasLong: Bool) {
        switch (pendingLongs.contains(instrument), wasLong) {
        case (true, true): pendingLongs[instrument] += notional
        case (true, false): pendingShorts[instrument] += notional
        case (false, true): pendingOptionLongs += notional
        case (false, false): pendingOptionShorts += notional
        }
    }

    /// The price range of a heatmap column around `mark`: its lowest price and bucket width in ticks.
    public func heatmapFrame(around mark: Price) -> (lowest: Price, width: Int64) {
        let width = Swift.max(1, heatmapBucketWidth.of(Money(units: mark.ticks), rounding: .up).units)
        return (Price(ticks: Swift.max(1, mark.ticks - width * Int64(heatmapBuckets / 2))), width)
    }

    /// The heatmap of a perpetual without a mark yet.
    private static let noHeatmap = LiquidationHeatmap(lowest: Price(ticks: 0), width: 1, longs: [], shorts: [])

    private func heatmap(_ exchange: Exchange, _ instrument: InstrumentID) -> LiquidationHeatmap {
        guard let mark = exchange.mark(instrument)?.price ?? exchange.lastTrade(instrument) else {
            return Self.noHeatmap
        }
        let (lowest, width) = heatmapFrame(around: mark)
        let levels = exchange.liquidationLevels(instrument, lowest: lowest, width: width, buckets: heatmapBuckets)
        return LiquidationHeatmap(lowest: lowest, width: width, longs: levels.longs, shorts: levels.shorts)
    }
}

/// Notional of open positions by liquidation price, in equal price buckets from `lowest`.
public struct LiquidationHeatmap: Sendable, Hashable {
    /// Price at the bottom of the first bucket, in ticks; 0 when the instrument has no price yet.
    public var lowest: Price
    /// Bucket width in ticks.
    public var width: Int64
    /// Notional at the mark of longs whose liquidation price falls in each bucket, lowest price first.
    public var longs: [Money]
    /// Notional at the mark of shorts whose liquidation price falls in each bucket, lowest price first.
    public var shorts: [Money]
}

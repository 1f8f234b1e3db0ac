/// The exchange settings that are not per instrument.
public struct ExchangeConfiguration: Sendable, Hashable {
    /// Instruments to list, in `InstrumentID` order (the first one's asset is `AssetID.primary`); the
    /// built-in catalogue by default.
    public var instruments: [Instrument] = Instrument.catalog
    /// When funding is sampled and settled, the same for every instrument.
    public var funding = FundingSchedule()
    var indexRules = IndexRules()
    /// Samples of (mid − index) in the mark price's moving average (Binance: 30).
    var basisWindow = 30
    var defaultLeverage = 10
    /// Liquidation latency, partial steps, the backstop vault and the starting insurance fund.
    public var liquidation = LiquidationRules()
    /// Account ids must be below this; accounts live in an array indexed by id.
    public var maximumAccounts = 1 << 20
    /// Option series to list, each on a listed linear perpetual; none by default.
    public var options: [OptionSeriesRules] = []
    /// The civil date of simulated time, for option expiries and names.
    public var calendar = SimCalendar()
    /// The scenario table and parameters of portfolio margin (Paradex's published table).
    public var portfolioMargin = PortfolioMarginModel.paradex
    /// How portfolio accounts are watched and reduced when they fall short.
    public var portfolioReduction = PortfolioReductionRules()
    /// The lending market beside the exchange; `nil` (the default) lists none. Its pools' assets get
    /// wallets like settlement assets.
    public var lending: LendingRules?
    /// The margin model of every perpetual that `marginModelBySymbol` does not name: `static` (the
    /// published tiers, unchanged) by default.
    public var marginModel = MarginModelParameters()
    /// Per-instrument margin models by symbol, read once when the exchange is made.
    public var marginModelBySymbol: [String: MarginModelParameters] = [:]

    /// The reference settings: the built-in catalogue, 8-hour funding, 10× default leverage, 2²⁰ accounts.
    public init() {}
}

/// The simulated derivatives exchange: a deterministic state machine.
///
/// `apply` is the only way in: it changes state and appends what happened as `Event`s. No clocks,
/// threads, I/O or randomness inside, so the same commands always give the same events.
public struct Exchange: Sendable {
    /// The settings the exchange was built with, fixed for its lifetime. Read in place: a reader in
    /// another module (the run recorder, once per event) borrows the field it wants, where a getter
    /// would hand it a copy of the whole configuration, retaining every array and table in it.
    public var configuration: ExchangeConfiguration {
        _read { yield settings.value }
    }
    /// `configuration` out of line. Swift copies the whole exchange into a temporary for every
    /// non-mutating method called on it from a mutating one or from another module (five per order
    /// placed, several per option a dealer quotes); the configuration inline was 568 of its 1,080
    /// bytes.
    private let settings: Indirect<ExchangeConfiguration>
    /// Assets that instruments settle in, in first-listed order; wallets are indexed the same way.
    public let assets: DenseArray<AssetID, Asset>
    /// Each instrument's settlement asset, looked up on every fill.
    public internal(set) var instrumentAssets: DenseArray<InstrumentID, AssetID>
    /// The perpetuals take ids `0..<perpetualCount`, in configuration order; options are listed after
    /// them as the clock goes, and no id is ever reused.
    public let perpetualCount: Int
    /// The perpetuals' ids, the first `perpetualCount`: funding, liquidation prices and the backstop
    /// concern them only. Stored, so loops over it may change `markets`.
    let perpetualIDs: [InstrumentID]
    /// The option series being listed, with their live expiries and strikes.
    var optionSeries: [OptionSeries]
    var markets: DenseArray<InstrumentID, Market>
    /// Every account, indexed by id; grows to the highest id used, so every lower id exists too.
    public internal(set) var accounts = DenseArray<AccountID, Account>()
    /// Owner, instrument and reduce-only flag of every open order.
    var owners = OpenOrderTable()
    /// Pools, insurance fund and bad debt of each settlement asset, indexed like `assets`.
    public internal(set) var ledgers: DenseArray<AssetID, Ledger>
    /// Simulated time in ms; moves only by `Command.advanceTime`, at most a day per command.
    public internal(set) var now: SimTime = 0
    var nextOrderID: Int64 = 1
    /// The order `place` is handing to the book, so its events can echo its client order id before
    /// (or without) it being filed as open.
    var placing: (id: OrderID, client: ClientOrderID)?
    /// Book events of the command being applied; reused between commands.
    var bookEvents: [BookEvent] = []
    /// Positions by liquidation price, one index per instrument.
    var liquidationIndexes: DenseArray<InstrumentID, LiquidationIndex>
    /// Liquidations waiting for their due time (the latency), oldest first.
    var pendingLiquidations: [PendingLiquidation] = []
    var pendingKeys: Set<PendingKey> = []
    /// The account whose liquidation step is running, if any.
    var inLiquidation: AccountID?
    /// Per asset, the accounts (in id order) with two or more cross positions in it: a mark move in
    /// one of their instruments shifts the liquidation prices of the others.
    var multiCrossHolders: DenseArray<AssetID, [AccountID]>
    /// Accounts holding an option position, in id order: re-checked on every index update of an
    /// underlying, since no liquidation price files them.
    var optionHolders: [AccountID] = []
    /// Accounts margined by portfolio in some asset, in id order: each has a `PortfolioWatch`, and
    /// only those whose band an index left (or whose review fell due) are evaluated again.
    var portfolioAccounts: [AccountID] = []
    /// Portfolio evaluations made to detect liquidations, for the banded detection's benchmark.
    public internal(set) var portfolioDetectionEvaluations = 0
    /// Each instrument's liquidation waterfall, from the rules' style and per-symbol overrides.
    public internal(set) var liquidationStyles: DenseArray<InstrumentID, LiquidationStyle>
    /// Each instrument's own insurance pool (used with per-contract funds; zero otherwise).
    var contractFunds: DenseArray<InstrumentID, Money>
    /// The cross margin the last order's account was left with, while no other command has run
    /// since (`place` and `cancel` renew it, everything else drops it): a market maker's ladder is
    /// admitted in O(1) per quote instead of re-summing the margin of its positions and orders.
    var admissionMemo: AdmissionMemo?
    /// The account whose own cancel command is being applied: its orders leaving then are not
    /// counted in `Account.ordersClosedByOthers`.
    var cancellingOwnOrders: AccountID?
    /// Whether the liquidation engine holds a position the fund took over, to work after each command.
    var engineHolding = false
    /// When the engine may next send orders (once per `LiquidationRules.engineInterval`).
    var nextEngineWork: SimTime = 0
    /// Pools, vaults and auctions, when `configuration.lending` lists a lending market.
    public internal(set) var lending: LendingMarket? {
        _read { yield lendingStorage.value }
        _modify { yield &lendingStorage.value }
    }
    /// `lending` out of line, for the reason `settings` is (200 bytes inline).
    private var lendingStorage = Indirect<LendingMarket?>(nil)
    /// The pools whose asset an instrument's index prices, by instrument.
    let lendingPriceSources: [(instrument: InstrumentID, pool: Int)]
    /// The adaptive margin models, one per perpetual whose model is not `static`, in id order.
    var marginModels: [MarginModelState] = []
    /// When the next margin model has work (a sample, review or change); `.max` with none.
    var nextMarginWork: SimTime = .max

    /// A fresh exchange at time 0 with empty books, its insurance funds and backstop vault seeded from
    /// `configuration.liquidation`. Reserves 2¹⁴ orders per book up front.
    public init(configuration: ExchangeConfiguration = ExchangeConfiguration()) {
        settings = Indirect(configuration)
        var assets: [Asset] = []
        for instrument in configuration.instruments where !assets.contains(instrument.settlementAsset) {
            assets.append(instrument.settlementAsset)
        }
        for pool in configuration.lending?.pools ?? [] where !assets.contains(pool.asset) { assets.append(pool.asset) }
        self.assets = DenseArray(assets)
        instrumentAssets = DenseArray(
            configuration.instruments.map { AssetID(assets.firstIndex(of: $0.settlementAsset)!) })
        ledgers = DenseArray(repeating: Ledger(), count: assets.count)
        markets = DenseArray(configuration.instruments.map { Market(instrument: $0, schedule: configuration.funding) })
        liquidationIndexes = DenseArray(repeating: LiquidationIndex(), count: markets.count)
        multiCrossHolders = DenseArray(repeating: [], count: assets.count)
        let rules = configuration.liquidation
        liquidationStyles = DenseArray(configuration.instruments.map { rules.styleBySymbol[$0.symbol] ?? rules.style })
        contractFunds = DenseArray(repeating: .zero, count: configuration.instruments.count)
        perpetualCount = configuration.instruments.count
        perpetualIDs = (0..<configuration.instruments.count).map(InstrumentID.init(index:))
        optionSeries = configuration.options.map { rules in
            let underlying = configuration.instruments.firstIndex { $0.symbol == rules.underlying }
            precondition(
                underlying.map { configuration.instruments[$0].kind == .linear } == true,
                "options need a listed linear underlying, not \(rules.underlying)")
            return OptionSeries(rules: rules, underlying: InstrumentID(underlying!))
        }
        if let rules = configuration.lending {
            precondition(LendingMarket.problem(with: rules) == nil, LendingMarket.problem(with: rules) ?? "")
            lendingStorage = Indirect(LendingMarket(rules: rules) { AssetID(assets.firstIndex(of: $0)!) })
            lendingPriceSources = rules.pools.enumerated().compactMap { offset, pool in
                guard let symbol = pool.priceSource else { return nil }
                let instrument = configuration.instruments.firstIndex { $0.symbol == symbol }
                precondition(instrument != nil, "lending price source \(symbol) is not listed")
                return (InstrumentID(instrument!), offset)
            }
        } else {
            lendingPriceSources = []
        }
        seedLiquidationCapital()
        marginModels = Self.adaptiveMarginModels(configuration)
        for model in marginModels {
            markets[model.instrument].instrument.tiers = model.tiers
            nextMarginWork = Swift.min(nextMarginWork, model.nextWork)
        }
    }

    /// The listed instruments, by `InstrumentID`.
    public var instruments: [Instrument] { markets.map(\.instrument) }

    /// The listed instrument `id`, read in place.
    public func instrument(_ id: InstrumentID) -> Instrument { markets[id].instrument }
    /// The lot size of instrument `id`, without copying the whole `Instrument` (a copy retains its
    /// symbol, asset and tier table): agents ask for it per option on every wake.
    public func lotSize(of id: InstrumentID) -> DecimalStep { markets[id].instrument.lotSize }

    /// The id of the instrument called `symbol`.
    public func instrumentID(_ symbol: String) -> InstrumentID? {
        markets.firstIndex { $0.instrument.symbol == symbol }
    }

    /// A copy of the instrument's order book (shares its storage until written); `touch` is cheaper for
    /// the best prices alone.
    public func book(_ instrument: InstrumentID) -> OrderBook { markets[instrument].book }
    /// The latest index price and how it was formed; `nil` before the instrument's first oracle quotes.
    public func index(_ instrument: InstrumentID) -> IndexPrice? { markets[instrument].index }
    /// The latest mark price and its components; `nil` until an oracle update gives an index price.
    public func mark(_ instrument: InstrumentID) -> MarkPrice? { markets[instrument].mark }
    /// Price of the instrument's latest trade, in ticks; `nil` before its first trade.
    public func lastTrade(_ instrument: InstrumentID) -> Price? { markets[instrument].lastTrade }
    /// The latest settled 8-hour funding rate.
    public func fundingRate(_ instrument: InstrumentID) -> Rate { markets[instrument].funding.lastRate }

    /// The best bid and ask of an instrument's book, read in place (cheaper than copying the book).
    public func touch(_ instrument: InstrumentID) -> (bid: Price?, ask: Price?) {
        (markets[instrument].book.bestBid, markets[instrument].book.bestAsk)
    }

    /// The account's position in an instrument (flat for an unknown account), read in place.
    public func position(of account: AccountID, in instrument: InstrumentID) -> Position {
        accounts.contains(account) ? accounts[account].positions[instrument] : Position()
    }

    /// The rate the current funding period would settle at if it ended now (per 8 h), from the
    /// premium samples so far: what a trading screen shows as the predicted funding rate.
    public func predictedFundingRate(_ instrument: InstrumentID) -> Rate {
        let market = instrument
        let samples = markets[market].funding.samples
        guard samples > 0 else { return .zero }
        let average = Rate(units: markets[market].funding.premiumSum / Int64(samples))
        return FundingRate.rate(averagePremium: average, cap: markets[market].instrument.tiers.tiers[0].maintenanceRate)
    }

    /// When the current funding period settles.
    public func nextFundingTime(_ instrument: InstrumentID) -> SimTime {
        markets[instrument].funding.periodEnd
    }

    /// The id the next placed order will get. Ids are given in sequence, so a sender knows its order's
    /// id without reading the events (a refused order uses up its id too).
    public var upcomingOrderID: OrderID { OrderID(nextOrderID) }

    /// Whether `order` is open: resting in its book or waiting as a stop.
    public func isOpen(_ order: OrderID) -> Bool { owners.slot(of: order) != nil }
    /// `Account.ordersClosedByOthers` of `account` (0 for an unknown one), read in place: an agent
    /// that finds it unchanged since it last saw its orders open knows they still are, without
    /// an `isOpen` lookup for each.
    public func ordersClosedByOthers(of account: AccountID) -> Int {
        accounts.contains(account) ? accounts[account].ordersClosedByOthers : 0
    }
    /// The instrument open order `order` rests (or waits as a stop) in; `nil` once it has left.
    public func instrument(ofOrder order: OrderID) -> InstrumentID? { owners[order]?.instrument }

    /// The account with this id, if it has been used.
    public func account(_ id: AccountID) -> Account? {
        accounts.contains(id) ? accounts[id] : nil
    }

    func assetID(_ asset: Asset) -> AssetID? { assets.firstIndex(of: asset) }
    /// The asset `instrument` settles in (what `LiquidationScope.cross(asset:)` names).
    func assetID(of instrument: InstrumentID) -> AssetID { instrumentAssets[instrument] }

    /// Applies one command and appends its events to `events`.
    public mutating func apply(_ command: Command, events: inout [Event]) {
        switch command {
        case .place, .cancel: break
        default: admissionMemo = nil
        }
        switch command {
        case .deposit(let account, let asset, let amount): deposit(account, asset, amount, &events)
        case .withdraw(let account, let asset, let amount): withdraw(account, asset, amount, &events)
        case .place(let order): place(order, &events)
        case .cancel(let account, let id):
            cancellingOwnOrders = account
            cancel(account, id, &events)
            cancellingOwnOrders = nil
        case .cancelAll(let account, let instrument):
            cancellingOwnOrders = account
            cancelAll(account, instrument, &events)
            cancellingOwnOrders = nil
        case .amend(let account, let id, let price, let quantity): amend(account, id, price, quantity, &events)
        case .setLeverage(let account, let instrument, let leverage):
            setLeverage(account, instrument, leverage, &events)
        case .setMarginMode(let account, let instrument, let mode): setMarginMode(account, instrument, mode, &events)
        case .setCrossMarginModel(let account, let asset, let model):
            setCrossMarginModel(account, asset, model, &events)
        case .adjustIsolatedMargin(let account, let instrument, let delta):
            adjustIsolatedMargin(account, instrument, delta, &events)
        case .oracle(let instrument, let quotes): updateOracle(instrument, quotes, &events)
        case .advanceTime(let time): advanceTime(to: time, &events)
        case .lending(let command): applyLending(command, &events)
        }
        let settled = events.count
        if !pendingLiquidations.isEmpty { runDueLiquidations(&events) }
        if engineHolding { workEngineIfDue(&events) }
        if events.count != settled { admissionMemo = nil }
    }

    /// Applies one command and returns its events.
    public mutating func apply(_ command: Command) -> [Event] {
        var events: [Event] = []
        apply(command, events: &events)
        return events
    }

    /// Makes sure account `id` exists; `false` when the id is beyond capacity.
    mutating func ensureAccount(_ id: AccountID) -> Bool {
        let index = id.index
        guard index < configuration.maximumAccounts else { return false }
        while accounts.count <= index {
            accounts.append(
                Account(
                    assets: assets.count, perpetuals: perpetualCount, defaultLeverage: configuration.defaultLeverage))
        }
        return true
    }

    func isKnown(_ instrument: InstrumentID) -> Bool { markets.contains(instrument) }
}

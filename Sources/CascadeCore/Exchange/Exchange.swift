/// The exchange settings that are not per instrument.
public struct ExchangeConfiguration: Sendable, Hashable {
    public var instruments: [Instrument] = Instrument.catalog
    public var funding = FundingSchedule()
    public var indexRules = IndexRules()
    /// Samples of (mid − index) in the mark price's moving average (Binance: 30).
    public var basisWindow = 30
    public var defaultLeverage = 10
    public var liquidation = LiquidationRules()
    /// Account ids must be below this; accounts live in an array indexed by id.
    public var maximumAccounts = 1 << 20

    public init() {}
}

/// The simulated derivatives exchange: a deterministic state machine.
///
/// `apply` is the only way in: it changes state and appends what happened as `Event`s. No clocks,
/// threads, I/O or randomness inside, so the same commands always give the same events.
public struct Exchange: Sendable {
    public let configuration: ExchangeConfiguration
    /// Assets that instruments settle in, in first-listed order; wallets are indexed the same way.
    public let assets: [Asset]
    /// Each instrument's settlement asset as an index into `assets`, looked up on every fill.
    let instrumentAssets: [Int]
    var markets: [Market]
    public internal(set) var accounts: [Account] = []
    /// Owner, instrument and reduce-only flag of every open order.
    var owners: [OrderID: OpenOrder] = [:]
    public internal(set) var ledgers: [Ledger]
    public internal(set) var now: SimTime = 0
    var nextOrderID: Int64 = 1
    /// Book events of the command being applied; reused between commands.
    var bookEvents: [BookEvent] = []
    /// Positions by liquidation price, one index per instrument.
    var liquidationIndexes: [LiquidationIndex]
    /// Liquidations waiting for their due time (the latency), oldest first.
    var pendingLiquidations: [PendingLiquidation] = []
    var pendingKeys: Set<PendingKey> = []
    /// The account whose liquidation step is running, if any.
    var inLiquidation: AccountID?
    /// Per asset, the accounts (in id order) with two or more cross positions in it: a mark move in
    /// one of their instruments shifts the liquidation prices of the others.
    var multiCrossHolders: [[AccountID]]

    public init(configuration: ExchangeConfiguration = ExchangeConfiguration()) {
        self.configuration = configuration
        var assets: [Asset] = []
        for instrument in configuration.instruments where !assets.contains(instrument.settlementAsset) {
            assets.append(instrument.settlementAsset)
        }
        self.assets = assets
        instrumentAssets = configuration.instruments.map { assets.firstIndex(of: $0.settlementAsset)! }
        ledgers = Array(repeating: Ledger(), count: assets.count)
        markets = configuration.instruments.map { Market(instrument: $0, schedule: configuration.funding) }
        liquidationIndexes = Array(repeating: LiquidationIndex(), count: markets.count)
        multiCrossHolders = Array(repeating: [], count: assets.count)
        seedLiquidationCapital()
    }

    /// The listed instruments, by `InstrumentID`.
    public var instruments: [Instrument] { markets.map(\.instrument) }

    /// The id of the instrument called `symbol`.
    public func instrumentID(_ symbol: String) -> InstrumentID? {
        markets.firstIndex { $0.instrument.symbol == symbol }.map(InstrumentID.init)
    }

    public func book(_ instrument: InstrumentID) -> OrderBook { markets[instrument.rawValue].book }
    public func index(_ instrument: InstrumentID) -> IndexPrice? { markets[instrument.rawValue].index }
    public func mark(_ instrument: InstrumentID) -> MarkPrice? { markets[instrument.rawValue].mark }
    public func lastTrade(_ instrument: InstrumentID) -> Price? { markets[instrument.rawValue].lastTrade }
    /// The latest settled 8-hour funding rate.
    public func fundingRate(_ instrument: InstrumentID) -> Rate { markets[instrument.rawValue].funding.lastRate }

    /// The best bid and ask of an instrument's book, read in place (cheaper than copying the book).
    public func touch(_ instrument: InstrumentID) -> (bid: Price?, ask: Price?) {
        (markets[instrument.rawValue].book.bestBid, markets[instrument.rawValue].book.bestAsk)
    }

    /// The account's position in an instrument (flat for an unknown account), read in place.
    public func position(of account: AccountID, in instrument: InstrumentID) -> Position {
        Int(account.rawValue) < accounts.count
            ? accounts[Int(account.rawValue)].positions[instrument.rawValue] : Position()
    }

    /// The rate the current funding period would settle at if it ended now (per 8 h), from the
    /// premium samples so far: what a trading screen shows as the predicted funding rate.
    public func predictedFundingRate(_ instrument: InstrumentID) -> Rate {
        let market = instrument.rawValue
        let samples = markets[market].funding.samples
        guard samples > 0 else { return .zero }
        let average = Rate(units: markets[market].funding.premiumSum / Int64(samples))
        return FundingRate.rate(averagePremium: average, cap: markets[market].instrument.tiers.tiers[0].maintenanceRate)
    }

    /// When the current funding period settles.
    public func nextFundingTime(_ instrument: InstrumentID) -> SimTime {
        markets[instrument.rawValue].funding.periodEnd
    }

    /// Whether `order` is open: resting in its book or waiting as a stop.
    public func isOpen(_ order: OrderID) -> Bool { owners[order] != nil }

    /// The account with this id, if it has been used.
    public func account(_ id: AccountID) -> Account? {
        Int(id.rawValue) < accounts.count ? accounts[Int(id.rawValue)] : nil
    }

    func assetIndex(_ asset: Asset) -> Int? { assets.firstIndex(of: asset) }
    /// The index of the asset `instrument` settles in (what `LiquidationScope.cross(asset:)` names).
    public func assetIndex(of instrument: InstrumentID) -> Int { instrumentAssets[instrument.rawValue] }

    /// Applies one command and appends its events to `events`.
    public mutating func apply(_ command: Command, events: inout [Event]) {
        switch command {
        case .deposit(let account, let asset, let amount): deposit(account, asset, amount, &events)
        case .withdraw(let account, let asset, let amount): withdraw(account, asset, amount, &events)
        case .place(let order): place(order, &events)
        case .cancel(let account, let id): cancel(account, id, &events)
        case .cancelAll(let account, let instrument): cancelAll(account, instrument, &events)
        case .amend(let account, let id, let price, let quantity): amend(account, id, price, quantity, &events)
        case .setLeverage(let account, let instrument, let leverage):
            setLeverage(account, instrument, leverage, &events)
        case .setMarginMode(let account, let instrument, let mode): setMarginMode(account, instrument, mode, &events)
        case .adjustIsolatedMargin(let account, let instrument, let delta):
            adjustIsolatedMargin(account, instrument, delta, &events)
        case .oracle(let instrument, let quotes): updateOracle(instrument, quotes, &events)
        case .advanceTime(let time): advanceTime(to: time, &events)
        }
        if !pendingLiquidations.isEmpty { runDueLiquidations(&events) }
    }

    /// Applies one command and returns its events.
    public mutating func apply(_ command: Command) -> [Event] {
        var events: [Event] = []
        apply(command, events: &events)
        return events
    }

    /// Makes sure account `id` exists; `false` when the id is beyond capacity.
    mutating func ensureAccount(_ id: AccountID) -> Bool {
        let index = Int(id.rawValue)
        guard index < configuration.maximumAccounts else { return false }
        while accounts.count <= index {
            accounts.append(
                Account(
                    assets: assets.count, instruments: markets.count, defaultLeverage: configuration.defaultLeverage))
        }
        return true
    }

    func isKnown(_ instrument: InstrumentID) -> Bool { instrument.rawValue >= 0 && instrument.rawValue < markets.count }
}

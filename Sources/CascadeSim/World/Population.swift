import CascadeCore

/// Every agent of the world, one array per kind; the scheduler refers to them by kind and index.
struct Population: Sendable {
    var marketMakers: [MarketMaker] = []
    var noiseTraders: [NoiseTrader] = []
    var momentumTraders: [MomentumTrader] = []
    var valueTraders: [ValueTrader] = []
    var retailTraders: [RetailTrader] = []
    var whales: [Whale] = []
    var arbitrageurs: [Arbitrageur] = []
    var optionDealers: [OptionDealer] = []
    var optionBuyers: [OptionBuyer] = []
    var optionWriters: [OptionWriter] = []
    var lendingSuppliers: [LendingSupplier] = []
    var borrowers: [Borrower] = []
    var keepers: [Keeper] = []
    var backstopHedgers: [BackstopHedger] = []

    /// Builds the population of `setup`, spreading each kind over the markets by their shares and
    /// numbering accounts from `firstAccount`; the option traders of `options` come last, spread
    /// evenly over its underlyings; the lending market's supplier, borrowers and keepers after them.
    init(
        setup: PopulationSetup, markets: [MarketSetup], options: OptionsSetup?, lending: LendingSetup? = nil,
        seed: UInt64, firstAccount: UInt32
    ) {
        var next = firstAccount
        let total = markets.reduce(0) { $0 + $1.share }
        func assign(_ index: Int, of count: Int) -> InstrumentID {
            let position = (Double(index) + 0.5) / Double(count) * total
            var cumulative = 0.0
            for (market, setup) in markets.enumerated() {
                cumulative += setup.share
                if position < cumulative { return InstrumentID(market) }
            }
            return InstrumentID(markets.count - 1)
        }
        func make<A>(_ kind: AgentKind, _ count: Int, _ build: (AccountID, InstrumentID, UInt64) -> A) -> [A] {
            (0..<count).map { index in
                defer { next += 1 }
                return build(AccountID(next), assign(index, of: count), Self.seed(seed, kind, index))
            }
        }
        marketMakers = make(.marketMaker, setup.marketMakers) {
            MarketMaker(account: $0, market: $1, seed: $2, price: markets[$1.index].price)
        }
        noiseTraders = make(.noiseTrader, setup.noiseTraders) {
            NoiseTrader(account: $0, market: $1, seed: $2, price: markets[$1.index].price)
        }
        momentumTraders = make(.momentumTrader, setup.momentumTraders) {
            MomentumTrader(account: $0, market: $1, seed: $2)
        }
        valueTraders = make(.valueTrader, setup.valueTraders) { ValueTrader(account: $0, market: $1, seed: $2) }
        retailTraders = make(.retailTrader, setup.retailTraders) {
            let instrument = Instrument.named(markets[$1.index].symbol)!
            return RetailTrader(
                account: $0, market: $1, seed: $2, maximumLeverage: instrument.tiers.tiers[0].maxLeverage)
        }
        whales = make(.whale, setup.whales) { Whale(account: $0, market: $1, seed: $2) }
        arbitrageurs = make(.arbitrageur, setup.arbitrageurs) { Arbitrageur(account: $0, market: $1, seed: $2) }
        defer { addLending(lending, markets: markets, seed: seed, next: &next) }
        guard let options else { return }
        let underlyings = options.markets.compactMap { symbol in markets.firstIndex { $0.symbol == symbol } }
        guard !underlyings.isEmpty else { return }
        func option<A>(_ kind: AgentKind, _ count: Int, _ build: (AccountID, InstrumentID, UInt64) -> A) -> [A] {
            (0..<count).map { index in
                defer { next += 1 }
                let market = InstrumentID(underlyings[index % underlyings.count])
                return build(AccountID(next), market, Self.seed(seed, kind, index))
            }
        }
        optionDealers = option(.optionDealer, options.dealers * underlyings.count) {
            OptionDealer(account: $0, market: $1, seed: $2, price: markets[$1.index].price)
        }
        optionBuyers = option(.optionBuyer, options.buyers) { OptionBuyer(account: $0, market: $1, seed: $2) }
        optionWriters = option(.optionWriter, options.writers) { OptionWriter(account: $0, market: $1, seed: $2) }
    }

    /// The lending market's agents, numbered from `next`.
    private mutating func addLending(_ lending: LendingSetup?, markets: [MarketSetup], seed: UInt64, next: inout UInt32)
    {
        guard let lending, let type = LendingSetup.vaultType(markets: markets.map(\.symbol)) else { return }
        let venue = LendingVenue(type: type, spotDepth: lending.spotDepth)
        let price = markets[type.market].price
        func make<A>(_ kind: AgentKind, _ count: Int, _ build: (AccountID, UInt64) -> A) -> [A] {
            (0..<count).map { index in
                defer { next += 1 }
                return build(AccountID(next), Self.seed(seed, kind, index))
            }
        }
        lendingSuppliers = make(.lendingSupplier, 1) { account, _ in
            LendingSupplier(
                account: account, market: venue.market, amount: Money(units: lending.supply * Asset.usdc.unitsPerWhole))
        }
        borrowers = make(.borrower, lending.borrowers) { Borrower(account: $0, venue: venue, seed: $1, price: price) }
        keepers = make(.keeper, lending.keepers) { Keeper(account: $0, venue: venue, seed: $1, setup: lending) }
    }

    /// An independent stream for each agent: the world seed mixed with who it is.
    static func seed(_ seed: UInt64, _ kind: AgentKind, _ index: Int) -> UInt64 {
        seed ^ (UInt64(kind.rawValue) << 56) ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// Every agent's reference and its opening commands, in account order.
    func setups(_ place: Marketplace) -> [(AgentRef, [Command])] {
        func list<A: Agent>(_ kind: AgentKind, _ agents: [A]) -> [(AgentRef, [Command])] {
            agents.enumerated().map { (AgentRef(kind: kind, index: Int32($0.offset)), $0.element.setup(place)) }
        }
        return list(.marketMaker, marketMakers) + list(.noiseTrader, noiseTraders)
            + list(.momentumTrader, momentumTraders) + list(.valueTrader, valueTraders)
            + list(.retailTrader, retailTraders) + list(.whale, whales) + list(.arbitrageur, arbitrageurs)
            + list(.optionDealer, optionDealers) + list(.optionBuyer, optionBuyers) + list(.optionWriter, optionWriters)
            + list(.lendingSupplier, lendingSuppliers) + list(.borrower, borrowers) + list(.keeper, keepers)
            + list(.backstopHedger, backstopHedgers)
    }

    /// Wakes one agent; returns its delay until the next wake.
    mutating func wake(_ agent: AgentRef, _ place: inout Marketplace) -> SimTime {
        let index = Int(agent.index)
        switch agent.kind {
        case .clock: return .second
        case .marketMaker: return marketMakers[index].wake(&place)
        case .noiseTrader: return noiseTraders[index].wake(&place)
        case .momentumTrader: return momentumTraders[index].wake(&place)
        case .valueTrader: return valueTraders[index].wake(&place)
        case .retailTrader: return retailTraders[index].wake(&place)
        case .whale: return whales[index].wake(&place)
        case .arbitrageur: return arbitrageurs[index].wake(&place)
        case .optionDealer: return optionDealers[index].wake(&place)
        case .optionBuyer: return optionBuyers[index].wake(&place)
        case .optionWriter: return optionWriters[index].wake(&place)
        case .lendingSupplier: return lendingSuppliers[index].wake(&place)
        case .borrower: return borrowers[index].wake(&place)
        case .keeper: return keepers[index].wake(&place)
        case .backstopHedger: return backstopHedgers[index].wake(&place)
        }
    }
}

import CascadeCore
import CascadeSim

/// A seeded crash on an exchange with BTC options and many portfolio-margined accounts: what the
/// banded detection of `cascade bench portfolio` is measured and tested on.
///
/// Each account deposits 20,000–80,000 USDC, switches to portfolio margin, and trades one to four
/// option legs (70% written) of 0.1–2 BTC on the next three expiries within 10% of the index, half of
/// them hedging their delta in the perpetual, all against a dealer who quotes every option in use
/// 2% around its mark and the perpetual 0.02% around the index, renewed each second. The index then
/// drifts for 5 minutes, falls about 26% over 10 minutes with noise, and recovers a little.
public struct PortfolioCrash: Sendable {
    /// What one run of the crash did.
    public struct Outcome: Sendable {
        /// Portfolio evaluations the exchange made to detect breaches (and after each account's own changes).
        public var evaluations: Int
        /// Index updates of the crash, each of which a full scan would evaluate every account on.
        public var indexUpdates: Int
        /// The accounts and times liquidations were triggered at, in order.
        public var triggers: [String]
        /// Position-reduction steps taken.
        public var reductionSteps: Int
        /// Accounts above the standard maintenance margin of their positions when the crash began,
        /// whose equity later fell to or below it while portfolio margin never liquidated them: they
        /// survived a move that would have liquidated them under standard margin (banded run only).
        public var survivors: Int
        /// A digest of every event, in order (equal digests: the same run).
        public var digest: Int
        /// Whether every asset's ledger balanced to the unit at the end.
        public var ledgerBalances: Bool
        /// Wall time of the crash (setup and the survivors' count excluded), nanoseconds.
        public var nanoseconds: UInt64
    }

    /// Portfolio accounts, numbered from 1 (the dealer comes after them).
    public var accounts: Int
    /// Seed of the accounts' portfolios and of the index path.
    public var seed: UInt64
    /// Seconds of the crash path (at least 900: calm, fall, rebound).
    public var seconds: Int

    /// A crash of `accounts` portfolio accounts from `seed`, `seconds` long.
    public init(accounts: Int, seed: UInt64, seconds: Int = 1_800) {
        self.accounts = accounts
        self.seed = seed
        self.seconds = seconds
    }

    /// Runs the crash with banded detection or with every account evaluated on every index update.
    public func run(banded: Bool) -> Outcome {
        var configuration = ExchangeConfiguration()
        configuration.options = [.btc]
        configuration.portfolioReduction.banded = banded
        var exchange = Exchange(configuration: configuration)
        var random = Xoshiro256(seed: seed)
        var hasher = Hasher()
        var events: [Event] = []
        var index: Int64 = 650_000
        let perpetual = InstrumentID(0)
        let dealer = AccountID(UInt32(accounts + 1))
        var triggers: [String] = []
        var triggered = Set<UInt32>()
        var steps = 0
        func apply(_ command: Command) {
            events.removeAll(keepingCapacity: true)
            exchange.apply(command, events: &events)
            for event in events {
                hasher.combine(event)
                if case .liquidation(.triggered(let account, _, _, _, _)) = event {
                    triggers.append("\(account.rawValue)@\(exchange.now)")
                    triggered.insert(account.rawValue)
                }
                if case .liquidation(.reduction) = event { steps += 1 }
            }
        }
        func oracle() {
            apply(.oracle(perpetual, [OracleQuote(source: 0, price: Price(ticks: index), time: exchange.now)]))
        }
        oracle()
        apply(.deposit(dealer, .usdc, Money(units: 500_000_000 * Asset.usdc.unitsPerWhole)))
        var inUse: [InstrumentID] = []
        func requote() {
            apply(.cancelAll(dealer, nil))
            place(dealer, perpetual, .buy, 50_000, index - 130)
            place(dealer, perpetual, .sell, 50_000, index + 130)
            for option in inUse {
                guard let mark = exchange.optionMark(option)?.price.ticks else { continue }
                if mark > 100 { place(dealer, option, .buy, 2_000, mark - mark / 50) }
                place(dealer, option, .sell, 2_000, mark + mark / 50 + 1)
            }
        }
        func place(_ account: AccountID, _ instrument: InstrumentID, _ side: Side, _ lots: Int64, _ ticks: Int64?) {
            let quantity = Quantity(lots: lots)
            let terms: OrderTerms =
                if let ticks { .limit(side, quantity, at: Price(ticks: ticks)) } else { .market(side, quantity) }
            apply(
                .place(
                    NewOrder(account: account, instrument: instrument, clientOrderID: ClientOrderID(0), terms: terms)))
        }
        let expiries = Array(exchange.optionExpiries(on: perpetual).dropFirst().prefix(3))
        for number in 1...accounts {
            let account = AccountID(UInt32(number))
            let deposit = 20_000 + Int64(random.nextUnit() * 60_000)
            apply(.deposit(account, .usdc, Money(units: deposit * Asset.usdc.unitsPerWhole)))
            apply(.setCrossMarginModel(account, .usdc, .portfolio))
            for _ in 0..<random.next(in: 1...4) {
                let expiry = expiries[random.next(in: 0...(expiries.count - 1))]
                let near = expiry.strikes.filter { abs($0.strike.ticks - index) <= index / 10 }
                guard !near.isEmpty else { continue }
                let strike = near[random.next(in: 0...(near.count - 1))]
                let option = random.nextUnit() < 0.5 ? strike.call : strike.put
                if !inUse.contains(option) { inUse.append(option) }
                requote()
                let side: Side = random.nextUnit() < 0.7 ? .sell : .buy
                place(account, option, side, Int64(10 + random.nextUnit() * 190), nil)
            }
            if random.nextUnit() < 0.5 {
                let delta =
                    exchange.account(account)?.positions.options.reduce(0.0) { sum, held in
                        sum + (exchange.optionMark(held.0)?.greeks.delta ?? 0) * Double(held.1.size) / 100
                    } ?? 0
                let lots = Int64((abs(delta) * 1_000).rounded())
                if lots > 0 { place(account, perpetual, delta > 0 ? .sell : .buy, lots, nil) }
            }
        }
        requote()
        let start = MatchingBenchmark.now()
        let before = exchange.portfolioDetectionEvaluations
        (triggers, triggered, steps) = ([], [], 0)
        var breachedStandard = Set<UInt32>()
        var counting: UInt64 = 0
        func breachesStandard(_ number: Int) -> Bool {
            let standard = exchange.standardCrossMargin(of: AccountID(UInt32(number)), asset: .primary)
            return standard.maintenanceMargin.units > 0 && standard.equity <= standard.maintenanceMargin
        }
        // Only accounts standard margin would have kept open to begin with count as survivors.
        let healthyUnderStandard = Set((1...accounts).filter { !breachesStandard($0) }.map(UInt32.init))
        let fall = 600
        for second in 1...Swift.max(900, seconds) {
            let noise = (random.nextUnit() + random.nextUnit() + random.nextUnit() - 1.5) * 2
            let drift = second <= 300 ? 0 : second <= 300 + fall ? -0.0005 : 0.0002
            let volatility = second <= 300 ? 0.0005 : second <= 300 + fall ? 0.0015 : 0.001
            index = Swift.max(1, Int64((Double(index) * (1 + drift + volatility * noise)).rounded()))
            apply(.advanceTime(to: Int64(second) * SimTime.second))
            oracle()
            requote()
            guard banded else { continue }
            let before = MatchingBenchmark.now()
            for number in 1...accounts
            where healthyUnderStandard.contains(UInt32(number)) && !triggered.contains(UInt32(number))
                && breachesStandard(number)
            {
                breachedStandard.insert(UInt32(number))
            }
            counting += MatchingBenchmark.now() - before
        }
        return Outcome(
            evaluations: exchange.portfolioDetectionEvaluations - before, indexUpdates: Swift.max(900, seconds),
            triggers: triggers, reductionSteps: steps, survivors: breachedStandard.subtracting(triggered).count,
            digest: hasher.finalize(), ledgerBalances: exchange.ledgerBalances,
            nanoseconds: MatchingBenchmark.now() - start - counting)
    }
}

@testable import CascadeCore

/// An exchange with a lending market, driven by short commands in whole units: USDC (asset 0),
/// BTC (1) and ETH (2) wallets, prices set through the perpetuals' index.
struct LendingDesk {
    var exchange: Exchange
    /// Every event so far.
    var log: [Event] = []

    static let usdc = AssetID(0)
    static let btc = AssetID(1)
    static let eth = AssetID(2)
    static let ethPerp = InstrumentID(1)

    init(rules: LendingRules = .reference) {
        var configuration = ExchangeConfiguration()
        configuration.lending = rules
        exchange = Exchange(configuration: configuration)
    }

    var market: LendingMarket { exchange.lending! }

    @discardableResult
    mutating func run(_ command: Command) -> [Event] {
        let events = exchange.apply(command)
        log += events
        return events
    }

    /// The lending events of one lending command.
    @discardableResult
    mutating func lend(_ command: LendingCommand) -> [LendingEvent] {
        run(.lending(command)).compactMap { if case .lending(let event) = $0 { event } else { nil } }
    }

    mutating func deposit(_ account: UInt32, _ asset: Asset, _ amount: String) {
        run(.deposit(AccountID(account), asset, try! asset.money(parsing: amount)))
    }

    /// Sets ETH's index (and so the protocol's price, without an oracle delay) in USDC.
    mutating func ethPrice(_ usdc: String) {
        let ticks = try! DecimalStep(units: 1, scale: 2)!.count(of: usdc)
        run(.oracle(Self.ethPerp, [OracleQuote(source: 0, price: Price(ticks: ticks), time: exchange.now)]))
    }

    mutating func advance(seconds: Int64) { run(.advanceTime(to: exchange.now + seconds * SimTime.second)) }

    func wallet(_ account: UInt32, _ asset: AssetID) -> Money {
        exchange.account(AccountID(account))?.wallets[asset] ?? .zero
    }

    static func eth(_ text: String) -> Money { try! Asset.eth.money(parsing: text) }
    static func usdc(_ text: String) -> Money { try! Asset.usdc.money(parsing: text) }

    /// The ETH-A vault type with other liquidation settings, all other types dropped.
    static func rules(_ change: (inout VaultType) -> Void, mode: LendingLiquidationMode = .auction) -> LendingRules {
        var rules = LendingRules.reference
        change(&rules.vaultTypes[0])
        rules.vaultTypes = [rules.vaultTypes[0]]
        rules.liquidation = mode
        return rules
    }

    /// Supplier 1 lends `usdc`; borrower 2 opens vault 1 with `eth` collateral at `price` and borrows
    /// `debt`.
    mutating func openLoan(usdc: String = "100000", eth: String, price: String, debt: String) {
        deposit(1, .usdc, usdc)
        lend(.supply(AccountID(1), .usdc, Self.usdc(usdc)))
        ethPrice(price)
        deposit(2, .eth, eth)
        lend(.openVault(AccountID(2), type: "ETH-A"))
        lend(.depositCollateral(AccountID(2), VaultID(1), Self.eth(eth)))
        lend(.borrow(AccountID(2), VaultID(1), Self.usdc(debt)))
    }

    var balances: Bool { exchange.ledgerBalances }

    /// The free supply tokens of `account` in the pool at `pool` (0 USDC, 1 BTC, 2 ETH).
    func tokens(_ account: UInt32, pool: Int) -> Money { market.supplyTokens[AccountID(account)]?[pool] ?? .zero }

    /// The reference rules plus `USDC-E`, a vault type holding USDC and borrowing ETH (LTV 75%,
    /// threshold 78%, 0.01 ETH dust), so the ETH pool has borrowers and cETH earns interest.
    static func rulesWithEthBorrowers(mode: LendingLiquidationMode = .auction) -> LendingRules {
        var rules = LendingRules.reference
        rules.liquidation = mode
        rules.vaultTypes.append(
            VaultType(
                name: "USDC-E", collateral: .usdc, debt: .eth, loanToValue: Rate(units: 75_000_000),
                liquidationThreshold: Rate(units: 78_000_000),
                auction: AuctionRules(tip: .zero, dust: Self.eth("0.01"), hole: Self.eth("100000"))))
        return rules
    }
}

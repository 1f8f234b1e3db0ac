import CascadeCore
import CascadeSim
import Foundation

/// `cascade bench lending`: keeping the list of unsafe vaults through a price swing, by the lending
/// market's health index against computing every vault's health factor on every tick.
///
/// `vaults` seeded ETH-A loans (0.5 to 5 ETH each, borrowed to 30–80% of their value at 3,000) ride an
/// ETH index that falls about 35% and comes back over `ticks` ticks with 0.2% noise: vaults cross the
/// liquidation line both ways and no keeper liquidates them.
public enum LendingBenchmark {
    /// What the two ways cost.
    public struct Result: Sendable {
        /// Vaults with debt.
        public var vaults: Int
        /// Oracle ticks.
        public var ticks: Int
        /// Health factors the index computed over all ticks.
        public var indexedChecks: Int
        /// Health factors a scan computes over all ticks (every vault each tick).
        public var scanChecks: Int
        /// Wall time of the ticks with the index, each a whole oracle command, nanoseconds.
        public var indexedNanoseconds: UInt64
        /// Wall time of the scans alone, nanoseconds.
        public var scanNanoseconds: UInt64
        /// The most vaults unsafe at once.
        public var mostUnsafe: Int
        /// Whether the index's list equalled the scan's on every tick.
        public var same: Bool

        /// Vault health states kept per second: vaults × ticks ÷ the ticks' time.
        public var vaultsPerSecond: Double {
            Double(vaults) * Double(ticks) / (Double(Swift.max(1, indexedNanoseconds)) / 1e9)
        }
        /// How many times less time the ticks took than the scans.
        public var timeRatio: Double { Double(scanNanoseconds) / Double(Swift.max(1, indexedNanoseconds)) }
        /// How many times fewer health factors the index computed.
        public var checksRatio: Double { Double(scanChecks) / Double(Swift.max(1, indexedChecks)) }

        /// One JSON object on one line, named `lending`, keys in a fixed order.
        public var jsonLine: String {
            "{\"name\":\"lending\",\"vaults\":\(vaults),\"ticks\":\(ticks),\"indexed_checks\":\(indexedChecks),"
                + "\"scan_checks\":\(scanChecks),\"checks_ratio\":\((checksRatio * 10).rounded() / 10),"
                + "\"tick_ns\":\(indexedNanoseconds / UInt64(Swift.max(1, ticks))),"
                + "\"scan_ns\":\(scanNanoseconds / UInt64(Swift.max(1, ticks))),"
                + "\"time_ratio\":\((timeRatio * 10).rounded() / 10),\"vaults_per_second\":\(Int(vaultsPerSecond)),"
                + "\"most_unsafe\":\(mostUnsafe),\"same\":\(same)}"
        }

        /// One line for a reader.
        public var summary: String {
            "lending: \(vaults) vaults, \(ticks) ticks: \(indexedChecks) health checks with the index, \(scanChecks) "
                + "scanning (\(Int(checksRatio.rounded()))x fewer); a tick \(indexedNanoseconds / UInt64(Swift.max(1, ticks))) ns "
                + "against a scan's \(scanNanoseconds / UInt64(Swift.max(1, ticks))) ns (\(Int(timeRatio.rounded()))x), "
                + "\(Int(vaultsPerSecond / 1e6)) M vault states kept per second; at most \(mostUnsafe) unsafe, "
                + (same ? "the same list as a scan" : "a DIFFERENT list from a scan")
        }
    }

    /// Builds the loans and runs the swing.
    public static func run(vaults: Int, ticks: Int, seed: UInt64) -> Result {
        var configuration = ExchangeConfiguration()
        configuration.lending = .reference
        var exchange = Exchange(configuration: configuration)
        var random = Xoshiro256(seed: seed)
        let ethPerp = exchange.instrumentID("ETH-PERP")!
        func oracle(_ usd: Double) -> Command {
            .oracle(ethPerp, [OracleQuote(source: 0, price: Price(ticks: Int64(usd * 100)), time: exchange.now)])
        }
        let supplier = AccountID(1)
        let lent = Money(units: 1_000_000_000 * Asset.usdc.unitsPerWhole)
        _ = exchange.apply(.deposit(supplier, .usdc, lent))
        _ = exchange.apply(.lending(.supply(supplier, .usdc, lent)))
        _ = exchange.apply(oracle(3_000))
        for offset in 0..<vaults {
            let owner = AccountID(UInt32(2 + offset))
            let eth = 0.5 + 4.5 * random.nextUnit()
            let collateral = Money(units: Int64(eth * Double(Asset.eth.unitsPerWhole)))
            let debt = Money(
                units: Int64(eth * 3_000 * (0.3 + 0.5 * random.nextUnit()) * Double(Asset.usdc.unitsPerWhole)))
            let vault = exchange.lending!.upcomingVaultID
            _ = exchange.apply(.deposit(owner, .eth, collateral))
            _ = exchange.apply(.lending(.openVault(owner, type: "ETH-A")))
            _ = exchange.apply(.lending(.depositCollateral(owner, vault, collateral)))
            _ = exchange.apply(.lending(.borrow(owner, vault, debt)))
        }
        let checksBefore = exchange.lending!.healthChecks
        var result = Result(
            vaults: exchange.lending!.vaults.count, ticks: ticks, indexedChecks: 0, scanChecks: 0,
            indexedNanoseconds: 0, scanNanoseconds: 0, mostUnsafe: 0, same: true)
        for tick in 0..<ticks {
            let swing = 1 - 0.35 * sin(Double.pi * Double(tick) / Double(Swift.max(1, ticks - 1)))
            let command = oracle(3_000 * swing * (1 + 0.002 * (2 * random.nextUnit() - 1)))
            let start = MatchingBenchmark.now()
            _ = exchange.apply(command)
            let middle = MatchingBenchmark.now()
            let scanned = exchange.lending!.unsafeVaultsByScan
            result.scanNanoseconds += MatchingBenchmark.now() - middle
            result.indexedNanoseconds += middle - start
            result.same = result.same && scanned == exchange.lending!.unsafeVaults
            result.mostUnsafe = Swift.max(result.mostUnsafe, scanned.count)
        }
        result.indexedChecks = exchange.lending!.healthChecks - checksBefore
        result.scanChecks = result.vaults * ticks
        return result
    }
}

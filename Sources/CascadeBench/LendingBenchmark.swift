import CascadeCore
import CascadeSim
import Foundation

/// `cascade bench lending`: keeping the list of unsafe vaults through a price swing, by the lending
/// market's health index against computing every vault's health factor on every tick.
///
/// `vaults` seeded ETH-A loans (0.5 to 5 ETH each, borrowed to 30–80% of their value at 3,000) first
/// see `ticks` quiet ticks (3,000 with 0.2% noise: no vault is near its line, the everyday case the
/// index exists for), then ride an ETH index that falls about 35% and comes back over `ticks` ticks
/// with the same noise: vaults cross the liquidation line both ways and no keeper liquidates them.
public enum LendingBenchmark {
    /// What the two ways cost.
    public struct Result: Sendable {
        /// Vaults with debt.
        public var vaults: Int
        /// Oracle ticks in each phase.
        public var ticks: Int
        /// Wall time of the quiet ticks with the index, each a whole oracle command, nanoseconds.
        public var quietNanoseconds: UInt64
        /// Wall time of the quiet ticks' scans alone, nanoseconds.
        public var quietScanNanoseconds: UInt64
        /// Health factors the index computed in the quiet ticks.
        public var quietChecks: Int
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
        /// How many times less time a quiet tick took than its scan.
        public var quietRatio: Double { Double(quietScanNanoseconds) / Double(Swift.max(1, quietNanoseconds)) }
        /// How many times fewer health factors the index computed.
        public var checksRatio: Double { Double(scanChecks) / Double(Swift.max(1, indexedChecks)) }

        /// One JSON object on one line, named `lending`, keys in a fixed order.
        public var jsonLine: String {
            "{\"name\":\"lending\",\"vaults\":\(vaults),\"ticks\":\(ticks),\"indexed_checks\":\(indexedChecks),"
                + "\"scan_checks\":\(scanChecks),\"checks_ratio\":\((checksRatio * 10).rounded() / 10),"
                + "\"tick_ns\":\(perTick(indexedNanoseconds)),"
                + "\"scan_ns\":\(perTick(scanNanoseconds)),"
                + "\"time_ratio\":\((timeRatio * 10).rounded() / 10),\"vaults_per_second\":\(Int(vaultsPerSecond)),"
                + "\"quiet_checks\":\(quietChecks),\"quiet_tick_ns\":\(perTick(quietNanoseconds)),"
                + "\"quiet_scan_ns\":\(perTick(quietScanNanoseconds)),\"quiet_ratio\":\(Int(quietRatio.rounded())),"
                + "\"most_unsafe\":\(mostUnsafe),\"same\":\(same)}"
        }

        private func perTick(_ nanoseconds: UInt64) -> UInt64 { nanoseconds / UInt64(Swift.max(1, ticks)) }

        /// One line for a reader.
        public var summary: String {
            "lending: \(vaults) vaults; \(ticks) quiet ticks: \(perTick(quietNanoseconds)) ns a tick against a scan's "
                + "\(perTick(quietScanNanoseconds)) ns (\(Int(quietRatio.rounded()))x), \(quietChecks) health checks; "
                + "\(ticks) ticks of a 35% swing: \(indexedChecks) health checks with the index, \(scanChecks) "
                + "scanning (\(Int(checksRatio.rounded()))x fewer); a tick \(perTick(indexedNanoseconds)) ns "
                + "against a scan's \(perTick(scanNanoseconds)) ns (\(Int(timeRatio.rounded()))x), "
                + "\(Int(vaultsPerSecond / 1e6)) M vault states kept per second; at most \(mostUnsafe) unsafe, "
                + (same ? "the same list as a scan" : "a DIFFERENT list from a scan")
        }
    }

    /// Builds the loans and runs the quiet ticks and the swing.
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
            vaults: exchange.lending!.vaults.count, ticks: ticks, quietNanoseconds: 0, quietScanNanoseconds: 0,
            quietChecks: 0, indexedChecks: 0, scanChecks: 0, indexedNanoseconds: 0, scanNanoseconds: 0, mostUnsafe: 0,
            same: true)
        // Quiet ticks back to back, as an exchange sees them (a scan between them would only evict
        // the index from the caches), then as many scans of the state they leave.
        let quiet = (0..<ticks).map { _ in oracle(3_000 * (1 + 0.002 * (2 * random.nextUnit() - 1))) }
        let quietStart = MatchingBenchmark.now()
        for command in quiet { _ = exchange.apply(command) }
        result.quietNanoseconds = MatchingBenchmark.now() - quietStart
        var scanned: [VaultID] = []
        for _ in 0..<ticks {
            let start = MatchingBenchmark.now()
            scanned = exchange.lending!.unsafeVaultsByScan
            result.quietScanNanoseconds += MatchingBenchmark.now() - start
        }
        result.same = scanned == exchange.lending!.unsafeVaults
        result.quietChecks = exchange.lending!.healthChecks - checksBefore
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
        result.indexedChecks = exchange.lending!.healthChecks - checksBefore - result.quietChecks
        result.scanChecks = result.vaults * ticks
        return result
    }
}

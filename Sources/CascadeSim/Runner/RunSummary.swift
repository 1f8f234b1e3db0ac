import Foundation

/// What a headless run reports, on standard output and as `--summary` JSON (snake_case keys;
/// `ledger_discrepancy`, `event_hash` and `liquidations.count` are stable names for other tools).
/// Money is in USDC.
public struct RunSummary: Codable, Sendable, Hashable {
    public struct Liquidations: Codable, Sendable, Hashable {
        public var count: Int
        var longCount: Int
        var shortCount: Int
        public var notional: Double
        var longNotional: Double
        var shortNotional: Double
    }

    public struct Fund: Codable, Sendable, Hashable {
        public var start: Double
        var minimum: Double
        public var end: Double
    }

    public struct Deleveraging: Codable, Sendable, Hashable {
        public var count: Int
        public var notional: Double
    }

    public var scenario: String
    public var seed: UInt64
    var simulatedSeconds: Int64
    var simulatedDuration: String
    public var commands: Int
    public var events: Int
    public var wallSeconds: Double
    var commandsPerSec: Double
    public var trades: Int
    public var volume: Double
    public var liquidations: Liquidations
    public var insuranceFund: Fund
    var backstopTakeovers: Int
    public var adl: Deleveraging
    public var badDebt: Double
    /// Largest peak-to-trough fall of the first market's price, as a fraction.
    var largestDrawdown: Double
    /// Final open interest, notional over all markets.
    public var openInterest: Double
    /// Ledger invariant, left minus right, in minor units summed over assets: must be 0.
    public var ledgerDiscrepancy: Int64
    var eventHash: String

    enum CodingKeys: String, CodingKey {
        case scenario, seed, commands, events, trades, volume, liquidations, adl
        case simulatedSeconds = "simulated_seconds"
        case simulatedDuration = "simulated_duration"
        case wallSeconds = "wall_seconds"
        case commandsPerSec = "commands_per_sec"
        case insuranceFund = "insurance_fund"
        case backstopTakeovers = "backstop_takeovers"
        case badDebt = "bad_debt"
        case largestDrawdown = "largest_drawdown"
        case openInterest = "open_interest"
        case ledgerDiscrepancy = "ledger_discrepancy"
        case eventHash = "event_hash"
    }

    /// The summary as people read it.
    public var text: String {
        func usd(_ value: Double) -> String { String(format: "%.2f", value) }
        return """
            scenario            \(scenario) (seed \(seed))
            simulated           \(simulatedDuration) in \(String(format: "%.2f", wallSeconds)) s wall
            commands            \(commands) (\(Int(commandsPerSec)) per second), \(events) events
            trades              \(trades), volume \(usd(volume)) USDC
            liquidations        \(liquidations.count) (\(liquidations.longCount) long, \(liquidations.shortCount) short), \
            notional \(usd(liquidations.notional)) (long \(usd(liquidations.longNotional)), short \(usd(liquidations.shortNotional)))
            insurance fund      start \(usd(insuranceFund.start)), minimum \(usd(insuranceFund.minimum)), end \(usd(insuranceFund.end))
            backstop takeovers  \(backstopTakeovers)
            auto-deleveraging   \(adl.count), notional \(usd(adl.notional))
            bad debt            \(usd(badDebt))
            largest drawdown    \(String(format: "%.2f", largestDrawdown * 100))%
            open interest       \(usd(openInterest)) USDC
            ledger discrepancy  \(ledgerDiscrepancy)
            event hash          \(eventHash)
            """
    }
}

extension RunSummary.Liquidations {
    enum CodingKeys: String, CodingKey {
        case count, notional
        case longCount = "long_count"
        case shortCount = "short_count"
        case longNotional = "long_notional"
        case shortNotional = "short_notional"
    }
}

import Foundation

/// What a headless run reports, on standard output and as `--summary` JSON (snake_case keys;
/// `ledger_discrepancy`, `event_hash` and `liquidations.count` are stable names for other tools).
/// Money is in USDC.
public struct RunSummary: Codable, Sendable, Hashable {
    public struct Liquidations: Codable, Sendable, Hashable {
        public var count: Int
        public var longCount: Int
        public var shortCount: Int
        public var notional: Double
        public var longNotional: Double
        public var shortNotional: Double
    }

    /// The insurance funds of the first settlement asset, summed over their pools.
    public struct Fund: Codable, Sendable, Hashable {
        public var start: Double
        public var minimum: Double
        public var end: Double
        /// Largest fall from a running peak.
        public var drawdown: Double
        /// Paid out for fills worse than bankruptcy and deficits, and received from surpluses.
        public var paid: Double
        public var received: Double
        /// Liquidations the fund took over at the bankruptcy price (BitMEX style).
        public var takeovers: Int
    }

    public struct Deleveraging: Codable, Sendable, Hashable {
        public var count: Int
        public var notional: Double
    }

    public var scenario: String
    /// The markets' liquidation waterfall styles, comma-separated when they differ.
    public var liquidationStyle: String
    public var seed: UInt64
    public var simulatedSeconds: Int64
    public var simulatedDuration: String
    public var commands: Int
    public var events: Int
    public var wallSeconds: Double
    public var commandsPerSec: Double
    public var trades: Int
    public var volume: Double
    public var liquidations: Liquidations
    public var insuranceFund: Fund
    public var backstopTakeovers: Int
    public var adl: Deleveraging
    public var badDebt: Double
    /// Largest peak-to-trough fall of the first market's price, as a fraction.
    public var largestDrawdown: Double
    /// Final open interest, notional over all markets.
    public var openInterest: Double
    /// Ledger invariant, left minus right, in minor units summed over assets: must be 0.
    public var ledgerDiscrepancy: Int64
    public var eventHash: String

    enum CodingKeys: String, CodingKey {
        case scenario, seed, commands, events, trades, volume, liquidations, adl
        case simulatedSeconds = "simulated_seconds"
        case simulatedDuration = "simulated_duration"
        case wallSeconds = "wall_seconds"
        case commandsPerSec = "commands_per_sec"
        case insuranceFund = "insurance_fund"
        case liquidationStyle = "liquidation_style"
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
            liquidation style   \(liquidationStyle)
            simulated           \(simulatedDuration) in \(String(format: "%.2f", wallSeconds)) s wall
            commands            \(commands) (\(Int(commandsPerSec)) per second), \(events) events
            trades              \(trades), volume \(usd(volume)) USDC
            liquidations        \(liquidations.count) (\(liquidations.longCount) long, \(liquidations.shortCount) short), \
            notional \(usd(liquidations.notional)) (long \(usd(liquidations.longNotional)), short \(usd(liquidations.shortNotional)))
            insurance fund      start \(usd(insuranceFund.start)), minimum \(usd(insuranceFund.minimum)), end \(usd(insuranceFund.end))
            fund payments       paid \(usd(insuranceFund.paid)), received \(usd(insuranceFund.received)), \
            drawdown \(usd(insuranceFund.drawdown)), takeovers \(insuranceFund.takeovers)
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

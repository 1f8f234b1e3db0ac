import Foundation

/// What a headless run reports, on standard output and as `--summary` JSON (snake_case keys;
/// `ledger_discrepancy`, `event_hash` and `liquidations.count` are stable names for other tools).
/// Money is in USDC.
public struct RunSummary: Codable, Sendable, Hashable {
    /// Liquidations triggered during the run, by side, and the notional they closed (USDC).
    public struct Liquidations: Codable, Sendable, Hashable {
        /// Liquidations triggered, longs and shorts together (JSON `liquidations.count`).
        public var count: Int
        var longCount: Int
        var shortCount: Int
        /// Liquidated notional, longs plus shorts, in USDC.
        public var notional: Double
        var longNotional: Double
        var shortNotional: Double
    }

    /// The insurance funds of the first settlement asset, summed over their pools.
    public struct Fund: Codable, Sendable, Hashable {
        /// Balance before the first command, in USDC.
        public var start: Double
        var minimum: Double
        /// Balance when the run ended, in USDC.
        public var end: Double
        /// Largest fall from a running peak.
        public var drawdown: Double
        /// Paid out for fills worse than bankruptcy and deficits, and received from surpluses.
        public var paid: Double
        /// Received from liquidations that filled better than bankruptcy, and from the engine's sales, in USDC.
        public var received: Double
        /// Liquidations the fund took over at the bankruptcy price (BitMEX style).
        public var takeovers: Int
    }

    /// The options market over the run (JSON `options`; all zero without one).
    public struct Options: Codable, Sendable, Hashable {
        /// Option trades.
        public var trades: Int
        /// Premium traded, in USDC.
        public var premium: Double
        /// Options that expired, and positions their expiries settled.
        public var expired: Int
        /// Positions settled at expiry.
        public var settlements: Int
        /// The largest net delta any option dealer held, in USD of its underlying, sampled every minute.
        public var largestDealerDelta: Double

        enum CodingKeys: String, CodingKey {
            case trades, premium, expired, settlements
            case largestDealerDelta = "largest_dealer_delta_usd"
        }
    }

    /// The lending market over the run (JSON `lending`; absent without one). Money in USDC.
    public struct Lending: Codable, Sendable, Hashable {
        /// `auction` or `fixed-bonus`.
        public var mode: String
        /// Vaults opened.
        public var vaults: Int
        /// Auctions started, reset and lots taken (auction mode).
        public var auctionsStarted: Int
        /// See `auctionsStarted`.
        public var auctionsReset: Int
        /// See `auctionsStarted`.
        public var takes: Int
        /// What bidders paid ÷ what the collateral was worth at the index when they bought; nil
        /// without takes.
        public var priceToMarket: Double?
        /// Fixed-bonus liquidations (fixed-bonus mode).
        public var fixedBonusLiquidations: Int
        /// The USDC pool's outstanding bad debt at the end.
        public var badDebt: Double
        /// The USDC pool's surplus buffer at the end.
        public var surplusBuffer: Double
        /// Paid to keepers for starting and resetting auctions.
        public var keeperIncentives: Double
        /// Vaults still unsafe when the run ended.
        public var unsafeAtEnd: Int
        /// Auctions still running when the run ended (their shortfall is not yet bad debt).
        public var auctionsRunning: Int

        enum CodingKeys: String, CodingKey {
            case mode, vaults, takes
            case auctionsStarted = "auctions_started"
            case auctionsReset = "auctions_reset"
            case priceToMarket = "price_to_market"
            case fixedBonusLiquidations = "fixed_bonus_liquidations"
            case badDebt = "bad_debt"
            case surplusBuffer = "surplus_buffer"
            case keeperIncentives = "keeper_incentives"
            case unsafeAtEnd = "unsafe_at_end"
            case auctionsRunning = "auctions_running"
        }

        /// One line of the text summary.
        var text: String {
            func usd(_ value: Double) -> String { String(format: "%.2f", value) }
            let ratio = priceToMarket.map { String(format: "%.1f%% of the index", $0 * 100) } ?? "no takes"
            let liquidations =
                mode == "auction"
                ? "\(auctionsStarted) auctions (\(auctionsReset) resets, \(takes) takes, paid \(ratio), "
                    + "\(auctionsRunning) still running)"
                : "\(fixedBonusLiquidations) fixed-bonus liquidations"
            return "\(mode), \(vaults) vaults, \(liquidations), bad debt \(usd(badDebt)), surplus buffer "
                + "\(usd(surplusBuffer)), keeper incentives \(usd(keeperIncentives)), \(unsafeAtEnd) unsafe at the end"
        }
    }

    /// Auto-deleveraging during the run: opposite positions closed to finish a liquidation (USDC).
    public struct Deleveraging: Codable, Sendable, Hashable {
        /// Auto-deleveraging steps, one per counterparty reduced.
        public var count: Int
        /// Notional those steps closed, in USDC.
        public var notional: Double
    }

    /// The backstop vault over the run (JSON `backstop`): its policy, the inventory it took over and
    /// what working it off earned. USD at the mark; PnL in USDC.
    public struct Backstop: Codable, Sendable, Hashable {
        /// `hold`, `twap` or `aggressive`.
        public var policy = "hold"
        /// The largest inventory it held.
        public var peakInventory = 0.0
        /// What it still held at the end.
        public var endInventory = 0.0
        /// Its USDC equity at the end less its starting capital.
        public var pnl = 0.0
        /// Minutes from its first takeover until it was flat for good; nil without a takeover or
        /// while it still holds some.
        public var minutesToFlat: Double?

        enum CodingKeys: String, CodingKey {
            case policy, pnl
            case peakInventory = "peak_inventory"
            case endInventory = "end_inventory"
            case minutesToFlat = "minutes_to_flat"
        }

        /// One line of the text summary.
        var text: String {
            let held =
                minutesToFlat.map { String(format: "flat %.1f min after its first takeover", $0) }
                ?? (endInventory > 0 ? String(format: "still holding %.0f", endInventory) : "never given a position")
            return String(format: "%@: peak inventory %.0f, PnL %.2f, ", policy, peakInventory, pnl) + held
        }
    }

    /// The markets' margin models over the run (JSON `margin`). Rates are the first market's tier-1
    /// maintenance rate in percent.
    public struct Margin: Codable, Sendable, Hashable {
        /// `static`, `ewma`, `garch` or `predictive` when every perpetual has that model, else each
        /// one's by symbol: `BTC-PERP static, ETH-PERP predictive`.
        public var model = "static"
        /// Requirement changes that took effect, over all markets.
        public var changes = 0
        /// Tier 1's maintenance rate when the run started, in percent.
        public var startMaintenanceRate = 0.0
        /// The highest tier-1 maintenance rate in force during the run, in percent.
        public var maxMaintenanceRate = 0.0
        /// How much margin rose under stress: the highest tier-1 maintenance rate in force during the
        /// run minus the rate at its start, in percentage points (0 for `static`). The whole run is the
        /// window, so a scenario's crash is inside it (Murphy, Vasios & Vause, BoE FSP 29, 2014, measure
        /// procyclicality by such peak rises).
        public var procyclicality = 0.0

        enum CodingKeys: String, CodingKey {
            case model, changes, procyclicality
            case startMaintenanceRate = "start_maintenance_rate"
            case maxMaintenanceRate = "max_maintenance_rate"
        }

        /// One line of the text summary.
        var text: String {
            "\(model), \(changes) changes, tier-1 maintenance \(String(format: "%.4f", startMaintenanceRate))% at start, "
                + "at most \(String(format: "%.4f", maxMaintenanceRate))%, procyclicality "
                + "\(String(format: "%+.4f", procyclicality)) pp"
        }
    }

    /// Name of the scenario that ran.
    public var scenario: String
    /// The markets' liquidation waterfall styles, comma-separated when they differ.
    public var liquidationStyle: String
    /// Seed of the run; with the scenario and duration it reproduces `eventHash`.
    public var seed: UInt64
    var simulatedSeconds: Int64
    var simulatedDuration: String
    /// Commands the exchange applied: agents' and the user's orders, oracle updates and clock advances.
    public var commands: Int
    /// Events the exchange emitted over the run.
    public var events: Int
    /// Wall-clock seconds of the simulation loop alone (setup and file writing excluded).
    public var wallSeconds: Double
    var commandsPerSec: Double
    /// Trades over all markets.
    public var trades: Int
    /// Traded notional over all markets, in USDC.
    public var volume: Double
    /// Liquidation counts and notional (JSON `liquidations`).
    public var liquidations: Liquidations
    /// The insurance fund's path over the run (JSON `insurance_fund`).
    public var insuranceFund: Fund
    var backstopTakeovers: Int
    /// The backstop vault's policy, inventory and PnL (JSON `backstop`).
    public var backstop = Backstop()
    /// Auto-deleveraging count and notional (JSON `adl`).
    public var adl: Deleveraging
    /// The options market's activity.
    public var options: Options
    /// The lending market's activity; `nil` without one.
    public var lending: Lending?
    /// Bad debt on the primary ledger at the end, in USDC: losses the insurance fund did not cover.
    public var badDebt: Double
    /// Largest peak-to-trough fall of the first market's price, as a fraction.
    var largestDrawdown: Double
    /// Final open interest, notional over all markets.
    public var openInterest: Double
    /// The longest stretch the first market's book had a side empty, in simulated seconds (sampled
    /// every five seconds).
    public var longestOneSidedSeconds: Double
    /// When that stretch began, as the simulated clock shows it.
    public var longestOneSidedFrom = ""
    /// Whether the scenario crashed (an event with a negative shock) within the run.
    public var crashed = false
    /// Minutes after the scenario's first crash ended until the depth within 1% of the mid was back to
    /// half its pre-crash level; nil without a crash or when it never came back within the run.
    public var depthRecoveryMinutes: Double?
    /// The `--set` changes the run's scenario was loaded with, key to value as written (JSON
    /// `settings`; the last of a repeated key counts, as in the scenario).
    public var settings: [String: String] = [:]
    /// The margin model and how far it raised requirements (JSON `margin`).
    public var margin = Margin()
    /// Ledger invariant, left minus right, in minor units summed over assets: must be 0.
    public var ledgerDiscrepancy: Int64
    var eventHash: String

    enum CodingKeys: String, CodingKey {
        case scenario, seed, commands, events, trades, volume, liquidations, adl, options, lending, settings, backstop
        case margin
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
        case longestOneSidedSeconds = "longest_one_sided_seconds"
        case longestOneSidedFrom = "longest_one_sided_from"
        case depthRecoveryMinutes = "depth_recovery_minutes"
        case crashed
        case ledgerDiscrepancy = "ledger_discrepancy"
        case eventHash = "event_hash"
    }

    /// The depth recovery as a line of the text summary, or nothing without a crash.
    private var recoveryText: String {
        guard crashed else { return "" }
        return "; depth within 1% back to half its pre-crash level "
            + (depthRecoveryMinutes.map { String(format: "%.1f min after the crash", $0) } ?? "not within the run")
    }

    /// The settings as a line of the text summary, or nothing without any.
    private var settingsText: String {
        guard !settings.isEmpty else { return "" }
        return "\nsettings            "
            + settings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            .joined(separator: " ")
    }

    /// The summary as people read it.
    public var text: String {
        func usd(_ value: Double) -> String { String(format: "%.2f", value) }
        return """
            scenario            \(scenario) (seed \(seed))\(settingsText)
            liquidation style   \(liquidationStyle)
            simulated           \(simulatedDuration) in \(String(format: "%.2f", wallSeconds)) s wall
            commands            \(commands) (\(Int(commandsPerSec)) per second), \(events) events
            trades              \(trades), volume \(usd(volume)) USDC
            liquidations        \(liquidations.count) (\(liquidations.longCount) long, \(liquidations.shortCount) short), \
            notional \(usd(liquidations.notional)) (long \(usd(liquidations.longNotional)), short \(usd(liquidations.shortNotional)))
            insurance fund      start \(usd(insuranceFund.start)), minimum \(usd(insuranceFund.minimum)), end \(usd(insuranceFund.end))
            fund payments       paid \(usd(insuranceFund.paid)), received \(usd(insuranceFund.received)), \
            drawdown \(usd(insuranceFund.drawdown)), takeovers \(insuranceFund.takeovers)
            backstop takeovers  \(backstopTakeovers); \(backstop.text)
            auto-deleveraging   \(adl.count), notional \(usd(adl.notional))
            margin model        \(margin.text)
            options             \(options.trades) trades, premium \(usd(options.premium)) USDC, \(options.expired) expired, \
            \(options.settlements) positions settled, dealers' largest net delta \(usd(options.largestDealerDelta)) USD
            bad debt            \(usd(badDebt))\(lending.map { "\nlending             " + $0.text } ?? "")
            largest drawdown    \(String(format: "%.2f", largestDrawdown * 100))%
            open interest       \(usd(openInterest)) USDC
            book one-sided      at most \(Int(longestOneSidedSeconds)) s in a row\(longestOneSidedSeconds > 0 ? " (from \(longestOneSidedFrom))" : "")\(recoveryText)
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

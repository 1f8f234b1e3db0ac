import ArgumentParser
import CascadeCore

/// `cascade calc auction`: a Dutch auction's price, reset state and a take at one moment.
struct CalcAuctionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "auction",
        abstract: "A liquidation auction's price and a take at one moment (Maker's Liquidation 2.0).",
        discussion: """
            The auction sells --lot of collateral to raise --tab of debt, starting at --feed × --buf and \
            falling along --curve: stairstep (--cut every --step seconds), linear (to zero in --tau \
            seconds) or exponential (--cut every second). After --tail seconds (8400 by default) or \
            below --cusp × the start price (0.40 by default) it needs a reset. --take buys up to that \
            much collateral at the price then; a take must leave at least --dust × --chop of tab \
            (none by default). Debts to 6 decimals, collateral to 12; rates as fractions or percentages.
            """
    )

    enum Curve: String, ExpressibleByArgument, CaseIterable { case stairstep, linear, exponential }

    @Option(parsing: .unconditional, help: "Debt to raise, penalty included.") var tab: String
    @Option(parsing: .unconditional, help: "Collateral for sale.") var lot: String
    @Option(parsing: .unconditional, help: "Oracle price, debt per collateral unit.") var feed: String
    @Option(parsing: .unconditional, help: "Start price ÷ feed, e.g. 1.2.") var buf: String
    @Option(help: "stairstep, linear or exponential.") var curve: Curve
    @Option(parsing: .unconditional, help: "Price factor per step (stairstep) or per second (exponential).")
    var cut: String?
    @Option(parsing: .unconditional, help: "Seconds per step (stairstep).") var step: String?
    @Option(parsing: .unconditional, help: "Seconds to reach zero (linear).") var tau: String?
    @Option(parsing: .unconditional, help: "Seconds after which a reset is needed; 8400 when omitted.") var tail:
        String?
    @Option(parsing: .unconditional, help: "Price ÷ start price below which a reset is needed; 0.40 when omitted.")
    var cusp: String?
    @Option(parsing: .unconditional, help: "Liquidation penalty factor for the minimum tab left, e.g. 1.13.") var chop:
        String?
    @Option(parsing: .unconditional, help: "Smallest debt: a take must leave at least dust × chop of tab.") var dust:
        String?
    @Option(parsing: .unconditional, help: "Whole seconds since the auction started.") var at: String
    @Option(parsing: .unconditional, help: "Collateral to buy at that moment.") var take: String?
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        var flags = AuctionCalculationFlags(tab: tab, lot: lot, feed: feed, buf: buf, curve: curve.rawValue, at: at)
        (flags.cut, flags.step, flags.tau, flags.tail, flags.cusp) = (cut, step, tau, tail, cusp)
        (flags.chop, flags.dust, flags.take) = (chop, dust, take)
        let result: AuctionCalculationResult
        do {
            result = try AuctionCalculation(flags).result()
        } catch {
            StandardStreams.writeError("Error: \(error)\n")
            throw ExitCode.validationFailure
        }
        StandardStreams.writeOutput(json ? LendingReport.json(result) + "\n" : LendingReport.text(result))
    }
}

import ArgumentParser
import CascadeCore

/// `cascade calc`: the exchange's arithmetic as calculators.
struct CalcCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calc",
        abstract: "Run the exchange's margin, option, lending and collateral arithmetic on numbers you give.",
        subcommands: [
            CalcMarginCommand.self, CalcOptionCommand.self, CalcPortfolioCommand.self, CalcAuctionCommand.self,
            CalcHealthCommand.self, CalcCollateralCommand.self,
        ]
    )
}

/// `cascade calc margin`: one position's risk figures, by the engine's own `PositionRisk`.
struct CalcMarginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "margin",
        abstract: "Margin, liquidation and bankruptcy prices of one position, with the arithmetic.",
        discussion: """
            Sizes are base units for linear contracts and USD contracts for inverse ones. Amounts are in
            the margin currency (USDC for linear, BTC for inverse). Rates are fractions (0.004) or
            percentages (0.4%). Without --mmr or --tiers the tiers of BTC-PERP (linear) or BTC-USD-INV
            (inverse) apply. --tiers reads a CSV with the header
            \(MarginTierTable.csvHeader).
            """
    )

    enum PositionSide: String, ExpressibleByArgument, CaseIterable { case long, short }
    enum Contract: String, ExpressibleByArgument, CaseIterable { case linear, inverse }
    enum Mode: String, ExpressibleByArgument, CaseIterable { case isolated, cross }

    @Option(help: "long or short.") var side: PositionSide
    @Option(parsing: .unconditional, help: "Average entry price.") var entry: String
    @Option(parsing: .unconditional, help: "Position size (base units, or USD contracts for inverse).") var size: String
    @Option(parsing: .unconditional, help: "Leverage, a whole number from 1.") var leverage: Int
    @Option(help: "linear or inverse.") var contract: Contract = .linear
    @Option(help: "isolated or cross.") var mode: Mode = .isolated
    @Option(
        parsing: .unconditional,
        help: "Isolated margin (isolated) or wallet balance (cross); the initial margin when omitted.")
    var wallet: String?
    @Option(parsing: .unconditional, help: "Mark price; the entry price when omitted.") var mark: String?
    @Option(parsing: .unconditional, help: "A flat maintenance-margin rate instead of tiers.") var mmr: String?
    @Option(parsing: .unconditional, help: "Maintenance amount (cum) deducted with --mmr.") var mmAmount: String?
    @Option(help: "A CSV file of maintenance-margin tiers.") var tiers: String?
    @Option(parsing: .unconditional, help: "Cross only: maintenance margin of the other cross positions.") var otherMm:
        String?
    @Option(parsing: .unconditional, help: "Cross only: unrealised PnL of the other cross positions (may be negative).")
    var otherUpnl: String?
    @Option(parsing: .unconditional, help: "Fee rate for closing at the liquidation price.") var feeRate: String?
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        var flags = MarginCalculationFlags(long: side == .long, entry: entry, size: size, leverage: leverage)
        flags.inverse = contract == .inverse
        flags.cross = mode == .cross
        flags.wallet = wallet
        flags.mark = mark
        flags.mmr = mmr
        flags.mmAmount = mmAmount
        flags.otherMm = otherMm
        flags.otherUpnl = otherUpnl
        flags.feeRate = feeRate
        let risk: PositionRisk
        do {
            if let tiers { flags.tiers = (tiers, try StandardStreams.readText(tiers)) }
            risk = try MarginCalculation(flags).risk()
        } catch {
            // A value that reads badly is a usage error of this command, not of `cascade` as a whole.
            StandardStreams.writeError("Error: \(error is InputFileError ? "--tiers " : "")\(error)\n")
            throw ExitCode.validationFailure
        }
        StandardStreams.writeOutput(json ? MarginReport.json(risk) + "\n" : MarginReport.text(risk))
    }
}

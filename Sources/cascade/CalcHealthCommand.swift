import ArgumentParser
import CascadeCore

/// `cascade calc health`: a loan's health factor and Aave v3's fixed-bonus liquidation of it.
struct CalcHealthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health",
        abstract: "A loan's health factor and the fixed-bonus liquidation it allows (Aave v3).",
        discussion: """
            Health factor = collateral × price × threshold ÷ debt; below 1 a liquidator may repay half \
            the debt (all of it at or below 0.95) and take its value in collateral times --bonus, of \
            whose bonus part the protocol keeps --protocol-fee. Debts to 6 decimals, collateral to 12.
            """
    )

    @Option(parsing: .unconditional, help: "Collateral held.") var collateral: String
    @Option(parsing: .unconditional, help: "Price, debt per collateral unit.") var price: String
    @Option(parsing: .unconditional, help: "Liquidation threshold, e.g. 0.825 or 82.5%.") var threshold: String
    @Option(parsing: .unconditional, help: "Debt owed.") var debt: String
    @Option(parsing: .unconditional, help: "Seized value ÷ repaid debt; 1.05 when omitted.") var bonus: String?
    @Option(parsing: .unconditional, help: "The protocol's share of the bonus; 0.1 when omitted.") var protocolFee:
        String?
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        var flags = HealthCalculationFlags(collateral: collateral, price: price, threshold: threshold, debt: debt)
        (flags.bonus, flags.protocolFee) = (bonus, protocolFee)
        let result: (plan: FixedBonusPlan, rules: FixedBonusRules)
        do {
            result = try HealthCalculation(flags).result()
        } catch {
            StandardStreams.writeError("Error: \(error)\n")
            throw ExitCode.validationFailure
        }
        StandardStreams.writeOutput(
            json
                ? LendingReport.json(result.plan) + "\n"
                : LendingReport.text(result.plan, rules: result.rules, flags: flags))
    }
}

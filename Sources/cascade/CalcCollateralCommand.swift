import ArgumentParser
import CascadeCore

/// `cascade calc collateral`: what a holding counts for as margin under a collateral value ratio
/// tiered by quantity (Bybit's unified account).
struct CalcCollateralCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collateral",
        abstract: "The collateral value of a holding under ratios tiered by quantity (Bybit's method).",
        discussion: """
            Each slice of the holding counts at its own tier's ratio: value = Σ amount in tier × price \
            × ratio, each slice rounded down to a micro-dollar. Tiers are FROM-TO:RATIO separated by \
            commas, starting at 0, each starting where the one before ends, ratios (0.98 or 98%) never \
            rising, and the last open-ended: FROM+:RATIO.
            """
    )

    @Option(help: "BTC, ETH or USDC.") var asset: String
    @Option(parsing: .unconditional, help: "How much of it is held.") var amount: String
    @Option(parsing: .unconditional, help: "Its index price in USD.") var price: String
    @Option(parsing: .unconditional, help: "Bands and ratios, e.g. \"0-10:0.98,10-20:0.95,20+:0.9\".") var tiers: String
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        let flags = CollateralCalculationFlags(asset: asset, amount: amount, price: price, tiers: tiers)
        let result: CollateralCalculation.Result
        do {
            result = try CollateralCalculation(flags).result()
        } catch {
            StandardStreams.writeError("Error: \(error)\n")
            throw ExitCode.validationFailure
        }
        StandardStreams.writeOutput(json ? CollateralReport.json(result) + "\n" : CollateralReport.text(result))
    }
}

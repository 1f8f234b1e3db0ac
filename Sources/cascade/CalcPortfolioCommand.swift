import ArgumentParser
import CascadeCore

/// `cascade calc portfolio`: scenario-based portfolio margin of options and perps on one underlying.
struct CalcPortfolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio",
        abstract: "Portfolio margin of options and perps on one underlying, scenario by scenario.",
        discussion: """
            FILE is TOML with one [[position]] table per position: kind = "option" or "perp", size \
            (signed coins, negative is short), and for options type = "call" or "put", strike, days (to \
            expiry, 365 to a year) and iv (0.6 is 60%). An optional [parameters] table may set \
            spot_shocks, vol_up, vol_down, net_delta_rate, hedged_delta_rate and maintenance_fraction; \
            otherwise Paradex's published table applies. Options are valued by Black–Scholes at rate 0 \
            with their own time to expiry in every scenario.
            """
    )

    @Argument(help: "A TOML file of positions.") var file: String
    @Option(parsing: .unconditional, help: "Spot price of the underlying.") var spot: String
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        let calculation: PortfolioCalculation
        let margin: PortfolioMargin
        do {
            calculation = try PortfolioFile.parse(try StandardStreams.readText(file), file: file).calculation
            margin = try calculation.margin(spot: spot)
        } catch {
            StandardStreams.writeError("Error: \(error)\n")
            throw ExitCode.validationFailure
        }
        StandardStreams.writeOutput(
            json
                ? PortfolioReport.json(margin) + "\n"
                : PortfolioReport.text(margin, positions: calculation.positions.count, model: calculation.model))
    }
}

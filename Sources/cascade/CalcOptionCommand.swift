import ArgumentParser
import CascadeCore

/// `cascade calc option`: Black–Scholes price and Greeks of one European option, or its implied volatility.
struct CalcOptionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "option",
        abstract: "Black–Scholes price and Greeks of a European option, or the volatility implied by a price.",
        discussion: """
            Give the time to expiry as --days (of a 365-day year) or --years, and either --vol to price \
            the option or --price to solve for its implied volatility. Volatility and rate are fractions \
            (0.6) or percentages (60%); the rate is continuously compounded, no dividends. Vega is per \
            1.00 of volatility, theta per year (and per day, ÷365), rho per 1.00 of rate.
            """
    )

    enum Right: String, ExpressibleByArgument, CaseIterable { case call, put }

    @Option(help: "call or put.") var type: Right
    @Option(parsing: .unconditional, help: "Spot price of the underlying.") var spot: String
    @Option(parsing: .unconditional, help: "Strike price.") var strike: String
    @Option(parsing: .unconditional, help: "Days to expiry (365 to a year).") var days: String?
    @Option(parsing: .unconditional, help: "Years to expiry.") var years: String?
    @Option(parsing: .unconditional, help: "Volatility, e.g. 0.6 or 60%.") var vol: String?
    @Option(parsing: .unconditional, help: "Option price: solve for the implied volatility instead.") var price: String?
    @Option(parsing: .unconditional, help: "Risk-free rate, e.g. 0.05 or 5%; 0 when omitted.") var rate: String?
    @Flag(help: "Print one JSON object.") var json = false

    func run() throws {
        let flags = OptionCalculationFlags(
            right: type == .call ? .call : .put, spot: spot, strike: strike, days: days, years: years, volatility: vol,
            price: price, rate: rate)
        let result: OptionCalculationResult
        do {
            result = try OptionCalculation(flags).result()
        } catch {
            StandardStreams.writeError("Error: \(error)\n")
            throw ExitCode.validationFailure
        }
        StandardStreams.writeOutput(json ? OptionReport.json(result) + "\n" : OptionReport.text(result))
    }
}

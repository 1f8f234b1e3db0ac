import CascadeCore
import TOMLInput
import TOMLKit

/// A portfolio file of `cascade calc portfolio` read into positions and a margin model, refusing any
/// key, kind or value it cannot use with the file and line, so a typo never becomes a default.
///
/// ```toml
/// [[position]]          # one per position, all on one underlying
/// kind = "option"       # or "perp"
/// type = "call"         # call | put (options only)
/// strike = 60000        # options only, above 0
/// days = 30             # options only: days to expiry, 0.001 to 36500
/// size = -1             # signed, in coins: negative is short
/// iv = 0.60             # options only: implied volatility, 0.001 to 10
///
/// [parameters]          # optional; every key optional, Paradex's value when left out
/// spot_shocks = [-0.16, -0.12, -0.08, -0.04, 0, 0.04, 0.08, 0.12, 0.16]  # core moves, each above −1
/// vol_up = 0.40         # shock of every core move and of the extended moves, 0 to 10
/// vol_down = -0.22      # shock of the core moves but the largest, −0.35 to 0
/// net_delta_rate = 0.02
/// hedged_delta_rate = 0.01
/// maintenance_fraction = 0.5
/// ```
/// `vol_down` stops at −0.35 because a 1-day option's shock is scaled by 30^0.3 ≈ 2.77: any larger
/// cut would take its volatility below zero. `days` and `iv` stop at 0.001 so that σ√T never rounds
/// to 0 (an at-the-money price would be 0 ÷ 0). The extended moves and their weights are Paradex's.
struct PortfolioFile {
    var calculation: PortfolioCalculation

    /// Reads `text`; `file` names it in errors.
    static func parse(_ text: String, file: String) throws(FileLineError) -> PortfolioFile {
        let root: TOMLTable
        do throws(TOMLInput.Problem) {
            root = try TOMLInput.table(text)
        } catch {
            throw FileLineError(file: file, line: error.line, message: error.message)
        }
        let lines = PortfolioFileLines(file: file, text: text)
        let top = PortfolioFileTable(table: root, lines: lines, header: nil)
        try top.expectOnly(["position", "parameters"])
        guard let array = root["position"]?.array, !array.isEmpty else {
            throw top.error(
                root["position"] == nil
                    ? "the file holds no [[position]] table" : "'position' must be written as [[position]] tables",
                key: "position")
        }
        var positions: [PortfolioPosition] = []
        for (occurrence, element) in array.enumerated() {
            let header = lines.header("[[position]]", occurrence: occurrence)
            guard let table = element.table else {
                throw top.error("each 'position' must be a table", key: "position")
            }
            positions.append(try position(PortfolioFileTable(table: table, lines: lines, header: header)))
        }
        var model = PortfolioMarginModel.paradex
        if let value = root["parameters"] {
            guard let table = value.table else { throw top.error("'parameters' must be a table", key: "parameters") }
            model = try parameters(
                PortfolioFileTable(table: table, lines: lines, header: lines.header("[parameters]", occurrence: 0)))
        }
        return PortfolioFile(calculation: PortfolioCalculation(positions: positions, model: model))
    }

    private static func position(_ table: PortfolioFileTable) throws(FileLineError) -> PortfolioPosition {
        guard let kind = try table.string("kind") else {
            throw table.error("a position needs a 'kind' (option or perp)")
        }
        switch kind {
        case "perp":
            try table.expectOnly(["kind", "size"], because: "a perp has only a 'size'")
            return .perpetual(size: try table.size())
        case "option":
            try table.expectOnly(["kind", "type", "strike", "days", "size", "iv"])
            let right: OptionRight
            switch try table.string("type") {
            case "call": right = .call
            case "put": right = .put
            case nil: throw table.error("an option needs a 'type' (call or put)")
            case let other?:
                throw table.error("unknown type '\(other)' (call or put)", key: "type")
            }
            guard let strike = try table.number("strike", in: 0...1e15, range: "above 0 and at most 1e15") else {
                throw table.error("an option needs a 'strike'")
            }
            guard
                let days = try table.number("days", in: 0.001...36_500, range: "from 0.001 to 36500", openBelow: false)
            else {
                throw table.error("an option needs 'days' to expiry")
            }
            guard let volatility = try table.number("iv", in: 0.001...10, range: "from 0.001 to 10", openBelow: false)
            else {
                throw table.error("an option needs an 'iv' (0.6 is 60%)")
            }
            return .option(right, strike: strike, days: days, volatility: volatility, size: try table.size())
        default:
            throw table.error("unknown kind '\(kind)' (option or perp)", key: "kind")
        }
    }

    private static func parameters(_ table: PortfolioFileTable) throws(FileLineError) -> PortfolioMarginModel {
        try table.expectOnly([
            "spot_shocks", "vol_up", "vol_down", "net_delta_rate", "hedged_delta_rate", "maintenance_fraction",
        ])
        let defaults = PortfolioMarginModel.paradex
        let spotShocks = try table.numbers("spot_shocks", in: -1...10, range: "above -1 and at most 10")
        let volUp = try table.number("vol_up", in: 0...10, range: "from 0 to 10", openBelow: false)
        let volDown = try table.number("vol_down", in: -0.35...0, range: "from -0.35 to 0", openBelow: false)
        var model = PortfolioMarginModel(
            scenarios: PortfolioMarginModel.scenarioTable(
                spotShocks: spotShocks ?? PortfolioMarginModel.paradexSpotShocks,
                volUp: volUp ?? PortfolioMarginModel.paradexVolUp,
                volDown: volDown ?? PortfolioMarginModel.paradexVolDown))
        model.netDeltaRate =
            try table.number("net_delta_rate", in: 0...1, range: "from 0 to 1", openBelow: false)
            ?? defaults.netDeltaRate
        model.hedgedDeltaRate =
            try table.number("hedged_delta_rate", in: 0...1, range: "from 0 to 1", openBelow: false)
            ?? defaults.hedgedDeltaRate
        model.maintenanceFraction =
            try table.number("maintenance_fraction", in: 0...1, range: "from 0 to 1", openBelow: false)
            ?? defaults.maintenanceFraction
        return model
    }
}

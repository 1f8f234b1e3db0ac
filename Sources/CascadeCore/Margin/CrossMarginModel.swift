/// How an account's cross margin in one settlement asset is required.
public enum CrossMarginModel: UInt8, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    /// Position by position: each perpetual by its tiers and leverage, each short option by the
    /// standard option margin, each open order on top.
    case standard
    /// By the risk of the whole portfolio, per underlying: the worst weighted loss over a table of
    /// spot and volatility scenarios (`PortfolioMarginModel`), as Deribit's and Paradex's portfolio
    /// margin. Leverage settings do not apply; isolated positions stay outside it.
    case portfolio

    /// `"standard"` or `"portfolio"`, as panels, logs and the command line name the model.
    public var description: String { self == .standard ? "standard" : "portfolio" }

    /// The model called `name` (`"portfolio"`, `"standard"`, any case; `"pm"` for portfolio).
    public init?(named name: String) {
        switch name.lowercased() {
        case "standard": self = .standard
        case "portfolio", "pm": self = .portfolio
        default: return nil
        }
    }
}

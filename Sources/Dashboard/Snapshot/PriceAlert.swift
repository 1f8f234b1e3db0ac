import CascadeCore

/// A price alert of the user's (`:alert BTC-PERP > 66000`): it fires once, on the first trade of
/// its instrument at or beyond its price, with a banner and a log line, and is then gone. Checked on
/// the engine thread against every trade, so a spike between two frames still fires it.
public struct PriceAlert: Sendable, Hashable {
    /// Numbered from 1 for the session, so `:alert clear 2` can name one.
    var id: Int
    var instrument: InstrumentID
    /// Fires at or above `price` when true, at or below it when false.
    var above: Bool
    var price: Price

    /// Whether a trade at `traded` fires it.
    func isMet(by traded: Price) -> Bool { above ? traded >= price : traded <= price }

    /// `#1 BTC-PERP > 66000.0`, in `instrument`'s prices.
    func text(_ instrument: Instrument) -> String {
        "#\(id) \(instrument.symbol) \(above ? ">" : "<") \(instrument.format(price))"
    }
}

import CascadeCore

/// A live option's id and terms: what the command line finds an option by (`:buy 1 BTC-7DEC26-65000-C`).
public struct ListedOption: Sendable {
    /// The option's id.
    public var id: InstrumentID
    /// Its terms, symbol, tick and lot.
    public var instrument: Instrument

    /// Every live option of `exchange`, by underlying, expiry and strike, calls before puts.
    /// - Complexity: O(live options), about 400; read again only when the listing changes.
    static func all(on exchange: Exchange) -> [ListedOption] {
        (0..<exchange.perpetualCount).flatMap { underlying in
            exchange.optionExpiries(on: InstrumentID(index: underlying)).flatMap(\.strikes).flatMap { strike in
                [strike.call, strike.put].map { ListedOption(id: $0, instrument: exchange.instrument($0)) }
            }
        }
    }
}

/// Which way a European option pays at expiry: a call pays max(S − K, 0), a put max(K − S, 0).
public enum OptionRight: UInt8, Sendable, Hashable, CaseIterable {
    /// The right to buy the underlying at the strike.
    case call
    /// The right to sell the underlying at the strike.
    case put

    /// `"C"` or `"P"`, the last field of a Deribit-style name such as `BTC-27DEC26-70000-C`.
    public var letter: Character { self == .call ? "C" : "P" }
}

import CascadeCore

/// The kinds of actors in the world; the scheduler names who wakes by kind and index.
enum AgentKind: UInt8, Sendable, Hashable, CaseIterable {
    /// The world's own heartbeat: the fundamental steps, venues quote, the oracle updates.
    case clock
    case marketMaker, noiseTrader, momentumTrader, valueTrader, retailTrader, whale, arbitrageur
    case optionDealer, optionBuyer, optionWriter
    case lendingSupplier, borrower, keeper
    /// The backstop vault working off its inventory (`BackstopHedging`), last so no other kind's
    /// seeds move.
    case backstopHedger
}

/// A simulated trader: one account, one market, one random stream of its own.
protocol Agent: Sendable {
    var account: AccountID { get }
    var market: InstrumentID { get }
    /// Commands that open its account: deposit, leverage, margin mode.
    func setup(_ place: Marketplace) -> [Command]
    /// Acts at `place.now`; returns how long until it wants to act again, in milliseconds.
    mutating func wake(_ place: inout Marketplace) -> SimTime
}

extension Agent {
    /// Opening commands shared by all: money in, then leverage and mode for its market.
    func standardSetup(_ place: Marketplace, dollars: Double, leverage: Int, mode: MarginMode = .cross) -> [Command] {
        let id = place.markets[market].id
        let asset = place.markets[market].instrument.settlementAsset
        return [
            .deposit(account, asset, Money(units: Int64(dollars) * asset.unitsPerWhole)),
            .setMarginMode(account, id, mode),
            .setLeverage(account, id, leverage),
        ]
    }
}

extension SimTime {
    /// A delay of `seconds`, at least 100 ms, on the world's 100 ms grid.
    static func delay(seconds: Double) -> SimTime {
        Swift.max(100, SimTime((seconds * 10).rounded(.up)) * 100)
    }
}

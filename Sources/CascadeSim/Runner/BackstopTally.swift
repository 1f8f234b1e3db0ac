import CascadeCore

/// The backstop vault's inventory over a run: how large it grew, when it was first given a
/// position and when it was last flat again, for the summary's `backstop` figures.
/// - Complexity: O(perpetuals) per takeover or vault fill; nothing for other events.
struct BackstopTally {
    /// The vault's inventory at the mark, Σ |size| × mark over the perpetuals, in USD.
    private(set) var inventory = 0.0
    private(set) var peakInventory = 0.0
    /// When the vault first took a position over; nil if it never did.
    private(set) var firstTakeover: SimTime?
    /// When its inventory last came back to zero after a takeover; nil while it holds some.
    private(set) var flatSince: SimTime?

    /// Follows `event` when it changes the vault's positions.
    mutating func note(_ event: Event, _ place: Marketplace) {
        let vault = place.exchange.configuration.liquidation.backstopAccount
        switch event {
        case .liquidation(.backstopTakeover):
            if firstTakeover == nil { firstTakeover = place.now }
        case .fill(let fill) where fill.account == vault:
            break
        default:
            return
        }
        inventory = place.markets.indices.reduce(0) { total, market in
            let simulated = place.markets[market]
            let size = place.position(vault, market).size
            return total + Double(abs(size)) * simulated.lotSize * simulated.observer.price
        }
        peakInventory = max(peakInventory, inventory)
        flatSince = inventory == 0 && firstTakeover != nil ? (flatSince ?? place.now) : nil
    }
}

import CascadeCore

/// What agents act on: the exchange, the simulated markets around it and the clock.
///
/// Agents change the exchange only through `submit`, with the same commands a human sends; the
/// events each command produces collect in `events` until the world hands them on.
public struct Marketplace: Sendable {
    /// The exchange; changed only through `submit`.
    public internal(set) var exchange: Exchange
    /// The simulated markets, indexed like the exchange's instruments.
    public internal(set) var markets: DenseArray<InstrumentID, SimulatedMarket>
    /// Current simulated time in milliseconds, advanced by the world before each wake.
    public internal(set) var now: SimTime = 0
    /// Commands applied since the start: agents' and the user's, oracle updates and clock advances.
    public internal(set) var commandCount = 0
    /// Agents' orders are numbered in the order they are sent, whoever sends them.
    private var lastClientOrderID: Int64 = 0
    /// Events since the world last drained them, in order.
    public internal(set) var events: [Event] = []

    init(exchange: Exchange, markets: DenseArray<InstrumentID, SimulatedMarket>) {
        self.exchange = exchange
        self.markets = markets
        events.reserveCapacity(4_096)
    }

    mutating func submit(_ command: Command) {
        exchange.apply(command, events: &events)
        commandCount += 1
    }

    /// Places an order of `account` with `terms`, stamped with the next client order id; returns its
    /// id while it rests or waits (a stop), `nil` if it traded out, expired or was refused. The id is
    /// known before the order is sent (`Exchange.upcomingOrderID`): no event is searched for it.
    @discardableResult
    mutating func place(_ account: AccountID, in instrument: InstrumentID, _ terms: OrderTerms) -> OrderID? {
        let id = exchange.upcomingOrderID
        lastClientOrderID += 1
        let client = ClientOrderID(lastClientOrderID)
        submit(.place(NewOrder(account: account, instrument: instrument, clientOrderID: client, terms: terms)))
        return exchange.isOpen(id) ? id : nil
    }

    /// A market (immediate-or-cancel, capped at the price band) order of `lots`.
    mutating func trade(
        _ account: AccountID, _ market: InstrumentID, _ side: Side, lots: Int64, reduceOnly: Bool = false
    ) {
        guard lots > 0 else { return }
        place(account, in: markets[market].id, .market(side, Quantity(lots: lots), reduceOnly: reduceOnly))
    }

    /// Closes the account's whole position in `market` with a reduce-only market order.
    mutating func close(_ account: AccountID, _ market: InstrumentID) {
        guard let terms = OrderTerms.closing(positionOf: position(account, market).size) else { return }
        place(account, in: markets[market].id, terms)
    }

    /// The account's position in `market` (flat when it has none).
    public func position(_ account: AccountID, _ market: InstrumentID) -> Position {
        exchange.position(of: account, in: markets[market].id)
    }

    /// Margin free for new orders in `market`'s settlement asset, in USD.
    public func available(_ account: AccountID, _ market: InstrumentID) -> Double {
        let asset = exchange.assets.firstIndex(of: markets[market].instrument.settlementAsset) ?? .primary
        let available = exchange.crossMargin(of: account, asset: asset).available
        return Double(available.units) / Double(exchange.assets[asset].unitsPerWhole)
    }

    /// The best bid and ask in USD, when both sides have orders.
    public func touch(_ market: InstrumentID) -> (bid: Double, ask: Double)? {
        let touch = exchange.touch(markets[market].id)
        guard let bid = touch.bid, let ask = touch.ask else { return nil }
        return (markets[market].usd(bid), markets[market].usd(ask))
    }

    /// The index price in USD, falling back to the fundamental when the oracle has none.
    public func index(_ market: InstrumentID) -> Double {
        exchange.index(markets[market].id)?.price.map(markets[market].usd) ?? markets[market].fundamental.price
    }
}

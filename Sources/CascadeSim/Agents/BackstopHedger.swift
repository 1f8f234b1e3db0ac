import CascadeCore

/// The backstop vault's trader in one market: works the position the vault took over down to flat
/// by its `BackstopHedging` policy, one immediate-or-cancel slice per interval, reduce-only, priced
/// no further than the impact limit from the mid. Exists only for policies other than `hold`.
struct BackstopHedger: Agent {
    /// The backstop vault's account.
    let account: AccountID
    let market: InstrumentID
    let hedging: BackstopHedging
    /// When the current inventory must be flat (`twap`); set when the inventory grows.
    private var deadline: SimTime = 0
    /// The position at the last wake, to see a new takeover.
    private var lastSize: Int64 = 0

    init(account: AccountID, market: InstrumentID, hedging: BackstopHedging) {
        self.account = account
        self.market = market
        self.hedging = hedging
    }

    /// The vault's capital is the exchange's to deposit: nothing to open.
    func setup(_ place: Marketplace) -> [Command] { [] }

    mutating func wake(_ place: inout Marketplace) -> SimTime {
        let size = place.position(account, market).size
        defer { lastSize = place.position(account, market).size }
        guard size != 0 else { return hedging.interval }
        if abs(size) > abs(lastSize) || (size > 0) != (lastSize > 0) { deadline = place.now + hedging.horizon }
        let slice: Int64
        switch hedging.policy {
        case .hold: return hedging.interval  // never built for `hold`; a wake that trades nothing
        case .aggressive: slice = abs(size)
        case .twap:
            let intervalsLeft = max(1, (deadline - place.now) / hedging.interval)
            slice = (abs(size) + intervalsLeft - 1) / intervalsLeft
        }
        guard let touch = place.touch(market) else { return hedging.interval }
        let simulated = place.markets[market]
        let mid = (touch.bid + touch.ask) / 2
        let selling = size > 0
        let limit = simulated.ticks(mid * (selling ? 1 - hedging.maxImpact : 1 + hedging.maxImpact))
        place.place(
            account, in: simulated.id,
            .limit(
                selling ? .sell : .buy, Quantity(lots: slice), at: Price(ticks: limit), .immediateOrCancel,
                reduceOnly: true))
        return hedging.interval
    }
}

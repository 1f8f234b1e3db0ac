/// A trader's money and positions.
///
/// Wallets are one per settlement asset (USDC, BTC); shaped as a list so that further collateral
/// assets (with haircuts) can join. Cross margin is per settlement asset: a BTC-margined cross
/// position is backed by the BTC wallet only.
public struct Account: Sendable, Hashable {
    /// Balance of each asset.
    public var wallets: DenseArray<AssetID, Money>
    /// Position in each instrument: every perpetual, and the options the account has traded.
    public var positions: PositionBook
    /// Open orders (resting or pending stops), oldest first: ascending ids, as the exchange issues them.
    public var openOrders: [OrderID] = []
    /// The open orders summed per instrument and side, kept by the exchange as orders change.
    var orderExposures: OrderExposures
    /// How cross margin is required in each settlement asset; standard until the account switches.
    public internal(set) var crossMarginModels: DenseArray<AssetID, CrossMarginModel>
    /// While in portfolio mode: the index range per underlying within which the account cannot
    /// breach maintenance, and when it must be evaluated again regardless (see `PortfolioWatch`).
    var portfolioWatch: PortfolioWatch?
    /// How many of `openOrders` are reduce-only: with none, a fill need not walk them.
    var reduceOnlyOrders = 0
    /// How many of the account's orders have stopped being open other than by its own cancel
    /// commands: filled in full, expired, or cancelled by liquidation, expiry settlement or
    /// self-trade prevention. While it stays the same, every order the account saw open is still
    /// open unless it cancelled it itself, so an agent need not look each one up.
    public internal(set) var ordersClosedByOthers = 0

    init(assets: Int, perpetuals: Int, defaultLeverage: Int) {
        wallets = DenseArray(repeating: .zero, count: assets)
        positions = PositionBook(perpetuals: perpetuals, leverage: defaultLeverage)
        orderExposures = OrderExposures(perpetuals: perpetuals)
        crossMarginModels = DenseArray(repeating: .standard, count: assets)
    }

    /// Whether the account holds nothing now: no money, no position, no order.
    public var isEmpty: Bool {
        wallets.allSatisfy { $0 == .zero } && positions.isFlat && openOrders.isEmpty
    }
}

extension Instrument {
    /// Every instrument the exchange lists, in display order.
    public static let catalog: [Instrument] = [.btcPerp, .ethPerp, .btcUsdInverse]

    /// The instrument called `symbol`, if listed.
    public static func named(_ symbol: String) -> Instrument? { catalog.first { $0.symbol == symbol } }

    /// BTC-PERP: linear, USDC-margined; tick 0.1 USD, lot 0.001 BTC; maker 0.02%, taker 0.05%.
    ///
    /// Tiers: Binance BTCUSDT leverage brackets (2021 snapshot, recomputed cum; see
    /// shared/reference/exchange-mechanics.md §3.2 and gist highfestiva/b71e76f51eed84d56c1be8ebbcc286b5).
    public static let btcPerp = Instrument(
        symbol: "BTC-PERP", kind: .linear, settlementAsset: .usdc,
        tickSize: DecimalStep(units: 1, scale: 1)!, lotSize: DecimalStep(units: 1, scale: 3)!,
        makerFee: Rate(units: 20_000), takerFee: Rate(units: 50_000),
        tiers: usdcTiers([
            (0, 50_000, 400_000, 125), (50_000, 250_000, 500_000, 100), (250_000, 1_000_000, 1_000_000, 50),
            (1_000_000, 10_000_000, 2_500_000, 20), (10_000_000, 20_000_000, 5_000_000, 10),
            (20_000_000, 50_000_000, 10_000_000, 5), (50_000_000, 100_000_000, 12_500_000, 4),
            (100_000_000, 200_000_000, 15_000_000, 3), (200_000_000, 300_000_000, 25_000_000, 2),
            (300_000_000, 500_000_000, 50_000_000, 1),
        ]))

    /// ETH-PERP: linear, USDC-margined; tick 0.01 USD, lot 0.01 ETH; maker 0.02%, taker 0.05%.
    ///
    /// Tiers: Binance ETHUSDT leverage brackets (2021; the 2M–5M bracket's 10% and cum 135,365 appear in
    /// Binance's cross-margin liquidation FAQ example, shared/reference/exchange-mechanics.md §3.2).
    static let ethPerp = Instrument(
        symbol: "ETH-PERP", kind: .linear, settlementAsset: .usdc,
        tickSize: DecimalStep(units: 1, scale: 2)!, lotSize: DecimalStep(units: 1, scale: 2)!,
        makerFee: Rate(units: 20_000), takerFee: Rate(units: 50_000),
        tiers: usdcTiers([
            (0, 10_000, 500_000, 100), (10_000, 100_000, 650_000, 75), (100_000, 500_000, 1_000_000, 50),
            (500_000, 1_000_000, 2_000_000, 25), (1_000_000, 2_000_000, 5_000_000, 10),
            (2_000_000, 5_000_000, 10_000_000, 5), (5_000_000, 10_000_000, 12_500_000, 4),
            (10_000_000, 20_000_000, 15_000_000, 3), (20_000_000, 50_000_000, 25_000_000, 2),
            (50_000_000, 500_000_000, 50_000_000, 1),
        ]))

    /// BTC-USD-INV: inverse, BTC-margined, BitMEX XBTUSD style; 1 contract = 1 USD, tick 0.5 USD;
    /// maker −0.025% (a rebate), taker 0.075%.
    ///
    /// Tiers: BitMEX XBTUSD risk limits (base limit 200 XBT, +100 XBT a step, maintenance 0.35% +0.5% and
    /// initial 1% +0.5% a step; bitmex.com/app/riskLimits). BitMEX charges the step's rate on the whole
    /// position; here each step carries the cumulative deduction instead, so margin stays continuous.
    static let btcUsdInverse = Instrument(
        symbol: "BTC-USD-INV", kind: .inverse, settlementAsset: .btc,
        tickSize: DecimalStep(units: 5, scale: 1)!, lotSize: DecimalStep(units: 1, scale: 0)!,
        makerFee: Rate(units: -25_000), takerFee: Rate(units: 75_000),
        tiers: try! MarginTierTable(
            brackets: [
                (0, 200, 350_000, 100), (200, 300, 850_000, 66), (300, 400, 1_350_000, 50),
                (400, 500, 1_850_000, 40), (500, 600, 2_350_000, 33), (600, 100_000, 2_850_000, 28),
            ]
            .map { floor, cap, rate, leverage in
                (
                    floor: Money(units: floor * Asset.btc.unitsPerWhole),
                    cap: Money(units: cap * Asset.btc.unitsPerWhole), rate: Rate(units: rate),
                    maxLeverage: leverage
                )
            }))

    /// A tier table from `(floor, cap, rate in 10⁻⁸, max leverage)` rows in whole USDC.
    private static func usdcTiers(_ rows: [(Int64, Int64, Int64, Int)]) -> MarginTierTable {
        try! MarginTierTable(
            brackets: rows.map { floor, cap, rate, leverage in
                (
                    floor: Money(units: floor * Asset.usdc.unitsPerWhole),
                    cap: Money(units: cap * Asset.usdc.unitsPerWhole), rate: Rate(units: rate), maxLeverage: leverage
                )
            })
    }
}

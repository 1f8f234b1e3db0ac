/// How the lending market liquidates an unsafe vault.
public enum LendingLiquidationMode: String, Sendable, Hashable, CaseIterable {
    /// Maker's Liquidation 2.0: a keeper starts a public Dutch auction of the collateral.
    case auction
    /// Aave v3: a liquidator repays part of the debt and takes collateral with a fixed bonus.
    case fixedBonus = "fixed-bonus"
}

/// One asset's lending pool: the asset and its rate curve.
public struct LendingPoolRules: Sendable, Hashable {
    /// The asset lent; the exchange holds a wallet in it.
    public var asset: Asset
    /// Its borrow-rate curve and reserve factor.
    public var model: InterestRateModel
    /// The symbol of the instrument whose index prices this asset in USD; `nil` for a USD stablecoin
    /// (valued at 1).
    public var priceSource: String?

    /// A pool of `asset` lending along `model`, priced by `priceSource`'s index.
    public init(asset: Asset, model: InterestRateModel, priceSource: String?) {
        self.asset = asset
        self.model = model
        self.priceSource = priceSource
    }
}

/// The lending market's configuration: pools, vault types, the liquidation mode and the oracle.
public struct LendingRules: Sendable, Hashable {
    /// Pools, one per asset; every vault type's collateral and debt need one.
    public var pools: [LendingPoolRules]
    /// The kinds of vault users can open.
    public var vaultTypes: [VaultType]
    /// Auctions or fixed bonus.
    public var liquidation = LendingLiquidationMode.auction
    /// The lag of the protocol's price behind the index: 0 for none, or Maker's oracle security
    /// module (`osm.sol`, `hop` = 1 h): every `oracleDelay` the price in use takes the value queued an
    /// interval earlier, so liquidations see prices one to two intervals old.
    public var oracleDelay: SimTime = 0
    /// The most tab all vault types borrowing `pools[0].asset` may have in auctions together (Maker's
    /// global `Hole`, 100 M); other debt assets are limited by their types' `hole` alone.
    public var hole: Money

    /// The reference market: USDC, BTC and ETH pools with Aave v3's curves, and four vault types
    /// borrowing USDC, `ETH-A` (LTV 80.5%, threshold 83%, Aave's WETH) and `BTC-A` (73%, 78%,
    /// Aave's WBTC), and `cETH-A` and `cBTC-A` holding those pools' supply tokens, 2.5 points more
    /// conservative with a 6% bonus: a claim on a pool adds the pool's risk (bad debt lowers its
    /// exchange rate), so Aave v3 sets a derivative of ETH such as wstETH a few points below WETH.
    /// Auctions use Maker's curve, reset and penalty with a 10 USDC tip and a 100 USDC dust: Maker's
    /// 300 and 15,000 paid for Ethereum gas, which this venue does not have.
    public static let reference: LendingRules = {
        let usdc = Asset.usdc
        func auction(hole: Int64) -> AuctionRules {
            AuctionRules(
                tip: Money(units: 10 * usdc.unitsPerWhole), dust: Money(units: 100 * usdc.unitsPerWhole),
                hole: Money(units: hole * usdc.unitsPerWhole))
        }
        func tokenType(
            name: String, collateral: Asset, loanToValue: Rate, liquidationThreshold: Rate, auction: AuctionRules
        ) -> VaultType {
            var type = VaultType(
                name: name, collateral: collateral, form: .supplyToken, debt: usdc, loanToValue: loanToValue,
                liquidationThreshold: liquidationThreshold, auction: auction)
            type.fixedBonus.bonus = Rate(units: 106_000_000)
            return type
        }
        return LendingRules(
            pools: [
                LendingPoolRules(asset: usdc, model: .usdc, priceSource: nil),
                LendingPoolRules(asset: .btc, model: .btc, priceSource: "BTC-PERP"),
                LendingPoolRules(asset: .eth, model: .eth, priceSource: "ETH-PERP"),
            ],
            vaultTypes: [
                VaultType(
                    name: "ETH-A", collateral: .eth, debt: usdc, loanToValue: Rate(units: 80_500_000),
                    liquidationThreshold: Rate(units: 83_000_000), auction: auction(hole: 65_000_000)),
                VaultType(
                    name: "BTC-A", collateral: .btc, debt: usdc, loanToValue: Rate(units: 73_000_000),
                    liquidationThreshold: Rate(units: 78_000_000), auction: auction(hole: 40_000_000)),
                tokenType(
                    name: "cETH-A", collateral: .eth, loanToValue: Rate(units: 78_000_000),
                    liquidationThreshold: Rate(units: 80_500_000), auction: auction(hole: 20_000_000)),
                tokenType(
                    name: "cBTC-A", collateral: .btc, loanToValue: Rate(units: 70_500_000),
                    liquidationThreshold: Rate(units: 75_500_000), auction: auction(hole: 10_000_000)),
            ],
            hole: Money(units: 100_000_000 * usdc.unitsPerWhole))
    }()

    /// Rules from their parts.
    public init(
        pools: [LendingPoolRules], vaultTypes: [VaultType], liquidation: LendingLiquidationMode = .auction,
        oracleDelay: SimTime = 0, hole: Money
    ) {
        self.pools = pools
        self.vaultTypes = vaultTypes
        self.liquidation = liquidation
        self.oracleDelay = oracleDelay
        self.hole = hole
    }
}

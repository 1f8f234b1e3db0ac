import CascadeCore

/// The lending market as the Lending workspace, the lending commands' previews and the vault
/// explain panel read it: pools, the kinds of vault, the user's own vaults and supply, the running
/// auctions and what keepers did lately. Built on the engine thread with every snapshot (a few
/// pools, the user's vaults, the auctions), so a command typed in any workspace is previewed on
/// the market as it is.
struct LendingSnapshot: Sendable {
    /// One asset's pool.
    struct Pool: Sendable {
        /// The asset lent.
        var asset: Asset
        /// Its kinked rate curve and reserve factor.
        var model: InterestRateModel
        /// What the suppliers own together: cash plus what is owed, less the surplus buffer.
        var supplied: Money
        /// Cash the pool holds now: what can be borrowed or withdrawn.
        var cash: Money
        /// What vaults owe, debt in running auctions included.
        var borrowed: Money
        /// Borrowed ÷ (cash + borrowed).
        var utilisation: Rate
        /// Yearly borrow and supply rates at this utilisation (simple, not compounded).
        var borrowRate: Rate
        var supplyRate: Rate
        /// The surplus buffer, and losses it could not cover.
        var reserves: Money
        var badDebt: Money
        /// The user's supply tokens, and what they redeem for now.
        var yourTokens = Money.zero
        var yourValue = Money.zero
        /// The symbol of the perpetual whose index prices the asset; nil for USDC (worth 1).
        var priceSource: String?
        /// What one supply token redeems for, in the asset: it rises with the interest suppliers earn.
        var exchangeRate = Ray.one
    }

    /// A kind of vault and the price the protocol values its collateral at.
    struct Kind: Sendable {
        /// `ETH-A`, `BTC-A`, `cETH-A`.
        var name: String
        /// What the vault holds, amounts are counted and commands name: the asset, or its supply
        /// token (`cETH`, with the asset's decimals).
        var collateral: Asset
        /// The asset behind `collateral`: itself, or the asset whose pool issued the tokens.
        var underlying: Asset
        var debt: Asset
        var loanToValue: Rate
        var liquidationThreshold: Rate
        var auction: AuctionRules
        /// Aave-style liquidation parameters, in fixed-bonus mode.
        var fixedBonus: FixedBonusRules
        /// The protocol's (oracle's) price: debt minor units per collateral minor unit; nil before
        /// the first index.
        var price: Ray?
    }

    /// A vault as the panels and commands read it: one of the user's, or (in `unbarked`) anyone's.
    struct VaultRow: Sendable {
        var id: VaultID
        /// Offset in `kinds`.
        var kind: Int
        var collateral: Money
        var debt: Money
        /// Collateral value × threshold ÷ debt; nil without debt or price.
        var health: Rate?
        /// The auction selling its collateral, while one runs.
        var auction: AuctionID?
    }

    /// A running auction.
    struct Auction: Sendable {
        var id: AuctionID
        var vault: VaultID
        /// Offset in `kinds`.
        var kind: Int
        /// The user's own vault's collateral is for sale.
        var isYours: Bool
        /// Lot, tab, start price and round start.
        var lot: AuctionLot
    }

    /// Simulated time of the snapshot: auction prices are read at it.
    var time: SimTime
    /// Maker's auctions or Aave's fixed bonus.
    var mode: LendingLiquidationMode
    /// How far the protocol's price lags the index (0: none).
    var oracleDelay: SimTime
    var pools: [Pool]
    var kinds: [Kind]
    /// The user's vaults, oldest first.
    var vaults: [VaultRow] = []
    /// Running auctions, oldest first: the user's first, then the newest others up to `auctionLimit`.
    var auctions: [Auction] = []
    /// What keepers (and the user) did in auctions and liquidations lately, oldest first.
    var activity: [LendingActivity] = []
    /// Auctions' lives for the replays overlay, oldest first: the user's all, others' the newest.
    var replays: [AuctionReplay] = []
    /// The user's wallet of each pool asset (what `:supply`, `:deposit` and `:repay` draw on; USDC:
    /// the free margin).
    var wallets: [Money] = []
    /// Auctions started and reset so far, and the incentives keepers earned (USDC).
    var auctionsStarted: Int64 = 0
    var auctionsReset = 0
    var keeperIncentives = Money.zero
    /// Vaults below a health factor of 1 waiting for a keeper.
    var unsafeVaults = 0
    /// The largest of them first (the ones keepers bark first), at most `unbarkedLimit`: what
    /// `:bark` can check and preview.
    var unbarked: [VaultRow] = []

    /// The most auctions a snapshot carries.
    static let auctionLimit = 40
    /// The most unsafe vaults a snapshot names.
    static let unbarkedLimit = 5

    /// The pool lending `asset`.
    func pool(_ asset: Asset) -> Pool? { pools.first { $0.asset == asset } }

    /// The user's wallet of `asset`; zero for an asset without a pool.
    func wallet(_ asset: Asset) -> Money {
        pools.firstIndex { $0.asset == asset }.map { wallets.indices.contains($0) ? wallets[$0] : .zero } ?? .zero
    }
}

extension LendingSnapshot.Kind {
    /// Vault type `type` of `market`, at the protocol's price now.
    init(_ market: LendingMarket, type: Int) {
        let rules = market.rules.vaultTypes[type]
        self.init(
            name: rules.name, collateral: rules.collateralUnit, underlying: rules.collateral, debt: rules.debt,
            loanToValue: rules.loanToValue,
            liquidationThreshold: rules.liquidationThreshold, auction: rules.auction, fixedBonus: rules.fixedBonus,
            price: market.price(ofType: type))
    }
}

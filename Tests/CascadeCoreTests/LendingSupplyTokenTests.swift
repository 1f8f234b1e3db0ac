import Testing

@testable import CascadeCore

/// Vaults holding supply tokens (`cETH-A`): tokens move between the account's supply-token
/// balance, the vault, auctions and liquidators without touching wallets; the collateral is valued
/// at the pool's exchange rate × ETH's price, so interest raises a vault's health and a loss left to
/// the pool's suppliers lowers it.
@Suite("Supply tokens as vault collateral")
struct LendingSupplyTokenTests {
    typealias Desk = LendingDesk
    static let ethPool = 2
    static let tokenType = 2

    /// Supplier 1 lends `usdc`; account 2 supplies `eth` ETH for as many cETH (rate 1), opens vault 1
    /// of `cETH-A`, pledges them all at `price` and borrows `debt`.
    static func tokenLoan(
        _ desk: inout Desk, usdc: String = "100000", eth: String, price: String, debt: String
    ) {
        desk.deposit(1, .usdc, usdc)
        desk.lend(.supply(AccountID(1), .usdc, Desk.usdc(usdc)))
        desk.ethPrice(price)
        desk.deposit(2, .eth, eth)
        desk.lend(.supply(AccountID(2), .eth, Desk.eth(eth)))
        desk.lend(.openVault(AccountID(2), type: "cETH-A"))
        desk.lend(.depositCollateral(AccountID(2), VaultID(1), Desk.eth(eth)))
        desk.lend(.borrow(AccountID(2), VaultID(1), Desk.usdc(debt)))
    }

    @Test func aTokenVaultIsValuedAtTheExchangeRateTimesThePrice() {
        var desk = Desk(rules: Desk.rulesWithEthBorrowers())
        Self.tokenLoan(&desk, usdc: "1000000", eth: "10", price: "2000", debt: "1000")
        // The tokens left the account's balance for the vault; no wallet moved, the pool kept the ETH.
        #expect(desk.tokens(2, pool: Self.ethPool) == .zero)
        #expect(desk.market.vault(VaultID(1))?.collateral == Desk.eth("10"))
        #expect(desk.wallet(2, Desk.eth) == .zero && desk.market.pools[Self.ethPool].cash == Desk.eth("10"))
        // Rate 1: 10 cETH × 2,000 × 80.5% ÷ 1,000 = 16.1.
        #expect(desk.market.pools[Self.ethPool].exchangeRate == .one)
        #expect(desk.market.healthFactor(of: desk.market.vault(VaultID(1))!) == Rate(units: 1_610_000_000))
        #expect(
            desk.lend(.withdrawCollateral(AccountID(2), VaultID(1), Desk.eth("11")))
                == [.rejected(AccountID(2), .insufficientBalance(available: Desk.eth("10")))])
        #expect(desk.balances)
        // Account 3 borrows 8 of the pool's 10 ETH against USDC: 80% utilisation, 2.8% a year on
        // Aave's WETH curve. A day later the ETH pool earned 8 × 2.8% ÷ 365 = 0.000613699 ETH (rounded
        // up), 15% of it (0.000092054) to the reserve: 10 cETH claim 10.000521645 ETH.
        desk.deposit(3, .usdc, "40000")
        desk.lend(.openVault(AccountID(3), type: "USDC-E"))
        desk.lend(.depositCollateral(AccountID(3), VaultID(2), Desk.usdc("40000")))
        desk.lend(.borrow(AccountID(3), VaultID(2), Desk.eth("8")))
        desk.advance(seconds: 86_400)
        #expect(desk.market.pools[Self.ethPool].exchangeRate?.formatted(places: 10) == "1.0000521645")
        // The vault's debt grew at 0.1% utilisation of the USDC pool (12.5% × 0.1 ÷ 92 = 0.013587% a
        // year) to 1,000.000373; a cETH is worth 2,000 × 1.0000521645 = 2,000.1043 USDC: health
        // 10 × 2,000.104329 × 80.5% ÷ 1,000.000373 = 16.10083384, up from 16.1.
        let vault = desk.market.vault(VaultID(1))!
        #expect(desk.market.debt(of: vault) == Desk.usdc("1000.000373"))
        #expect(LendingArithmeticTests.whole(desk.market.price(ofType: Self.tokenType)!) == "2000.1043")
        #expect(desk.market.healthFactor(of: vault) == Rate(units: 1_610_083_384))
        // Redeeming a token pays its share of the interest.
        desk.lend(.withdrawCollateral(AccountID(2), VaultID(1), Desk.eth("1")))
        #expect(desk.tokens(2, pool: Self.ethPool) == Desk.eth("1"))
        desk.lend(.redeem(AccountID(2), .eth, nil))
        #expect(desk.wallet(2, Desk.eth) == Desk.eth("1.000052164"))
        #expect(desk.balances)
    }

    @Test func anAuctionOfTokensPaysTheTakerInTokensAndReturnsTheRest() {
        var desk = Desk()
        Self.tokenLoan(&desk, eth: "10", price: "3000", debt: "15000")
        desk.ethPrice("1500")
        // 10 cETH × 1,500 × 80.5% ÷ 15,000 = 0.805: unsafe.
        #expect(desk.market.unsafeVaults == [VaultID(1)])
        guard case .auctionStarted(let start) = desk.lend(.bark(AccountID(3), VaultID(1))).first else {
            Issue.record("no auction")
            return
        }
        // The reference's Maker example: tab 15,000 × 1.13 = 16,950, top 1,500 × 1.20 = 1,800.
        #expect(start.tab == Desk.usdc("16950") && start.lot == Desk.eth("10"))
        #expect(LendingArithmeticTests.whole(start.top) == "1800.0000")
        #expect(desk.balances)
        desk.deposit(4, .usdc, "20000")
        let take = desk.lend(.take(AccountID(4), start.auction, Desk.eth("10"), maxPrice: start.top))
        guard case .auctionTaken(_, _, let bought, _, _) = take.first,
            case .auctionEnded(_, let returned, let unpaid, _, _) = take.last
        else {
            Issue.record("no take: \(take)")
            return
        }
        // All at 1,800 would owe 18,000 > tab: owe 16,950 for 9.416667 cETH; 0.583333 cETH go back.
        #expect(bought.owe == Desk.usdc("16950") && Asset.eth.format(bought.slice) == "9.416667")
        #expect(Asset.eth.format(returned) == "0.583333" && unpaid == .zero)
        #expect(desk.tokens(4, pool: Self.ethPool) == bought.slice && desk.wallet(4, Desk.eth) == .zero)
        #expect(desk.tokens(2, pool: Self.ethPool) == returned && desk.wallet(2, Desk.eth) == .zero)
        #expect(bought.slice + returned == Desk.eth("10"))
        // The taker redeems its tokens for the ETH they claim.
        desk.lend(.redeem(AccountID(4), .eth, nil))
        #expect(desk.wallet(4, Desk.eth) == bought.slice)
        #expect(desk.balances)
    }

    @Test func aFixedBonusLiquidationSeizesTokensAndBurnsTheFee() {
        var rules = LendingRules.reference
        rules.liquidation = .fixedBonus
        rules.vaultTypes[Self.tokenType].liquidationThreshold = Rate(units: 82_500_000)
        rules.vaultTypes[Self.tokenType].fixedBonus = FixedBonusRules()
        var desk = Desk(rules: rules)
        Self.tokenLoan(&desk, eth: "5", price: "2500", debt: "8000")
        desk.ethPrice("1900")
        desk.deposit(3, .usdc, "5000")
        let events = desk.lend(.liquidate(AccountID(3), VaultID(1), nil))
        guard case .liquidated(_, _, let plan, _) = events.first else {
            Issue.record("no liquidation: \(events)")
            return
        }
        // The reference's Aave example in tokens: repay 4,000, seize 2.210526 cETH, 2.2 to the liquidator.
        #expect(plan.debtToCover == Desk.usdc("4000") && Asset.eth.format(plan.seized) == "2.210526")
        #expect(Asset.eth.format(desk.tokens(3, pool: Self.ethPool)) == "2.200000")
        #expect(desk.wallet(3, Desk.eth) == .zero)
        // The fee's 0.010526 cETH are burned into the ETH pool's buffer; its cash did not move.
        let pool = desk.market.pools[Self.ethPool]
        #expect(pool.shares == Desk.eth("5") - plan.protocolFee && pool.reserves == plan.protocolFee)
        #expect(pool.cash == Desk.eth("5") && pool.exchangeRate == .one)
        #expect(desk.market.healthFactor(of: desk.market.vault(VaultID(1))!) == Rate(units: 109_312_500))
        #expect(desk.balances)
    }

    @Test func aLossInTheTokensPoolMakesTheirVaultsUnsafe() {
        var desk = Desk(rules: Desk.rulesWithEthBorrowers(mode: .fixedBonus))
        Self.tokenLoan(&desk, eth: "10", price: "2000", debt: "15000")
        desk.deposit(3, .usdc, "10000")
        desk.lend(.openVault(AccountID(3), type: "USDC-E"))
        desk.lend(.depositCollateral(AccountID(3), VaultID(2), Desk.usdc("10000")))
        desk.lend(.borrow(AccountID(3), VaultID(2), Desk.eth("3")))
        // ETH doubles: 10,000 × 78% ÷ (3 × 4,000) = 0.65, while the cETH vault borrows up to
        // 31,000 against 10 cETH × 4,000 × 80.5% = 32,200 (health 1.0387).
        desk.ethPrice("4000")
        desk.lend(.borrow(AccountID(2), VaultID(1), Desk.usdc("16000")))
        #expect(desk.market.unsafeVaults == [VaultID(2)])
        // Seizing all 10,000 USDC repays 10,000 ÷ 4,000 ÷ 1.05 = 2.380952 ETH; the other 0.619048 is
        // the ETH pool's bad debt, so a cETH is worth 0.938 ETH and the cETH vault 0.9744: unsafe.
        desk.deposit(4, .eth, "3")
        guard case .liquidated(_, _, _, let badDebt) = desk.lend(.liquidate(AccountID(4), VaultID(2), nil)).first
        else {
            Issue.record("no liquidation")
            return
        }
        #expect(Asset.eth.format(badDebt) == "0.619048")
        #expect(desk.market.pools[Self.ethPool].exchangeRate?.formatted(places: 4) == "0.9381")
        #expect(desk.market.unsafeVaults == [VaultID(1)])
        #expect(desk.market.unsafeVaults == desk.market.unsafeVaultsByScan)
        #expect(desk.balances)
    }

    @Test func depositsNeedFreeTokens() {
        var desk = Desk()
        Self.tokenLoan(&desk, eth: "2", price: "3000", debt: "1000")
        desk.deposit(2, .eth, "5")
        // ETH in the wallet is not cETH: only supplied tokens can back a cETH-A vault.
        #expect(
            desk.lend(.depositCollateral(AccountID(2), VaultID(1), Desk.eth("1")))
                == [.rejected(AccountID(2), .insufficientBalance(available: .zero))])
        #expect(desk.wallet(2, Desk.eth) == Desk.eth("5"))
        #expect(desk.balances)
    }
}

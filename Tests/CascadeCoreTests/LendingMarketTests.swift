import Testing

@testable import CascadeCore

/// The lending market inside the exchange: money moves between wallets, pools, vaults and auctions
/// to the unit, interest accrues to suppliers and the surplus buffer, and liquidations follow Maker's
/// and Aave's rules with the reference's numbers.
@Suite("Lending market")
struct LendingMarketTests {
    typealias Desk = LendingDesk

    @Test func supplyBorrowAccrueAndRepayBalanceToTheUnit() {
        var desk = Desk()
        desk.openLoan(eth: "10", price: "3000", debt: "15000")
        #expect(desk.balances)
        #expect(desk.wallet(2, Desk.usdc) == Desk.usdc("15000"))
        let pool = desk.market.pools[0]
        #expect(pool.cash == Desk.usdc("85000") && pool.borrowed == Desk.usdc("15000"))
        // 15% utilisation on Aave's USDC curve (kink 92%, slope 12.5%): 12.5% × 15 ÷ 92.
        #expect(pool.utilisation == Rate(units: 15_000_000))
        #expect(pool.borrowRate == Rate(units: 2_038_044))
        let before = (value: pool.supplierValue, reserves: pool.reserves)
        for _ in 0..<30 { desk.advance(seconds: 86_400) }
        let after = desk.market.pools[0]
        let interest = after.interestAccrued
        // 30 days at about 2.04% a year: about 25.1 USDC.
        #expect(interest > Desk.usdc("25") && interest < Desk.usdc("25.3"))
        #expect(after.borrowed - Desk.usdc("15000") == interest)
        #expect(after.supplierValue - before.value + after.reserves - before.reserves == interest)
        // Each accrual rounds the reserve's share down: at most a unit short per accrual.
        let share = Rate(units: 10_000_000).of(interest, rounding: .down)
        #expect(after.reserves <= share && share.units - after.reserves.units <= 30)
        let debt = desk.market.debt(of: desk.market.vault(VaultID(1))!)
        #expect(debt >= after.borrowed && debt.units - after.borrowed.units <= 1)
        desk.deposit(2, .usdc, "1000")
        desk.lend(.repay(AccountID(2), VaultID(1), nil))
        #expect(desk.market.debt(of: desk.market.vault(VaultID(1))!) == .zero)
        desk.lend(.withdrawCollateral(AccountID(2), VaultID(1), Desk.eth("10")))
        #expect(desk.wallet(2, Desk.eth) == Desk.eth("10"))
        desk.lend(.redeem(AccountID(1), .usdc, nil))
        // The supplier gets the interest less the reserve factor's share; the buffer keeps its share.
        #expect(desk.wallet(1, Desk.usdc) == Desk.usdc("100000") + interest - after.reserves)
        #expect(desk.market.pools[0].cash == after.reserves)
        #expect(desk.balances)
    }

    @Test func refusalsSayWhyAndChangeNothing() {
        var desk = Desk()
        desk.openLoan(eth: "10", price: "3000", debt: "15000")
        let vault = VaultID(1)
        // 10 ETH at 3,000 × 80.5% = 24,150 at most.
        #expect(
            desk.lend(.borrow(AccountID(2), vault, Desk.usdc("9150.000001")))
                == [.rejected(AccountID(2), .aboveLoanToValue(maximumDebt: Desk.usdc("24150")))])
        #expect(desk.lend(.borrow(AccountID(3), vault, Desk.usdc("1"))) == [.rejected(AccountID(3), .unknownVault)])
        #expect(
            desk.lend(.withdrawCollateral(AccountID(2), vault, Desk.eth("4")))
                == [.rejected(AccountID(2), .aboveLoanToValue(maximumDebt: Desk.usdc("14490")))])
        #expect(desk.lend(.bark(AccountID(3), vault)) == [.rejected(AccountID(3), .vaultSafe)])
        #expect(
            desk.lend(.supply(AccountID(2), .eth, Desk.eth("1")))
                == [.rejected(AccountID(2), .insufficientBalance(available: .zero))])
        #expect(desk.lend(.openVault(AccountID(2), type: "DOGE-A")) == [.rejected(AccountID(2), .unknownVaultType)])
        #expect(
            desk.lend(.redeem(AccountID(1), .usdc, Desk.usdc("90000")))
                == [.rejected(AccountID(1), .insufficientLiquidity(available: Desk.usdc("85000")))])
        #expect(desk.market.debt(of: desk.market.vault(vault)!) == Desk.usdc("15000"))
        #expect(desk.balances)
    }

    @Test func aPartialAuctionWithinTheHoleThenAWholeTake() throws {
        var desk = Desk(
            rules: Desk.rules { type in
                type.auction.hole = Desk.usdc("10000")
                type.auction.dust = Desk.usdc("5000")
                type.auction.tip = Desk.usdc("300")
            })
        desk.openLoan(eth: "10", price: "3000", debt: "15000")
        desk.ethPrice("1500")
        #expect(desk.market.unsafeVaults == [VaultID(1)])
        let events = desk.lend(.bark(AccountID(3), VaultID(1)))
        guard case .auctionStarted(let start) = events.first else {
            Issue.record("no auction: \(events)")
            return
        }
        // The reference's partial liquidation: room 10,000 ÷ chop 1.13 = 8,849.557522 of debt.
        #expect(start.debt == Desk.usdc("8849.557522"))
        #expect(start.tab == Desk.usdc("10000"))
        #expect(Asset.eth.format(start.lot) == "5.899705")
        #expect(LendingArithmeticTests.whole(start.top) == "1800.0000")
        #expect(start.incentive == Desk.usdc("310"))
        #expect(desk.wallet(3, Desk.usdc) == Desk.usdc("310"))
        #expect(desk.balances)
        // The vault keeps the rest, frozen while its auction runs; a second bark finds no room.
        #expect(desk.lend(.bark(AccountID(3), VaultID(1))) == [.rejected(AccountID(3), .unknownVault)])
        desk.deposit(4, .usdc, "20000")
        let take = desk.lend(.take(AccountID(4), start.auction, Desk.eth("10"), maxPrice: start.top))
        guard case .auctionTaken(_, _, let bought, let tabLeft, _) = take.first else {
            Issue.record("no take: \(take)")
            return
        }
        #expect(bought.owe == Desk.usdc("10000") && tabLeft == .zero)
        #expect(Asset.eth.format(bought.slice) == "5.555556")
        guard case .auctionEnded(_, let returned, let unpaid, _, let badDebt) = take.last else {
            Issue.record("not ended: \(take)")
            return
        }
        #expect(Asset.eth.format(returned) == "0.344149")
        #expect(unpaid == .zero && badDebt == .zero)
        // The penalty (10,000 − 8,849.557522) goes to the surplus buffer, which paid the keeper.
        let pool = desk.market.pools[0]
        #expect(pool.reserves == Desk.usdc("10000") - Desk.usdc("8849.557522") - Desk.usdc("310"))
        #expect(pool.badDebt == .zero)
        #expect(desk.market.vault(VaultID(1))!.auction == nil)
        #expect(desk.balances)
    }

    @Test func starvedAuctionResetsAndEndsInBadDebt() {
        var desk = Desk(rules: Desk.rules { $0.auction.tip = .zero })
        desk.openLoan(eth: "10", price: "3000", debt: "20000")
        desk.ethPrice("2000")
        guard case .auctionStarted(let start) = desk.lend(.bark(AccountID(3), VaultID(1))).first else {
            Issue.record("no auction")
            return
        }
        #expect(start.tab == Desk.usdc("22600"))
        // Nobody bids; the price falls 1% every 90 s and the round goes stale after 140 minutes.
        desk.advance(seconds: 8_401)
        #expect(
            desk.lend(.take(AccountID(4), start.auction, Desk.eth("1"), maxPrice: start.top))
                == [.rejected(AccountID(4), .auctionNeedsReset)])
        desk.ethPrice("500")
        let reset = desk.lend(.redo(AccountID(3), start.auction))
        guard case .auctionReset(_, _, let top, _) = reset.first else {
            Issue.record("no reset: \(reset)")
            return
        }
        #expect(LendingArithmeticTests.whole(top) == "600.0000")
        #expect(desk.lend(.redo(AccountID(3), start.auction)) == [.rejected(AccountID(3), .auctionRunning)])
        desk.deposit(4, .usdc, "10000")
        let take = desk.lend(.take(AccountID(4), start.auction, Desk.eth("10"), maxPrice: top))
        guard case .auctionEnded(_, let returned, let unpaid, let covered, let badDebt) = take.last else {
            Issue.record("not ended: \(take)")
            return
        }
        // 10 ETH at 600 raise 6,000 against a debt of 20,000 (debt in an auction stops accruing); the
        // buffer is empty, and the keeper's two chips of 22.60 were unbacked too.
        #expect(returned == .zero)
        #expect(unpaid == Desk.usdc("14000"))
        #expect(covered == .zero && badDebt == unpaid)
        #expect(desk.market.pools[0].badDebt == badDebt + Desk.usdc("45.2"))
        #expect(desk.balances)
    }

    @Test func aaveFixedBonusLiquidationWithTheReferenceNumbers() {
        var desk = Desk(
            rules: Desk.rules(
                { type in
                    type.liquidationThreshold = Rate(units: 82_500_000)
                    type.loanToValue = Rate(units: 80_000_000)
                }, mode: .fixedBonus))
        desk.openLoan(eth: "5", price: "2500", debt: "8000")
        desk.ethPrice("1900")
        #expect(desk.lend(.bark(AccountID(3), VaultID(1))) == [.rejected(AccountID(3), .wrongLiquidationMode)])
        desk.deposit(3, .usdc, "5000")
        let events = desk.lend(.liquidate(AccountID(3), VaultID(1), nil))
        guard case .liquidated(_, _, let plan, let badDebt) = events.first else {
            Issue.record("no liquidation: \(events)")
            return
        }
        #expect(plan.debtToCover == Desk.usdc("4000") && badDebt == .zero)
        #expect(Asset.eth.format(desk.wallet(3, Desk.eth)) == "2.200000")
        #expect(Asset.eth.format(desk.market.pools[2].reserves) == "0.010526")
        #expect(desk.market.healthFactor(of: desk.market.vault(VaultID(1))!) == Rate(units: 109_312_500))
        #expect(desk.lend(.liquidate(AccountID(3), VaultID(1), nil)) == [.rejected(AccountID(3), .vaultSafe)])
        #expect(desk.balances)
    }

    @Test func keepersSeeTheLargestTabFirstNotTheLowestVaultNumber() {
        var desk = Desk()
        desk.deposit(1, .usdc, "100000")
        desk.lend(.supply(AccountID(1), .usdc, Desk.usdc("100000")))
        desk.ethPrice("3000")
        // Each vault holds 1 ETH (or cETH) per 2,000 of debt: all unsafe at 1,500.
        let loans: [(type: String, debt: Int64)] = [
            ("ETH-A", 2_000), ("ETH-A", 10_000), ("ETH-A", 6_000), ("ETH-A", 10_000), ("cETH-A", 8_000),
        ]
        for (offset, loan) in loans.enumerated() {
            let account = UInt32(10 + offset)
            let id = VaultID(Int64(offset + 1))
            let eth = Desk.eth("\(loan.debt / 2_000)")
            desk.run(.deposit(AccountID(account), .eth, eth))
            if loan.type == "cETH-A" { desk.lend(.supply(AccountID(account), .eth, eth)) }
            desk.lend(.openVault(AccountID(account), type: loan.type))
            desk.lend(.depositCollateral(AccountID(account), id, eth))
            desk.lend(.borrow(AccountID(account), id, Desk.usdc("\(loan.debt)")))
        }
        desk.ethPrice("1500")
        #expect(desk.market.unsafeVaults == (1...5).map { VaultID(Int64($0)) })
        // Tabs of 11,300, 11,300 (the lower number first), 9,040, 6,780 and 2,260 USDC.
        #expect(desk.market.largestUnsafeVaults(limit: 3) == [VaultID(2), VaultID(4), VaultID(5)])
        #expect(desk.market.largestUnsafeVaults(limit: 9).map(\.rawValue) == [2, 4, 5, 3, 1])
        #expect(desk.market.largestUnsafeVaults(limit: 0).isEmpty)
    }

    @Test func theDelayedOraclePricesAnHourLate() {
        var rules = LendingRules.reference
        rules.oracleDelay = SimTime.hour
        var desk = Desk(rules: rules)
        #expect(desk.market.price(ofType: 0) == nil)
        // The oracle starts from the first price it sees, as Maker's OSM is seeded when deployed, so
        // vaults can borrow in the first hour; the next price waits its turn.
        desk.ethPrice("3000")
        #expect(LendingArithmeticTests.whole(desk.market.price(ofType: 0)!) == "3000.0000")
        desk.ethPrice("2000")
        #expect(LendingArithmeticTests.whole(desk.market.price(ofType: 0)!) == "3000.0000")
        desk.deposit(1, .usdc, "10000")
        desk.lend(.supply(AccountID(1), .usdc, Desk.usdc("10000")))
        desk.deposit(2, .eth, "1")
        desk.lend(.openVault(AccountID(2), type: "ETH-A"))
        desk.lend(.depositCollateral(AccountID(2), VaultID(1), Desk.eth("1")))
        #expect(desk.lend(.borrow(AccountID(2), VaultID(1), Desk.usdc("2000"))).count == 1)
        #expect(desk.market.debt(of: desk.market.vault(VaultID(1))!) == Desk.usdc("2000"))
        desk.advance(seconds: 3_600)
        // The first poke keeps the seeded 3,000 and queues the 2,000 seen since.
        #expect(LendingArithmeticTests.whole(desk.market.price(ofType: 0)!) == "3000.0000")
        desk.ethPrice("1500")
        desk.advance(seconds: 3_600)
        #expect(LendingArithmeticTests.whole(desk.market.price(ofType: 0)!) == "2000.0000")
        desk.advance(seconds: 3_600)
        #expect(LendingArithmeticTests.whole(desk.market.price(ofType: 0)!) == "1500.0000")
    }
}

import Testing

@testable import CascadeCore

/// Seeded random streams of supplies, loans, repayments, price moves and crashes, the clock, barks,
/// takes, resets and fixed-bonus liquidations, with vaults holding ETH, cETH supply tokens and USDC
/// (borrowing ETH, so cETH earns interest and can lose value to bad debt): after every command the
/// ledger balances to the unit in every asset and the pools' totals match their parts (supply tokens
/// pledged included); the index's unsafe vaults are the scan's; no take is below the auction's curve.
@Suite("Lending on random streams")
struct LendingPropertyTests {
    static let types = ["ETH-A", "BTC-A", "cETH-A", "cBTC-A", "USDC-E"]

    @Test(arguments: LendingLiquidationMode.allCases)
    func theLedgerBalancesAfterEveryCommand(mode: LendingLiquidationMode) {
        var counts: [String: Int] = [:]
        for seed in UInt64(1)...4 {
            var desk = LendingDesk(rules: LendingDesk.rulesWithEthBorrowers(mode: mode))
            var random = SplitMix64(seed: seed)
            var ethPrice: Int64 = 300_000  // cents
            desk.ethPrice("3000")
            for account in UInt32(1)...6 {
                desk.deposit(account, .usdc, "1000000")
                desk.deposit(account, .eth, "500")
            }
            for step in 0..<2_500 {
                let account = AccountID(UInt32(1 + random.next() % 6))
                let vaults = desk.market.vaults.filter { $0.owner == account }.map(\.id)
                let vault = vaults.isEmpty ? VaultID(1) : vaults[Int(random.next() % UInt64(vaults.count))]
                let command: Command
                switch random.next() % 14 {
                case 0:
                    command = .lending(.supply(account, .usdc, Money(units: Int64(random.next() % 200_000_000_000))))
                case 1: command = .lending(.supply(account, .eth, Money(units: Int64(random.next() % 50_000_000_000))))
                case 2:
                    let amount = random.next() % 3 == 0 ? nil : Money(units: Int64(random.next() % 100_000_000_000))
                    command = .lending(.redeem(account, random.next() % 2 == 0 ? .usdc : .eth, amount))
                case 3: command = .lending(.openVault(account, type: Self.types[Int(random.next() % 5)]))
                case 4:
                    command = .lending(
                        .depositCollateral(account, vault, Money(units: Int64(random.next() % 20_000_000_000))))
                case 5, 6:
                    command = .lending(.borrow(account, vault, Money(units: Int64(random.next() % 60_000_000_000))))
                case 7:
                    let amount = random.next() % 2 == 0 ? nil : Money(units: Int64(random.next() % 20_000_000_000))
                    command = .lending(.repay(account, vault, amount))
                case 8:
                    command = .lending(
                        .withdrawCollateral(account, vault, Money(units: Int64(random.next() % 5_000_000_000))))
                case 9:
                    // A random walk of up to ±4%, and now and then a 25% crash or spike.
                    let jump = random.next() % 40
                    let move = jump == 0 ? -25 : jump == 1 ? 25 : Int64(random.next() % 9) - 4
                    ethPrice = Swift.max(5_000, ethPrice + ethPrice * move / 100)
                    command = .oracle(
                        LendingDesk.ethPerp,
                        [OracleQuote(source: 0, price: Price(ticks: ethPrice), time: desk.exchange.now)])
                case 10:
                    command = .advanceTime(to: desk.exchange.now + Int64(1 + random.next() % 1_800) * SimTime.second)
                case 11:
                    let unsafe = desk.market.unsafeVaults
                    let target = unsafe.isEmpty ? vault : unsafe[Int(random.next() % UInt64(unsafe.count))]
                    let amount = random.next() % 2 == 0 ? nil : Money(units: Int64(random.next() % 30_000_000_000))
                    command = .lending(mode == .auction ? .bark(account, target) : .liquidate(account, target, amount))
                default:
                    guard let auction = desk.market.auctions.first else { continue }
                    let rules = desk.market.rules.vaultTypes[auction.type].auction
                    if auction.lot.needsReset(at: desk.exchange.now, rules: rules) {
                        command = .lending(.redo(account, auction.id))
                    } else {
                        let price = auction.lot.price(at: desk.exchange.now, rules: rules)
                        let limit = random.next() % 5 == 0 ? Ray(units: price.units - 1) : price
                        let amount = Money(units: Int64(1 + random.next() % UInt64(auction.lot.lot.units)))
                        command = .lending(.take(account, auction.id, amount, maxPrice: limit))
                    }
                }
                let before = desk.market.auctions
                let events = desk.run(command)
                for event in events {
                    guard case .lending(let lending) = event else { continue }
                    counts[String("\(lending)".prefix { $0 != "(" }), default: 0] += 1
                    if case .debtChanged(let id, let amount, _) = lending, amount.units > 0,
                        let type = desk.market.vault(id)?.type
                    {
                        counts["borrowed on " + desk.market.rules.vaultTypes[type].name, default: 0] += 1
                    }
                    if case .auctionTaken(let id, _, let take, _, _) = lending,
                        let auction = before.first(where: { $0.id == id })
                    {
                        let rules = desk.market.rules.vaultTypes[auction.type].auction
                        #expect(take.price == auction.lot.price(at: desk.exchange.now, rules: rules))
                        #expect(take.price.of(Int128(take.slice.units), rounding: .down)! <= Int128(take.owe.units))
                    }
                }
                #expect(desk.market.unsafeVaults == desk.market.unsafeVaultsByScan, "seed \(seed) step \(step)")
                guard desk.balances else {
                    let discrepancies = desk.exchange.assets.indices.map {
                        desk.exchange.ledgerDiscrepancy(asset: $0).units
                    }
                    Issue.record(
                        "\(mode) seed \(seed) step \(step): \(discrepancies), claims \(desk.market.claimsBalance) after \(command)"
                    )
                    return
                }
            }
        }
        print("\(mode):", counts.sorted { $0.key < $1.key })
        #expect(counts["debtChanged", default: 0] > 100)
        #expect(counts["borrowed on cETH-A", default: 0] > 20 && counts["borrowed on USDC-E", default: 0] > 5)
        if mode == .auction {
            #expect(counts["auctionStarted", default: 0] > 5 && counts["auctionTaken", default: 0] > 5)
            #expect(counts["auctionEnded", default: 0] > 5)
        } else {
            #expect(counts["liquidated", default: 0] > 5)
        }
    }
}

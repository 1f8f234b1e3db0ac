import Testing

@testable import CascadeCore

/// Liquidation cascades through `Exchange.apply`: who absorbs a loss, in what order, and the
/// ledger (DESIGN.md: Σ accounts + pools − bad debt = deposits − withdrawals) after every command.
/// Reference: shared/reference/exchange-mechanics.md §5 (book with a slippage bound, backstop), §6
/// (fund: surplus in, deficit out; last line before ADL) and §7 (ADL at the bankruptcy price
/// against the best-ranked opposite positions). Numbers as in LiquidationStepTests: an isolated
/// 10x long of 0.1 BTC at 60,000 has margin 597, LP 54,246.9, BK 54,030.0, and at mark 54,200
/// equity 17 > ⅔ MM (14.45), so it goes to the book if the fund covers the worst fill, 54.03.
@Suite("Liquidation scenarios")
struct LiquidationScenarioTests {
    typealias D = ExchangeDesk
    typealias Steps = LiquidationStepTests
    static let btc = D.btcPerp

    /// Fund 90, vault 600. Accounts 11–13 each hold the long above (11 and 12 bought from account
    /// 4's 200-lot ask, 13 from account 5's 100); account 4 is a small cross short (wallet 2,000 −
    /// 2.4 maker fees), account 5 a rich one; account 3 bids 0.1 BTC at 53,600. The oracle gaps to 54,200.
    static func waterfall() -> [Command] {
        var commands: [Command] = []
        func order(_ account: UInt32, _ side: Side, _ lots: Int64, _ ticks: Int64?) {
            commands.append(
                .place(
                    NewOrder(
                        account: AccountID(account), instrument: btc, side: side, quantity: Quantity(lots: lots),
                        limit: ticks.map { Price(ticks: $0) })))
        }
        func oracle(_ ticks: Int64) {
            commands.append(.oracle(btc, [OracleQuote(source: 0, price: Price(ticks: ticks), time: 0)]))
        }
        for (account, whole) in [(3, 100_000), (4, 2_000), (5, 100_000), (11, 10_000), (12, 10_000), (13, 10_000)]
            as [(UInt32, Int64)]
        {
            commands.append(.deposit(AccountID(account), .usdc, Money(units: whole * 1_000_000)))
        }
        oracle(600_000)
        order(4, .sell, 200, 600_000)
        order(5, .sell, 100, 600_000)
        for account in [11, 12, 13] as [UInt32] {
            commands.append(.setMarginMode(AccountID(account), btc, .isolated))
            order(account, .buy, 100, nil)
        }
        oracle(560_000)
        order(3, .buy, 100, 536_000)
        oracle(542_000)
        return commands
    }

    static var waterfallRules: ExchangeConfiguration {
        var configuration = ExchangeConfiguration()
        configuration.liquidation.insuranceFundWholeUnits = 90
        configuration.liquidation.backstopCapitalWholeUnits = 600
        return configuration
    }

    /// The gap liquidates 11, 12, 13 in that order (same LP, by id):
    /// - 11 through the book within tolerance: fill 53,600 (limit 53,489.7), realised −640, fee 2.68,
    ///   margin −45.68: the fund pays 45.68 → 44.32, now below the 54.03 worst loss;
    /// - 12: the book is skipped, the vault takes 0.1 BTC at 54,030.0 (margin 543.0015 ≤ 600, no loss
    ///   to the mark); nothing is left over for the fund;
    /// - 13: the vault's free margin is 600 + 17 − 542 = 75, so ADL hits the best-ranked short,
    ///   account 4 (rank ≈ 0.33 against ≈ 0.005 for account 5), at 54,030.0.
    /// No bad debt. The ledger balances after every command, and a second run gives the same events.
    @Test func aGapDrainsTheFundThenTheBackstopThenDeleveragesTheWinners() {
        var exchange = Exchange(configuration: Self.waterfallRules)
        var log: [Event] = []
        for command in Self.waterfall() {
            log += exchange.apply(command)
            for asset in exchange.assets.indices { #expect(exchange.ledgerDiscrepancy(asset: asset) == .zero) }
        }
        #expect(exchange.ledgerBalances)
        let steps = Steps.steps(log).filter { if case .triggered = $0 { false } else { true } }
        let (eleven, twelve, thirteen) = (AccountID(11), AccountID(12), AccountID(13))
        let bk = Price(ticks: 540_300)
        let lots = Quantity(lots: 100)
        #expect(steps.count == 7)
        guard steps.count == 7 else { return }
        #expect(
            steps[0]
                == .bookOrder(
                    account: eleven, instrument: Self.btc, order: OrderID(7), side: .sell, quantity: lots,
                    limit: Price(ticks: 534_897), bankruptcyPrice: bk))
        #expect(
            steps[1]
                == .insuranceFund(asset: D.usdc, change: D.usdc("-45.68"), balance: D.usdc("44.32"), account: eleven))
        #expect(steps[2] == .finished(account: eleven, scope: .isolated(Self.btc), closedAll: true))
        #expect(steps[3] == .backstopTakeover(account: twelve, instrument: Self.btc, quantity: lots, price: bk))
        #expect(steps[4] == .finished(account: twelve, scope: .isolated(Self.btc), closedAll: true))
        #expect(
            steps[5]
                == .autoDeleveraged(
                    account: thirteen, counterparty: AccountID(4), instrument: Self.btc, quantity: lots, price: bk))
        #expect(steps[6] == .finished(account: thirteen, scope: .isolated(Self.btc), closedAll: true))
        #expect(exchange.ledgers[D.usdc].insuranceFund == D.usdc("44.32"))
        // The winners' side: account 4 bought back 0.1 BTC at 54,030.0, realising +597, no fee.
        #expect(exchange.account(AccountID(4))?.positions[InstrumentID(0)].size == -100)
        #expect(exchange.account(AccountID(4))?.wallets[D.usdc] == D.usdc("2594.6"))
        #expect(exchange.account(AccountID(5))?.positions[InstrumentID(0)].size == -100)
        #expect(exchange.account(AccountID(0))?.positions[InstrumentID(0)].size == 100)
        #expect(exchange.accountsBelowZero(unless: log).isEmpty)

        var again = Exchange(configuration: Self.waterfallRules)
        #expect(Self.waterfall().flatMap { again.apply($0) } == log)
    }

    /// Determinism on a crash stream: the same seed gives the same commands and the same events.
    @Test func aCrashStreamReplaysIdentically() {
        func run() -> [Event] {
            var exchange = Exchange(configuration: Self.waterfallRules)
            var market = CrashMarket(seed: 77)
            var log = market.setup().flatMap { exchange.apply($0) }
            for _ in 0..<400 { log += market.next(exchange).flatMap { exchange.apply($0) } }
            return log
        }
        let log = run()
        #expect(log.contains { if case .liquidation = $0 { true } else { false } })
        #expect(log == run())
    }

    /// The last layer, bad debt. The engine sends an order to the book only when the fund could pay
    /// its worst fill (fee included), and the vault and ADL take over at the bankruptcy price, so a
    /// scope is seldom left short; when it is, `settleRemainder` has the fund pay what it can and
    /// records the rest. Here a cross wallet stands at −50 USDC (the money it lost moved to the
    /// deposits side, so the ledger balances) and the fund holds 20: the fund pays 20, 30 is bad debt,
    /// and the account is made whole.
    @Test func aDeficitTheFundCannotPayBecomesBadDebt() {
        var configuration = ExchangeConfiguration()
        configuration.liquidation.insuranceFundWholeUnits = 20
        var exchange = Exchange(configuration: configuration)
        _ = exchange.apply(.deposit(AccountID(1), .usdc, D.usdc("100")))
        exchange.accounts[AccountID(1)].wallets[D.usdc] = D.usdc("-50")
        exchange.ledgers[D.usdc].deposits -= D.usdc("150")
        #expect(exchange.ledgerDiscrepancy(asset: D.usdc) == .zero)
        var events: [Event] = []
        exchange.settleRemainder(AccountID(1), .cross(asset: D.usdc), walletBefore: .zero, &events)
        #expect(
            events == [
                .liquidation(.badDebt(account: AccountID(1), asset: D.usdc, amount: D.usdc("30"))),
                .liquidation(.insuranceFund(asset: D.usdc, change: D.usdc("-20"), balance: .zero)),
            ])
        #expect(exchange.accounts[AccountID(1)].wallets[D.usdc] == .zero)
        #expect(exchange.ledgers[D.usdc].badDebt == D.usdc("30"))
        #expect(exchange.ledgerDiscrepancy(asset: D.usdc) == .zero)
    }

    /// The book is used only when the fund could pay its worst fill, fee included. Limit 53,489.7
    /// (BK 54,030.0 − 1%): a fill there realises −651.03 and costs a 2.674485 fee, a deficit of
    /// 56.704485. A fund of 55 cannot cover it, so the position goes to ADL instead; 57 can, and the
    /// book is used with no bad debt.
    @Test(arguments: [(Int64(55), false), (57, true)])
    func theFundCoversTheWorstFillTheBookIsAllowed(fund: Int64, usesBook: Bool) throws {
        var desk = D.isolatedLong { $0.insuranceFundWholeUnits = fund }
        let bk = try #require(desk.exchange.risk(of: AccountID(1), in: Self.btc)?.bankruptcyPrice)
        desk.limit(3, .buy, lots: 100, ticks: bk.ticks - bk.ticks / 100)
        let steps = Steps.steps(desk.oracle(542_000))
        #expect(Steps.bookOrders(steps).isEmpty == !usesBook)
        #expect(!steps.contains { if case .badDebt = $0 { true } else { false } })
        #expect(desk.balances)
    }

    /// Once a bug: the vault could end below zero, unseen. (a) Its margin check counted only the
    /// initial margin of what it takes, not the loss of taking it at BK above the mark: capital 1,000,
    /// the mark gaps to 40,000, the vault took 0.1 BTC at 54,057.0 (then BK) and at once held 1,000 +
    /// 0.1 × (40,000 − 54,057) = −405.7 (fixed in 813cb60). (b) After a takeover above the mark (mark
    /// 54,100, equity 7 < ⅔ MM, BK 54,030.0) nothing reduced or liquidated the vault, so a further fall
    /// to 40,000 left it at 1,000 + 0.1 × (40,000 − 54,030) = −403. Now the vault is filed in the
    /// liquidation index like any account: the gap to 40,000 liquidates it, and as it cannot hand its
    /// position to itself, ADL closes it against the shorts at its own bankruptcy price (≈ 44,030).
    @Test func theBackstopVaultDoesNotEndBelowZero() {
        var gap = D.isolatedLong { $0.backstopCapitalWholeUnits = 1_000 }
        let gapLog = gap.oracle(400_000)
        #expect(gap.balances)
        #expect(gap.exchange.accountsBelowZero(unless: gapLog).isEmpty, "gap at takeover")

        var later = D.isolatedLong { $0.backstopCapitalWholeUnits = 1_000 }
        var log = later.oracle(541_000)
        #expect(
            Steps.steps(log).contains { if case .backstopTakeover(AccountID(1), _, _, _) = $0 { true } else { false } })
        log += later.oracle(400_000)
        #expect(later.balances)
        #expect(later.exchange.accountsBelowZero(unless: log).isEmpty, "fall after takeover")
        #expect(
            Steps.steps(log).contains {
                if case .autoDeleveraged(AccountID(0), _, _, _, _) = $0 { true } else { false }
            }, "the vault is liquidated by ADL")
    }

    /// Once a bug: ADL closed the counterparty at the liquidated account's bankruptcy price even
    /// when that was beyond the counterparty's own. Latency 5 s. Account 1's long has BK 54,030.0 and
    /// survives mark 54,400 (LP 54,246.9); there account 4 (1,000 USDC, cross, 50x) sells 0.1 BTC at
    /// 51,700, the band's edge, into account 3's bid (taker fee 2.585 → wallet 997.415). The oracle
    /// gaps to 45,000: account 1 is triggered; account 4, 670 in profit, withdraws what it may, wallet
    /// − IM (4,500 ÷ 50 = 90) = 907.415. At 5 s the vault (no capital) cannot take over; ADL picks
    /// account 4 (rank ≈ 0.77: its own BK is 52,600.0). Bought back at 54,030.0 it would realise 0.1 ×
    /// (51,700 − 54,030) = −233 and end at 90 − 233 = −143. Now it is bought back at its own BK,
    /// 52,600.0, and ends at zero; the 0.1 × 1,430 = 143 beyond stays with account 1, for the fund.
    @Test func deleveragingDoesNotPushTheCounterpartyBelowZero() {
        var desk = D.isolatedLong { $0.latency = 5 * .second }
        desk.deposit(4, usdc: 1_000)
        desk.run(.setLeverage(AccountID(4), Self.btc, 50))
        desk.oracle(544_000)
        desk.limit(3, .buy, lots: 100, ticks: 517_000)
        desk.limit(4, .sell, lots: 100, ticks: 517_000, .immediateOrCancel)
        #expect(desk.position(4).size == -100 && desk.wallet(4) == D.usdc("997.415"))
        var log = desk.oracle(450_000)
        log += desk.run(.withdraw(AccountID(4), .usdc, D.usdc("907.415")))
        #expect(desk.wallet(4) == D.usdc("90"))
        log += desk.run(.advanceTime(to: 5 * .second))
        #expect(
            Steps.steps(log).contains {
                if case .autoDeleveraged(AccountID(1), AccountID(4), _, _, _) = $0 { true } else { false }
            })
        #expect(desk.balances)
        #expect(desk.exchange.accountsBelowZero(unless: log).isEmpty)
        #expect(
            Steps.steps(log).contains {
                if case .autoDeleveraged(_, AccountID(4), _, _, Price(ticks: 526_000)) = $0 { true } else { false }
            }, "at account 4's own bankruptcy price")
    }

    /// Once a bug: in cross, one instrument's slippage was pushed into the next one's bankruptcy
    /// price and paid by an ADL counterparty, not by the fund (fund 60, no vault). Account 1 (1,000
    /// USDC) buys 0.1 BTC at 60,000 and 1 ETH at 3,000 (fees 3 and 1.5 → wallet 995.5). At BTC mark
    /// 50,350: equity 30.5 ≤ MM 20.14 + 15 = 35.14 (> ⅔ MM). BTC goes first: BK (6,000 − 995.5 + 15) ÷
    /// 0.1 = 50,195.0 (ETH's MM held back), limit 49,693.1, worst loss 50.19 ≤ 60; a bid at the limit
    /// fills: realised −1,030.69, fee 2.484655, wallet −37.674655. Recomputed then, ETH's BK was
    /// 3,037.67, above its mark: the IOC found only bids at 3,000 and account 2's ETH short was bought
    /// back at 3,037.67. Now every bankruptcy price is taken as the step begins, the equity of 30.5
    /// shared in proportion to MM (BTC 17.48 of room: BK 50,175.2, limit 49,673.5, still below the
    /// bid; ETH 13.02: BK 2,986.98), ETH sells into the bid at 3,000, and the fund pays what is left
    /// over. §6: the fund is the last line before ADL.
    @Test func theFundPaysForSlippageBeforeAnyoneIsDeleveraged() throws {
        var desk = D.crossBitcoinAndEther()
        desk.oracle(510_000)
        let bk = try #require(desk.exchange.risk(of: AccountID(1), in: Self.btc)?.bankruptcyPrice)
        desk.limit(3, .buy, lots: 100, ticks: bk.ticks - bk.ticks / 100)
        desk.limit(3, .buy, lots: 100, ticks: 300_000, in: D.ethPerp)
        let steps = Steps.steps(desk.oracle(503_500))
        #expect(desk.balances)
        #expect(!steps.contains { if case .autoDeleveraged = $0 { true } else { false } })
        #expect(desk.exchange.ledgers[D.usdc].insuranceFund < D.usdc("30"))
    }

    /// Two cross positions on the backstop path share the equity left in proportion to their
    /// maintenance margin. Account 1 (1,000 USDC) holds 0.1 BTC from 60,000 and 1 ETH from 3,000
    /// (wallet 995.5 after fees). At BTC mark 50,145: equity 995.5 − 985.5 = 10.0, MM 20.058 + 15 =
    /// 35.058, below ⅔ of it, so the vault takes both. Held back the other position's MM, ETH's room
    /// would be 10 − 20.058 < 0: a "bankruptcy" price above its mark, the vault paying over the
    /// market and the fund pocketing the difference. Shared: BTC gets 10 × 20.058 ÷ 35.058 ≈ 5.72 of
    /// room, ETH ≈ 4.28; both are taken below their marks and the fund changes by a cent of rounding.
    @Test func crossPositionsShareTheEquityOnTheBackstopPath() throws {
        var desk = D.crossBitcoinAndEther { $0.backstopCapitalWholeUnits = 100_000 }
        #expect(desk.wallet(1) == D.usdc("995.5"))
        let steps = Steps.steps(desk.oracle(501_450))
        let takeovers = steps.compactMap { step -> (InstrumentID, Price)? in
            guard case .backstopTakeover(AccountID(1), let instrument, _, let price) = step else { return nil }
            return (instrument, price)
        }
        #expect(takeovers.count == 2)
        for (instrument, price) in takeovers {
            let mark = instrument == Self.btc ? Price(ticks: 501_450) : Price(ticks: 300_000)
            #expect(price <= mark, "\(instrument) taken at \(price), mark \(mark)")
        }
        let fund = desk.exchange.ledgers[D.usdc].insuranceFund - D.usdc("60")
        // BTC at 50,087.7 (room 5.73) and ETH at 2,995.72 (4.28): ticks round the total room to 10.01,
        // so the fund pays one cent.
        #expect(takeovers.map(\.1) == [Price(ticks: 500_877), Price(ticks: 299_572)])
        #expect(fund == D.usdc("-0.01"))
        #expect(desk.balances && desk.exchange.accountsBelowZero(unless: []).isEmpty)
    }

    /// Once a bug: an isolated partial step handed margin back to the trader while the rest of the
    /// position went bankrupt; isolated margin now stays with the position until it closes in full. Partial threshold 1,000 USDC, fund 1,000, bid
    /// 54,250 (above BK). The 20-lot step realises 0.02 × (54,250 − 60,000) = −115, fee 0.5425, into
    /// the margin (597 → 481.4575), then `applyFill` releases 20% of that, 96.2915, to the wallet; the
    /// 80 lots left hold 385.166 against −464 at mark: equity −78.834. (With the margin kept pro rata,
    /// 0.8 × 597 = 477.6, it would be 13.6 — the same 78% of MM as before the step.)
    @Test func anIsolatedPartialStepKeepsTheRestSolvent() {
        var desk = D.isolatedLong {
            $0.partialAboveWholeUnits = 1_000
            $0.insuranceFundWholeUnits = 1_000
            $0.latency = 1
        }
        desk.limit(3, .buy, lots: 100, ticks: 542_500)
        desk.oracle(542_000)
        desk.run(.advanceTime(to: 1))
        #expect(desk.position(1).size == 80)
        #expect(desk.exchange.scopeMargin(AccountID(1), .isolated(Self.btc)).equity.units >= 0)
    }

    /// Seeded crashes (Support/CrashMarket.swift), fund 3,000, vault 30,000, partial steps above 20,000:
    /// the ledger balances after every command, positions net to zero, no trader ends below zero
    /// without bad debt, and over the seeds every layer shows up: book orders, backstop takeovers
    /// and ADL, and the vault never ends below zero either. (Gaps of 2–20% mostly jump past ⅔ MM —
    /// with a 0.4% MMR the book window between MM and ⅔ MM is 0.13% of notional — so the backstop and
    /// ADL carry most of it.)
    @Test func seededCrashesKeepTheLedgerAndReachEveryLayer() {
        var configuration = ExchangeConfiguration()
        configuration.liquidation.insuranceFundWholeUnits = 3_000
        configuration.liquidation.backstopCapitalWholeUnits = 30_000
        configuration.liquidation.partialAboveWholeUnits = 20_000
        var counts: [String: Int] = [:]
        for seed in UInt64(1)...8 {
            var exchange = Exchange(configuration: configuration)
            var market = CrashMarket(seed: seed)
            var log: [Event] = []
            for command in market.setup() { log += exchange.apply(command) }
            for step in 0..<1_500 {
                for command in market.next(exchange) {
                    log += exchange.apply(command)
                    for asset in exchange.assets.indices {
                        let discrepancy = exchange.ledgerDiscrepancy(asset: asset).units
                        guard discrepancy == 0 else {
                            Issue.record("seed \(seed) step \(step): \(discrepancy) after \(command)")
                            return
                        }
                    }
                }
            }
            #expect(exchange.ledgerBalances)
            for case .liquidation(let step) in log {
                var name = String("\(step)".prefix { $0 != "(" })
                if case .finished(_, _, false) = step { name = "partial" }
                counts[name, default: 0] += 1
            }
            let below = exchange.accountsBelowZero(unless: log)
            #expect(below.isEmpty, "seed \(seed): \(below) below zero without bad debt")
        }
        print("liquidation steps over 8 seeds:", counts.sorted { $0.key < $1.key })
        for kind in ["triggered", "bookOrder", "backstopTakeover", "autoDeleveraged", "insuranceFund", "finished"] {
            #expect((counts[kind] ?? 0) > 0, "no \(kind) in \(counts)")
        }
        // No latency here: a liquidation ends above maintenance only after a partial step, at once or
        // when its cooldown is up, so at most once per partial step.
        #expect(counts["averted", default: 0] <= counts["partial", default: 0])
    }
}

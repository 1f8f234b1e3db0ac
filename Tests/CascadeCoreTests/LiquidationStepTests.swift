import Testing

@testable import CascadeCore

/// One liquidation at a time through `Exchange.apply`, hand-computed (shared/reference/
/// exchange-mechanics.md §4 for the prices, §5 for the engine, §6 for the fund, §7 for ADL ranks).
///
/// BTC-PERP: tick 0.1 USD, lot 0.001 BTC (a tick-lot is 100 micro-USDC), maker 0.02%, taker 0.05%,
/// first tier MMR 0.4% up to 50,000 USDC. The engine's risk inputs carry no closing fee
/// (Exchange.positionInput): for an isolated long of q BTC with margin W and entry value C,
/// LP = (C − W) ÷ (q × (1 − 0.004)) where equity meets MM, BK = (C − W) ÷ q where it meets zero, each
/// the first tick at which its condition holds (rounded down for a long; LiquidationSolver.swift).
///
/// The mark is the median of index, moving basis and last trade; with a one-sided book there is no
/// moving basis and the mark is the lower of index and last trade, so an oracle drop moves it at once.
///
/// Two starting points (Support/LiquidationDesks.swift): `isolatedLong`, account 1 long 0.1 BTC at
/// 60,000, 10x isolated, margin 597, LP 54,246.9, BK 54,030.0, mark 56,000; `crossLong`, the same
/// position in cross with a 997 wallet and a 10-lot bid at 57,000, LP 50,230.9, BK 50,030.0, mark
/// 52,000, and account 3 bidding 0.1 BTC at a chosen price.
@Suite("Liquidation steps")
struct LiquidationStepTests {
    typealias D = ExchangeDesk
    static let btc = D.btcPerp
    static let one = AccountID(1)

    static func steps(_ events: [Event]) -> [LiquidationStep] {
        events.compactMap { if case .liquidation(let step) = $0 { step } else { nil } }
    }

    /// The sizes of the book orders among `steps`.
    static func bookOrders(_ steps: [LiquidationStep]) -> [Quantity] {
        steps.compactMap { if case .bookOrder(_, _, _, _, let lots, _, _) = $0 { lots } else { nil } }
    }

    static func isTriggered(_ step: LiquidationStep?) -> Bool {
        if case .triggered = step { true } else { false }
    }

    /// Mark 54,200 (below LP 54,246.9): equity 597 + 0.1 × (54,200 − 60,000) = 17, MM 5,420 × 0.4% =
    /// 21.68; 17 > ⅔ × 21.68 = 14.4533, so the book, not the backstop. Account 1's own bid is
    /// cancelled. Limit = BK − ⌊1% × 540,300⌋ ticks = 540,300 − 5,403 = 534,897 (53,489.7); the worst
    /// loss 0.1 × (54,030.0 − 53,489.7) = 54.03 is within the 1,000 fund. The IOC fills at account 3's
    /// 54,250: realised 0.1 × (54,250 − 60,000) = −575, taker fee 5,425 × 0.05% = 2.7125, so the
    /// isolated margin left is 597 − 575 − 2.7125 = 19.2875 = 0.1 × (54,250 − 54,030) − fee: the
    /// surplus over bankruptcy, which goes to the fund (§6.1 BitMEX: "fills better than bankruptcy →
    /// surplus to insurance fund").
    @Test func isolatedLongClosesThroughTheBookAndTheSurplusFundsTheInsurance() throws {
        var desk = D.isolatedLong { $0.insuranceFundWholeUnits = 1_000 }
        let risk = try #require(desk.exchange.risk(of: Self.one, in: Self.btc))
        #expect(risk.liquidationPrice == Price(ticks: 542_469) && risk.bankruptcyPrice == Price(ticks: 540_300))
        #expect(desk.position(1).isolatedMargin == D.usdc("597") && desk.wallet(1) == D.usdc("9400"))
        let own = try #require(D.orderID(desk.limit(1, .buy, lots: 10, ticks: 540_000)))
        let bid = try #require(D.orderID(desk.limit(3, .buy, lots: 100, ticks: 542_500)))
        let events = desk.oracle(542_000)
        let steps = Self.steps(events)
        let scope = LiquidationScope.isolated(Self.btc)
        #expect(steps.count == 4)
        #expect(
            steps.first
                == .triggered(
                    account: Self.one, scope: scope, mark: Price(ticks: 542_000), equity: D.usdc("17"),
                    maintenance: D.usdc("21.68")))
        guard steps.count == 4,
            case .bookOrder(let who, let instrument, let order, let side, let lots, let limit, let bk) = steps[1]
        else { return }
        #expect(who == Self.one && instrument == Self.btc && side == .sell && lots == Quantity(lots: 100))
        #expect(limit == Price(ticks: 534_897) && bk == Price(ticks: 540_300))
        #expect(steps[2] == .insuranceFund(asset: D.usdc, change: D.usdc("19.2875"), balance: D.usdc("1019.2875")))
        #expect(steps[3] == .finished(account: Self.one, scope: scope, closedAll: true))

        let cancelled = try #require(
            events.firstIndex(
                of: .book(Self.btc, .cancelled(own, Quantity(lots: 10), .requested), client: ClientOrderID(0))))
        let sent = try #require(events.firstIndex(of: .liquidation(steps[1])))
        #expect(cancelled < sent)
        let fills = D.fills(events)
        #expect(fills.map(\.account) == [AccountID(3), Self.one] && fills.map(\.order) == [bid, order])
        #expect(fills.allSatisfy { $0.price == Price(ticks: 542_500) })
        #expect(fills.last?.realizedPnL == D.usdc("-575") && fills.last?.fee == D.usdc("2.7125"))
        #expect(desk.position(1).isFlat && desk.position(1).isolatedMargin == .zero && desk.openOrders(1).isEmpty)
        #expect(desk.wallet(1) == D.usdc("9400") && desk.position(3).size == 100 && desk.balances)
    }

    /// With the default fund of 0 the 54.03 worst loss cannot be covered, so no book order is sent
    /// even though account 3 bids 54,250, above bankruptcy; with no backstop capital either, the
    /// position is auto-deleveraged against the only short (account 2) at BK 54,030.0. Account 1's
    /// realised 0.1 × (54,030 − 60,000) = −597 uses up its margin exactly: nothing for the fund.
    @Test func anEmptyFundSkipsTheBookAndDeleverages() {
        var desk = D.isolatedLong()
        desk.limit(3, .buy, lots: 100, ticks: 542_500)
        let steps = Self.steps(desk.oracle(542_000))
        #expect(
            steps.dropFirst() == [
                .autoDeleveraged(
                    account: Self.one, counterparty: AccountID(2), instrument: Self.btc, quantity: Quantity(lots: 100),
                    price: Price(ticks: 540_300)),
                .finished(account: Self.one, scope: .isolated(Self.btc), closedAll: true),
            ])
        #expect(desk.position(2).isFlat && desk.position(3).isFlat && desk.position(1).isFlat)
        // Account 2 sold at 60,000 (maker fee 1.2) and was bought back at 54,030.0 without fee.
        #expect(desk.wallet(2) == D.usdc("100595.8") && desk.wallet(1) == D.usdc("9400"))
        #expect(desk.balances)
    }

    /// Mark 54,100: equity 597 − 590 = 7 < ⅔ × MM (5,410 × 0.4% = 21.64 → 14.43), so the backstop
    /// vault (account 0, 10,000 USDC) takes the whole position at BK 54,030.0, fee-free, though the
    /// book bids better. Its check: 5,403 ÷ 10 + 0.05% fee = 543.0015 of margin, no loss to the mark
    /// (54,100 is above BK), ≤ 10,000. Nothing is left in the isolated margin, so the fund gets
    /// nothing (Hyperliquid lets the vault keep the maintenance margin instead, §5.1).
    @Test func belowTwoThirdsOfMaintenanceTheBackstopTakesOverAtBankruptcy() {
        var desk = D.isolatedLong { $0.backstopCapitalWholeUnits = 10_000 }
        #expect(desk.wallet(0) == D.usdc("10000") && desk.balances)
        desk.limit(3, .buy, lots: 100, ticks: 542_500)
        let events = desk.oracle(541_000)
        #expect(
            Self.steps(events) == [
                .triggered(
                    account: Self.one, scope: .isolated(Self.btc), mark: Price(ticks: 541_000), equity: D.usdc("7"),
                    maintenance: D.usdc("21.64")),
                .backstopTakeover(
                    account: Self.one, instrument: Self.btc, quantity: Quantity(lots: 100), price: Price(ticks: 540_300)
                ),
                .finished(account: Self.one, scope: .isolated(Self.btc), closedAll: true),
            ])
        #expect(D.fills(events).map(\.fee) == [.zero, .zero])
        #expect(D.fills(events).map(\.account) == [AccountID(0), Self.one])
        #expect(desk.position(0).size == 100 && desk.position(0).costBasis == D.usdc("5403"))
        #expect(desk.position(3).isFlat && desk.wallet(1) == D.usdc("9400"))
        #expect(desk.balances)
    }

    /// 'averted' cannot happen: cancelling orders frees their initial margin, but the trigger compares
    /// equity (wallet + uPnL) with maintenance margin, and orders enter neither. The open bid is
    /// cancelled and the liquidation goes on. Fill at 50,300: realised −970, fee 2.515, so 24.485 is
    /// left in the wallet and goes to the fund (cross: the whole wallet of the asset).
    @Test func cancellingOrdersCannotAvertACrossLiquidation() throws {
        var desk = D.crossLong(bid: 503_000)
        let before = desk.exchange.crossMargin(of: Self.one, asset: D.usdc)
        #expect(before.usedInitialMargin == D.usdc("577.285"))  // 5,200 ÷ 10 at mark 52,000, plus the bid's 57.285
        let events = desk.oracle(502_000)
        let steps = Self.steps(events)
        #expect(!steps.contains { if case .averted = $0 { true } else { false } })
        #expect(
            steps.first
                == .triggered(
                    account: Self.one, scope: .cross(asset: D.usdc), mark: Price(ticks: 502_000), equity: D.usdc("17"),
                    maintenance: D.usdc("20.08")))
        #expect(desk.openOrders(1).isEmpty)
        guard steps.count == 4, case .bookOrder(_, _, _, _, let lots, let limit, let bk) = steps[1] else {
            Issue.record("unexpected steps \(steps)")
            return
        }
        #expect(lots == Quantity(lots: 100) && bk == Price(ticks: 500_300) && limit == Price(ticks: 495_297))
        #expect(steps[2] == .insuranceFund(asset: D.usdc, change: D.usdc("24.485"), balance: D.usdc("1024.485")))
        #expect(desk.wallet(1) == .zero && desk.balances)
    }

    /// Partial step (Hyperliquid: 20% of a large position, §5.2), with the threshold lowered to 1,000
    /// USDC. Bid 50,300: ⌈20% × 100⌉ = 20 lots sell; realised 0.02 × (50,300 − 60,000) = −194, fee
    /// 0.503 → wallet 802.497; the 80 lots left lose 0.08 × 9,800 = 784 at mark: equity 18.497 >
    /// MM 4,016 × 0.4% = 16.064, so the account is healthy and the liquidation stops (`averted`, with
    /// those figures), fund untouched.
    @Test func aPartialStepThatRestoresHealthStops() {
        var desk = D.crossLong({ $0.partialAboveWholeUnits = 1_000 }, bid: 503_000)
        let steps = Self.steps(desk.oracle(502_000))
        #expect(steps.count == 4 && Self.bookOrders(steps) == [Quantity(lots: 20)])
        #expect(steps[2] == .finished(account: Self.one, scope: .cross(asset: D.usdc), closedAll: false))
        #expect(
            steps.last
                == .averted(
                    account: Self.one, scope: .cross(asset: D.usdc), equity: D.usdc("18.497"),
                    maintenance: D.usdc("16.064")))
        #expect(desk.position(1).size == 80 && desk.wallet(1) == D.usdc("802.497"))
        #expect(desk.exchange.crossMargin(of: Self.one, asset: D.usdc).equity == D.usdc("18.497"))
        #expect(desk.exchange.ledgers[D.usdc].insuranceFund == D.usdc("1000"))
        #expect(Self.steps(desk.run(.advanceTime(to: 60 * .second))).isEmpty)
        #expect(desk.balances)
    }

    /// Bid 50,000 (below the mark): the 20-lot step realises −200, fee 0.5 → wallet 796.5; equity
    /// 796.5 − 784 = 12.5 ≤ MM 16.064, still liquidatable (but above ⅔ MM = 10.71), so the next step
    /// must wait for the 30 s cooldown (LiquidationRules.cooldown: "wait between partial steps").
    ///
    /// Regression, BUG at f963d22: `liquidate` re-filed the account with `rekey`, which called
    /// `schedule` (the pending key was removed before the step), so a new `triggered` step was
    /// queued due now + latency (0) and `runDueLiquidations` ran it in the same command; the cooldown
    /// entry was a duplicate. All the steps happened at once (20, 16, 13 lots, then ADL of 51).
    /// Fixed in 813cb60 (cooldown queued before re-filing; no `schedule` for `inLiquidation`).
    @Test func aPartialStepThatLeavesTheAccountLiquidatableWaitsForTheCooldown() {
        var desk = D.crossLong({ $0.partialAboveWholeUnits = 1_000 }, bid: 500_000)
        let first = Self.steps(desk.oracle(502_000))
        #expect(Self.bookOrders(first) == [Quantity(lots: 20)])
        #expect(first.last == .finished(account: Self.one, scope: .cross(asset: D.usdc), closedAll: false))
        #expect(desk.position(1).size == 80)
        #expect(Self.steps(desk.run(.advanceTime(to: 29_999))).isEmpty)
        let second = Self.steps(desk.run(.advanceTime(to: 30 * .second)))
        #expect(Self.bookOrders(second).first == Quantity(lots: 16))  // ⌈20% × 80⌉
        #expect(desk.balances)
    }

    /// Latency 5 s: the breach at t = 0 is reported at once, but nothing is done until the clock
    /// reaches 5,000 ms; then the same step as above runs (fill at 54,250, surplus 19.2875).
    @Test func latencyDelaysTheFirstStep() {
        var desk = D.isolatedLong {
            $0.latency = 5 * .second
            $0.insuranceFundWholeUnits = 1_000
        }
        desk.limit(3, .buy, lots: 100, ticks: 542_500)
        let breach = Self.steps(desk.oracle(542_000))
        #expect(breach.count == 1 && Self.isTriggered(breach.first))
        #expect(Self.steps(desk.run(.advanceTime(to: 4_999))).isEmpty)
        #expect(desk.position(1).size == 100)
        let late = Self.steps(desk.run(.advanceTime(to: 5_000)))
        #expect(late.count == 3)
        #expect(
            late.dropFirst().first
                == .insuranceFund(asset: D.usdc, change: D.usdc("19.2875"), balance: D.usdc("1019.2875")))
        #expect(late.last == .finished(account: Self.one, scope: .isolated(Self.btc), closedAll: true))
        #expect(desk.position(1).isFlat && desk.balances)
    }

    /// If the mark recovers during the latency, the due liquidation finds the account healthy, says
    /// so (`averted`, with the figures then) and does nothing else.
    @Test func aRecoveryDuringTheLatencyIsAverted() {
        var desk = D.isolatedLong { $0.latency = 5 * .second }
        #expect(Self.steps(desk.oracle(542_000)).count == 1)
        desk.run(.advanceTime(to: 2_000))
        desk.oracle(560_000)
        let margin = desk.exchange.scopeMargin(Self.one, .isolated(Self.btc))
        #expect(margin.equity > margin.maintenance)
        #expect(
            Self.steps(desk.run(.advanceTime(to: 6_000)))
                == [
                    .averted(
                        account: Self.one, scope: .isolated(Self.btc), equity: margin.equity,
                        maintenance: margin.maintenance)
                ])
        #expect(desk.position(1).size == 100)
        // Still watched: the next breach is detected again.
        #expect(Self.steps(desk.oracle(542_000)).count == 1)
    }

    /// Regression, BUG at f963d22: a position opened before the instrument's first mark was never
    /// filed in the liquidation index. `settleBookEvents` re-keyed the traders before it recorded the
    /// last trade, so with no mark yet there was no valuation price, `risk` was nil and the account
    /// was filed with `nil`; a later mark only re-checks accounts it crosses. The isolated long sat at
    /// equity 597 − 1,000 = −403 at mark 50,000, unliquidated. Fixed in 813cb60.
    @Test func aPositionOpenedBeforeTheFirstMarkIsStillWatched() {
        var desk = D()
        desk.deposit(1, usdc: 10_000)
        desk.deposit(2, usdc: 100_000)
        desk.run(.setMarginMode(Self.one, Self.btc, .isolated))
        desk.limit(2, .sell, lots: 100, ticks: 600_000)
        desk.market(1, .buy, lots: 100)
        let steps = Self.steps(desk.oracle(500_000))
        #expect(Self.isTriggered(steps.first))
        #expect(desk.position(1).isFlat)
    }

    /// Regression, BUG up to 813cb60: the published liquidation price included the 0.05% close fee,
    /// the trigger did not. LP was 54,274.3 (54,274.2 at 813cb60), but `isLiquidatable` asks equity ≤
    /// MM: 597 − 6,000 + 0.1p ≤ 0.0004p, so p ≤ 54,246.98, i.e. 54,246.9. At the LP nothing happened;
    /// the index popped the account (key ≥ mark) and `rekey` filed it again at the same key, so every
    /// mark in between popped and re-checked it. Without the fee in the engine's inputs they agree.
    @Test func theEngineActsAtThePublishedLiquidationPrice() throws {
        var actual = D.isolatedLong()
        #expect(Self.steps(actual.oracle(542_470)).isEmpty)
        #expect(Self.isTriggered(Self.steps(actual.oracle(542_469)).first))
        var published = D.isolatedLong()
        let lp = try #require(published.exchange.risk(of: Self.one, in: Self.btc)?.liquidationPrice)
        #expect(Self.isTriggered(Self.steps(published.oracle(lp.ticks)).first), "LP \(lp)")
    }

    /// §7.2: four shorts at mark 50,000, ranked by PnL% × effective leverage (÷ when losing).
    /// A short's BK = entry + W ÷ q, so the table's BK (entry × (1 + 1/L)) needs W = q × entry ÷ L:
    /// B 1,100, A 6,000, C 20,800, D 2,400. Each short rests its ask at leverage 50, 10, 5, 20 and
    /// pays the 0.02% maker fee out of that margin (11, 12, 20.8, 9.6), then tops it back up. Trading
    /// happens before the first mark (no price band), the last at 52,000, so the mark is min(index
    /// 50,000, 52,000).
    @Test func deleveragingRanksReproduceTheReferenceTable() throws {
        var desk = D()
        desk.deposit(9, usdc: 1_000_000)
        // (account, lots, entry ticks, leverage, top-up, rank, bankruptcy ticks)
        let shorts: [(UInt32, Int64, Int64, Int, String, Double, Int64)] = [
            (4, 1_000, 480_000, 20, "9.6", -0.000333, 504_000),  // D
            (2, 1_000, 550_000, 50, "11", 0.745156, 561_000),  // B
            (1, 1_000, 600_000, 10, "12", 0.520833, 660_000),  // A
            (3, 2_000, 520_000, 5, "20.8", 0.155087, 624_000),  // C
        ]
        for (account, lots, entry, leverage, topUp, _, _) in shorts {
            let id = AccountID(account)
            desk.deposit(account, usdc: 30_000)
            desk.run(.setMarginMode(id, Self.btc, .isolated))
            desk.run(.setLeverage(id, Self.btc, leverage))
            desk.limit(account, .sell, lots: lots, ticks: entry)
            desk.market(9, .buy, lots: lots)
            desk.run(.adjustIsolatedMargin(id, Self.btc, D.usdc(topUp)))
        }
        desk.oracle(500_000)
        #expect(desk.exchange.mark(Self.btc)?.price == Price(ticks: 500_000))
        for (account, _, _, _, _, rank, bankruptcy) in shorts {
            let risk = try #require(desk.exchange.risk(of: AccountID(account), in: Self.btc))
            #expect(risk.bankruptcyPrice == Price(ticks: bankruptcy))
            let computed = try #require(desk.exchange.deleveragingRank(AccountID(account), Self.btc))
            #expect(abs(computed - rank) < 0.000001, "account \(account): \(computed)")
        }
        // Queue B, A, C, D; five lights for the first, then 5 − ⌊place × 5 ÷ 4⌋.
        #expect(desk.exchange.deleveragingQueue(Self.btc, opposite: true) == [2, 1, 3, 4].map(AccountID.init))
        #expect([2, 1, 3, 4].map { desk.exchange.deleveragingLevel(AccountID($0), Self.btc) } == [5, 4, 3, 2])
        // The only long gets five lights; a flat account none.
        #expect(desk.exchange.deleveragingLevel(AccountID(9), Self.btc) == 5)
        #expect(desk.exchange.deleveragingLevel(AccountID(9), D.ethPerp) == nil)
        #expect(desk.balances)
    }
}

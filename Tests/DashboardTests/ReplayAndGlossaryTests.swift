import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// Liquidation replays gather each liquidation's events in order with the fund before and after;
/// the glossary defines every term the explain panel derives.
@Suite struct ReplayAndGlossaryTests {
    private let btc = InstrumentID(0)
    private let liquidated = AccountID(5)

    private func fill(_ account: AccountID, order: Int64, lots: Int64, price: Int64) -> Fill {
        Fill(
            account: account, instrument: btc, order: OrderID(order), side: .sell, price: Price(ticks: price),
            quantity: Quantity(lots: lots), isMaker: false, fee: Money(units: 1_000_000), realizedPnL: .zero,
            positionSize: 0)
    }

    private func bookOrder(_ order: Int64, lots: Int64) -> LiquidationStep {
        .bookOrder(
            account: liquidated, instrument: btc, order: OrderID(order), side: .sell, quantity: Quantity(lots: lots),
            limit: Price(ticks: 594_000), bankruptcyPrice: Price(ticks: 600_000))
    }

    /// A partial liquidation: a first step that fills 6 of 10 lots, then after the cooldown (no new
    /// trigger) the rest to the backstop, and the remaining margin to the fund.
    private func recorded() -> ReplayRecorder {
        var recorder = ReplayRecorder(user: AccountID(1), instrumentAssets: [AssetID(0), AssetID(0), AssetID(1)])
        recorder.record(
            .triggered(
                account: liquidated, scope: .isolated(btc), mark: Price(ticks: 604_000), equity: Money(units: 90),
                maintenance: Money(units: 100)), at: 1_000)
        recorder.record(bookOrder(77, lots: 10), at: 1_000)
        recorder.record(fill(liquidated, order: 77, lots: 6, price: 600_500), at: 1_000)
        recorder.record(fill(AccountID(9), order: 12, lots: 6, price: 600_500), at: 1_000)
        recorder.record(.finished(account: liquidated, scope: .isolated(btc), closedAll: false), at: 1_000)
        recorder.record(
            .backstopTakeover(
                account: liquidated, instrument: btc, quantity: Quantity(lots: 4), price: Price(ticks: 600_000)),
            at: 31_000)
        recorder.record(
            .insuranceFund(
                asset: AssetID(0), change: Money(units: 15_000_000), balance: Money(units: 1_015_000_000),
                account: liquidated),
            at: 31_000
        )
        recorder.record(.finished(account: liquidated, scope: .isolated(btc), closedAll: true), at: 31_000)
        recorder.record(
            .triggered(
                account: AccountID(1), scope: .cross(asset: AssetID(0)), mark: Price(ticks: 0), equity: .zero,
                maintenance: .zero
            ),
            at: 40_000)
        return recorder
    }

    @Test func aPartialLiquidationIsOneReplayFromTriggerToFinish() throws {
        let replays = recorded().replays
        #expect(replays.map(\.id) == [1, 2])
        let replay = replays[0]
        #expect(replay.account == liquidated && !replay.isUser && replay.isOver)
        #expect(replay.moments.count == 7, "the maker's fill is not the liquidated account's")
        #expect(replay.closedLots.book == 6 && replay.closedLots.backstop == 4 && replay.closedLots.deleveraged == 0)
        #expect(replay.fund?.before == Money(units: 1_000_000_000) && replay.fund?.after == Money(units: 1_015_000_000))
        #expect(replay.trigger?.mark == Price(ticks: 604_000))
        #expect(replays[1].isUser && !replays[1].isOver && replays[1].fund == nil)
        #expect(recorded().isLiquidationOrder(OrderID(77)) && !recorded().isLiquidationOrder(OrderID(12)))
    }

    /// A fund takeover: the engine's sale right after it settles this liquidation and joins its
    /// replay; the engine's later sales settle many at once and join none.
    @Test func theFundsEnginePaymentsJoinOnlyTheTakeoverTheyFollow() throws {
        var recorder = ReplayRecorder(user: AccountID(1), instrumentAssets: [AssetID(0), AssetID(0), AssetID(1)])
        let engine = AccountID(0)
        recorder.record(
            .triggered(
                account: liquidated, scope: .isolated(btc), mark: Price(ticks: 590_000), equity: .zero,
                maintenance: Money(units: 100)), at: 1_000)
        recorder.record(
            .fundTakeover(
                account: liquidated, instrument: btc, quantity: Quantity(lots: 4), price: Price(ticks: 595_000)),
            at: 1_000)
        let sale = LiquidationStep.insuranceFund(
            asset: AssetID(0), change: Money(units: -2_000_000), balance: Money(units: 998_000_000), account: engine,
            reason: .fills)
        recorder.record(sale, at: 1_000)
        recorder.record(.finished(account: liquidated, scope: .isolated(btc), closedAll: true), at: 1_000)
        recorder.record(
            .insuranceFund(
                asset: AssetID(0), change: Money(units: -5_000_000), balance: Money(units: 993_000_000),
                account: engine,
                reason: .fills), at: 5_000)
        recorder.record(
            .triggered(
                account: AccountID(7), scope: .isolated(btc), mark: Price(ticks: 580_000), equity: .zero,
                maintenance: Money(units: 100)), at: 6_000)
        recorder.record(.finished(account: AccountID(7), scope: .isolated(btc), closedAll: true), at: 6_000)
        let replays = recorder.replays
        #expect(replays.count == 2)
        #expect(replays[0].moments.contains(LiquidationReplay.Moment(time: 1_000, entry: .step(sale))))
        #expect(replays[0].fund?.after == Money(units: 998_000_000))
        #expect(replays[1].fund == nil, "the engine's later sale settles no single liquidation")
        let text = ReplayView.lines(replays[0], SnapshotFixture.snapshot()).map(\.text).joined(separator: "\n")
        #expect(text.contains("Insurance fund took over 0.004 BTC-PERP at the bankruptcy price 59500.0"))
        #expect(text.contains("the fills were worse than the bankruptcy price; the fund pays the gap"))
    }

    @Test func theReplayTellsEachStepWithItsNumbers() throws {
        let snapshot = SnapshotFixture.snapshot()
        let lines = ReplayView.lines(recorded().replays[0], snapshot).map(\.text)
        let text = lines.joined(separator: "\n")
        #expect(lines[1].hasPrefix("1. 00:00:01 Triggered (isolated BTC-PERP) at mark 60400.0"))
        #expect(text.contains("2. 00:00:01 Book order #77: sell 0.010 BTC-PERP, immediate-or-cancel, limit 59400.0"))
        #expect(text.contains("filled 0.006 at 60050.0, fee 1.00"))
        #expect(text.contains("unfilled 0.004"))
        #expect(text.contains("Partial step done"))
        #expect(text.contains("Backstop vault took 0.004 BTC-PERP at the bankruptcy price 60000.0"))
        #expect(text.contains("Insurance fund +15.00 → 1,015.00"))
        #expect(text.contains("Finished: the position is closed"))
        #expect(lines.last?.contains("1,000.00 before, 1,015.00 after (+15.00)") == true)
    }

    /// The user's liquidation stays listed (and keeps gathering its steps) however many other
    /// liquidations follow it; the others roll over at `capacity`.
    @Test func theUsersLiquidationsOutliveTheRollingList() {
        let user = AccountID(1)
        var recorder = ReplayRecorder(user: user, instrumentAssets: [AssetID(0)])
        recorder.record(
            .triggered(
                account: user, scope: .cross(asset: AssetID(0)), mark: Price(ticks: 590_000), equity: .zero,
                maintenance: Money(units: 1)), at: 1_000)
        recorder.record(
            .bookOrder(
                account: user, instrument: btc, order: OrderID(500), side: .sell, quantity: Quantity(lots: 10),
                limit: Price(ticks: 580_000), bankruptcyPrice: Price(ticks: 585_000)), at: 1_000)
        for other in 0..<(ReplayRecorder.capacity + 50) {
            let account = AccountID(UInt32(100 + other))
            recorder.record(
                .triggered(
                    account: account, scope: .isolated(btc), mark: Price(ticks: 590_000), equity: .zero,
                    maintenance: Money(units: 1)), at: 2_000)
            recorder.record(.finished(account: account, scope: .isolated(btc), closedAll: true), at: 2_000)
        }
        recorder.record(fill(user, order: 500, lots: 10, price: 584_000), at: 3_000)
        recorder.record(.finished(account: user, scope: .cross(asset: AssetID(0)), closedAll: true), at: 3_000)
        let replays = recorder.replays
        #expect(replays.count == ReplayRecorder.capacity + 1)
        #expect(replays.map(\.id) == replays.map(\.id).sorted())
        let own = replays.first
        #expect(own?.isUser == true && own?.isOver == true)
        #expect(own?.moments.count == 4, "trigger, book order, its fill, finished")
        var browser = ReplayBrowser(newest: replays.last!.id)
        browser.yoursOnly = true
        #expect(browser.listed(replays).map(\.id) == [1])
    }

    @Test func replaysFromARealCrashAddUp() {
        var session = EngineSession(
            scenario: LessonLibrary.named("cascade")!.scenario, seed: 3, speed: 1, paused: false)
        session.advanceSimulated(to: 60 * .minute)
        let replays = session.snapshot().replays.filter { $0.isOver && $0.trigger != nil }
        #expect(replays.count > 20)
        for replay in replays {
            var fundChange = Money.zero
            var ordered: [OrderID: Int64] = [:]
            for moment in replay.moments {
                switch moment.entry {
                case .step(.insuranceFund(let payment)): fundChange += payment.change
                case .step(.bookOrder(_, _, let order, _, let quantity, _, _)): ordered[order] = quantity.lots
                case .fill(let fill): ordered[fill.order, default: 0] -= fill.quantity.lots
                default: break
                }
            }
            #expect((replay.fund.map { $0.after - $0.before } ?? .zero) == fundChange, "replay \(replay.id)")
            #expect(ordered.values.allSatisfy { $0 >= 0 }, "no order fills more than it asked, replay \(replay.id)")
            guard case .step(.triggered) = replay.moments.first?.entry,
                case .step(let last) = replay.moments.last?.entry
            else {
                Issue.record("replay \(replay.id) starts with its trigger")
                continue
            }
            switch last {
            case .finished(_, _, true):
                #expect(replay.closedLots.book + replay.closedLots.backstop + replay.closedLots.deleveraged > 0)
            case .averted:
                #expect(replay.fund == nil, "replay \(replay.id): only a full close settles with the fund")
            default: Issue.record("replay \(replay.id) is over but ends with \(last)")
            }
        }
    }

    @Test func theGlossaryDefinesEveryTermTheExplainPanelDerives() throws {
        let known = Set(GlossaryView.terms.map { $0.name.lowercased() })
        let snapshot = SnapshotFixture.snapshot()
        let names =
            snapshot.account.positions.flatMap { $0.risk.derivations.map(\.name) }
            + snapshot.account.derivations.map(\.name)
        #expect(!names.isEmpty)
        for name in names {
            #expect(known.contains(name.lowercased()) || known.contains(name.lowercased() + " balance"), "\(name)")
        }
        for term in ["MMR", "cum", "tier", "insurance fund", "backstop vault", "ADL", "bad debt", "funding"] {
            #expect(known.contains(term.lowercased()), "\(term)")
        }
    }
}

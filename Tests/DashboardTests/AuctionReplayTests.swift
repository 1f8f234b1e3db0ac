import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// Auction replays in the replays overlay: `a` lists the lending market's auctions beside the
/// liquidations, Enter tells one step by step (bark, takes, reset, end) under its price curve with the
/// takes marked, and ←→ step the curve through them; rendered into canvases.
@Suite struct AuctionReplayTests {
    /// The fixture's auction #3 of the user's vault #7: the bark and a keeper's take, then a reset,
    /// the user's take and the end with collateral returned.
    static func snapshot() -> MarketSnapshot {
        var snapshot = SnapshotFixture.snapshot()
        var lending = LendingFixture.crash()
        var replay = AuctionReplay(lending.activity[0], isVaultRow: true)
        replay.steps.append(lending.activity[1])
        let start = lending.activity[0].time
        let resetTop = Ray(1_400_000_000, over: 1_000_000_000, rounding: .down)!
        let take = AuctionTake(
            slice: Money(units: 2 * Asset.eth.unitsPerWhole), owe: Money(units: 2_700 * Asset.usdc.unitsPerWhole),
            price: Ray(1_350_000_000, over: 1_000_000_000, rounding: .down)!)
        replay.steps += [
            LendingActivity(
                time: start + 9 * .minute, auction: replay.auction, vault: replay.vault, kind: 0,
                actor: AccountID(1204), incentive: Money(units: 10_000_000), isYours: true, what: .reset(top: resetTop),
                isYourVault: true),
            LendingActivity(
                time: start + 12 * .minute, auction: replay.auction, vault: replay.vault, kind: 0,
                actor: World.userAccount, isYours: true,
                what: .taken(take, tabLeft: .zero, lotLeft: Money(units: 7 * Asset.eth.unitsPerWhole)),
                isYourVault: true),
            LendingActivity(
                time: start + 12 * .minute, auction: replay.auction, vault: replay.vault, kind: 0,
                actor: World.userAccount, isYours: true,
                what: .ended(returned: Money(units: 7 * Asset.eth.unitsPerWhole), unpaid: .zero, badDebt: .zero),
                isYourVault: true),
        ]
        var other = AuctionReplay(
            LendingActivity(
                time: start + .minute, auction: AuctionID(4), vault: VaultID(12), kind: 0, actor: AccountID(1205),
                isYours: false,
                what: .started(
                    lot: Money(units: Asset.eth.unitsPerWhole), tab: Money(units: 1_000 * Asset.usdc.unitsPerWhole),
                    top: resetTop)), isVaultRow: false)
        other.steps.append(
            LendingActivity(
                time: start + 3 * .hour, auction: AuctionID(4), vault: VaultID(12), kind: 0, actor: AccountID(12),
                isYours: false,
                what: .ended(
                    returned: .zero, unpaid: Money(units: 400 * Asset.usdc.unitsPerWhole),
                    badDebt: Money(units: 150 * Asset.usdc.unitsPerWhole))))
        lending.replays = [replay, other]
        snapshot.lending = lending
        return snapshot
    }

    private func screen(_ state: AppState, _ snapshot: MarketSnapshot, width: Int = 160, height: Int = 48) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let layout = DashboardLayout(width: width, height: height)!
        DashboardScreen.draw(
            ViewContext(snapshot: snapshot, state: state, glyphs: .unicode), layout: layout, canvas: &canvas)
        return canvas
    }

    private func press(_ keys: Key..., state: inout AppState, _ snapshot: MarketSnapshot) {
        for key in keys { _ = state.handle(key, snapshot: snapshot, visible: []) }
    }

    @Test func aListsTheAuctionsNewestFirstWithTheirOutcome() throws {
        let snapshot = Self.snapshot()
        var state = AppState(themeName: "default-dark")
        press(.character("r"), .character("a"), state: &state, snapshot)
        let canvas = screen(state, snapshot)
        #expect(canvas.find("Auctions up to #4, newest first") != nil, "\(canvas.text)")
        let other = try #require(canvas.find("BAD DEBT 150.00 USDC"))
        let own = try #require(canvas.find("7.000000 ETH returned"))
        #expect(other.y < own.y, "newest first")
        #expect(canvas.row(own.y).contains("YOURS #7") && canvas.row(own.y).contains("1,800.00"))
        #expect(canvas.style(x: own.x, y: own.y).role == .buy)
        #expect(canvas.style(x: other.x, y: other.y).role == .selection, "the newest is selected")
        press(.down, state: &state, snapshot)
        #expect(screen(state, snapshot).style(x: other.x, y: other.y).role == .marginDanger)
        press(.character("u"), state: &state, snapshot)
        #expect(screen(state, snapshot).find("BAD DEBT") == nil, "only yours")
        press(.character("a"), state: &state, snapshot)
        #expect(screen(state, snapshot).find("Liquidations up to #0") != nil, "a goes back to the liquidations")
    }

    @Test func anOpenedAuctionIsToldStepByStepUnderItsCurveAndSteps() throws {
        let snapshot = Self.snapshot()
        var state = AppState(themeName: "default-dark")
        press(.character("r"), .character("a"), .down, .enter, state: &state, snapshot)
        var canvas = screen(state, snapshot)
        #expect(canvas.find("Auction #3, step by step") != nil, "\(canvas.text)")
        #expect(canvas.find("Auction #3 of YOUR vault #7 (ETH-A), from 00:30:00") != nil)
        for text in [
            "1. 00:30:00 keeper 1204 started #3 of YOUR vault #7: 10.000000 ETH to raise 18,650.00",
            "2. 00:35:00 keeper 1205 took 1.000000 ETH of #3 (YOUR vault #7) at ",
            "3. 00:39:00 keeper 1204 reset #3 (YOUR vault #7) at 1,400.00",
            "4. 00:42:00 YOU took 2.000000 ETH of #3 (YOUR vault #7) at 1,350.00",
            "5. 00:42:00 #3 of YOUR vault #7 ended: 7.000000 ETH returned to YOU",
            "tab = debt × chop (113.0%)", "Sold 3.000000 ETH for 4,400.00 USDC in 2 takes",
            "step 5 of 5 · 00:42:00", "covers tab",
        ] {
            #expect(canvas.find(text) != nil, "\(text)\n\(canvas.text)")
        }
        let last = try #require(canvas.find("5. 00:42:00"))
        #expect(canvas.style(x: last.x, y: last.y).role == .selection)
        let chartRows = (0..<canvas.height).filter { row in
            canvas.row(row).unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }
        }
        #expect(chartRows.count >= 6, "the curve is drawn over the chart's height\n\(canvas.text)")

        press(.left, .left, .left, state: &state, snapshot)
        canvas = screen(state, snapshot)
        #expect(canvas.find("step 2 of 5 · 00:35:00") != nil, "\(canvas.text)")
        let second = try #require(canvas.find("2. 00:35:00"))
        #expect(canvas.style(x: second.x, y: second.y).role == .selection)
        let later = try #require(canvas.find("4. 00:42:00"))
        #expect(canvas.style(x: later.x, y: later.y).role == .muted, "steps after the cursor are dim")
        press(.left, .left, state: &state, snapshot)
        #expect(screen(state, snapshot).find("step 1 of 5 · 00:30:00 · price 1,800.00") != nil)
        press(.escape, state: &state, snapshot)
        #expect(screen(state, snapshot).find("Auctions up to #4") != nil)
    }

    @Test func atEightyByTwentyFourTheStepsScrollWithoutTheCurve() throws {
        let snapshot = Self.snapshot()
        var state = AppState(themeName: "default-dark")
        state.screen = (80, 24)
        press(.character("r"), .character("a"), .down, .enter, state: &state, snapshot)
        press(.end, state: &state, snapshot)
        let canvas = screen(state, snapshot, width: 80, height: 24)
        #expect(canvas.find("Sold 3.000000 ETH") != nil, "\(canvas.text)")
    }
}

import Foundation
import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// Workspace `4` rendered into a canvas: the pools and their rate curve, the user's vaults with a
/// health gauge and word, the auctions (the user's marked YOURS) with the selected one's price curve,
/// keeper activity and the surplus buffer; at every supported size, with no number cut off; the
/// explain panel's vault arithmetic; the glossary's lending words.
@Suite struct LendingWorkspaceTests {
    static func screen(_ snapshot: MarketSnapshot, _ state: AppState, width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let layout = DashboardLayout(width: width, height: height)!
        DashboardScreen.draw(
            ViewContext(snapshot: snapshot, state: state, glyphs: .unicode), layout: layout, canvas: &canvas)
        return canvas
    }

    static func crashSnapshot() -> MarketSnapshot {
        var snapshot = SnapshotFixture.snapshot()
        snapshot.lending = LendingFixture.crash()
        return snapshot
    }

    static func lendingState() -> AppState {
        var state = AppState(themeName: "default-dark")
        state.workspace = .lending
        return state
    }

    @Test(arguments: [(80, 24), (160, 48), (240, 70)]) func everyPanelShowsAndNoNumberIsCutOff(size: (Int, Int)) {
        let canvas = Self.screen(Self.crashSnapshot(), Self.lendingState(), width: size.0, height: size.1)
        #expect(canvas.row(0).contains("[4 Lending]"))
        for title in ["Lending pools", "YOUR vaults · 2", "Auctions · 1 running", "Surplus buffer", "Keeper activity"] {
            #expect(canvas.find(title) != nil, "\(title) at \(size)\n\(canvas.text)")
        }
        #expect(canvas.find("YOURS #7") != nil, "the user's auction is marked")
        #expect(canvas.find("IN AUCTION #3") != nil)
        #expect(canvas.text.range(of: #"HF \d\.\d\d SAFE"#, options: .regularExpression) != nil, "\(canvas.text)")
        #expect(canvas.find("liq. price 903.61 USDC/ETH") != nil, "1,500 ÷ (2 × 0.83) = 903.614…")
        #expect(truncations(of: ["1,500.00", "2.000000", "903.61", "1,627.89", "8,500.00"], in: canvas).isEmpty)
        if size.1 >= 40 {
            #expect(canvas.find("Auction #3 · YOUR vault #7 · ETH-A") != nil, "\(canvas.text)")
            #expect(canvas.find("oracle") != nil && canvas.find("reset in") != nil)
        }
    }

    @Test func keeperActivityAboutTheUsersVaultSaysYOURVaultWhoeverActed() {
        var snapshot = Self.crashSnapshot()
        var lending = LendingFixture.crash()
        let time = lending.time - .minute
        lending.activity += [
            LendingActivity(
                time: time, auction: AuctionID(5), vault: VaultID(9), kind: 0, actor: World.userAccount,
                isYours: true,
                what: .started(
                    lot: Money(units: Asset.eth.unitsPerWhole), tab: Money(units: 1_000 * Asset.usdc.unitsPerWhole),
                    top: lending.auctions[0].lot.top), isYourVault: true),
            LendingActivity(
                time: time, auction: AuctionID(3), vault: VaultID(7), kind: 0, actor: World.userAccount,
                isYours: true, what: .ended(returned: .zero, unpaid: .zero, badDebt: .zero),
                isYourVault: true),
            LendingActivity(
                time: time, auction: AuctionID(6), vault: VaultID(12), kind: 0, actor: World.userAccount,
                isYours: true,
                what: .started(
                    lot: Money(units: Asset.eth.unitsPerWhole), tab: Money(units: 1_000 * Asset.usdc.unitsPerWhole),
                    top: lending.auctions[0].lot.top)),
        ]
        snapshot.lending = lending
        let canvas = Self.screen(snapshot, Self.lendingState(), width: 240, height: 70)
        for line in [
            "keeper 1204 started #3 of YOUR vault #7: 10.000000 ETH",
            "keeper 1205 took 1.000000 ETH of #3 (YOUR vault #7)",
            "YOU started #5 of YOUR vault #9", "#3 of YOUR vault #7 ended: 0.000000 ETH returned to YOU",
            "YOU started #6 of vault #12",
        ] {
            #expect(canvas.find(line) != nil, "\(line)\n\(canvas.text)")
        }
    }

    @Test func theHeaderNamesOnlyTheOpenWorkspaceWhenNarrow() {
        let narrow = Self.screen(Self.crashSnapshot(), Self.lendingState(), width: 80, height: 24)
        #expect(narrow.row(0).hasPrefix(" 1  2  3  [4 Lending]  BTC-PERP  64000.5"), "\(narrow.row(0))")
        let wide = Self.screen(Self.crashSnapshot(), AppState(themeName: "default-dark"), width: 160, height: 48)
        #expect(wide.row(0).hasPrefix(" [1 Trade]  2 Markets  3 Options  4 Lending  BTC-PERP"))
    }

    @Test func theAuctionRowShowsPriceAgainstTheOracleAndTheTimeToReset() throws {
        let lending = LendingFixture.crash()
        let cells = LendingAuctionsView.row(lending.auctions[0], lending, .unicode).map(\.text)
        // 1,500 × 1.20 = 1,800 at the start; 15 minutes = 10 steps of 90 s: 1,800 × 0.99¹⁰ = 1,627.8877.
        #expect(cells[4] == "1,627.89", "\(cells)")
        #expect(cells[5] == "▼-18.6%", "1,627.88 ÷ 2,000 − 1")
        // The cusp (40%) comes at step 92, 8,280 s, before the 140-minute tail: 8,280 − 900 s left.
        #expect(cells[6] == "02:03:00")
        #expect(AuctionLot.resetAfter(LendingFixture.ethA.auction) == 8_280)
    }

    @Test func arrowsSelectVaultsAndAuctionsAndOtherKeysDoNothing() {
        var state = Self.lendingState()
        let snapshot = Self.crashSnapshot()
        _ = state.handle(.right, snapshot: snapshot, visible: [])
        #expect(state.lendingSelection.vault == 1)
        _ = state.handle(.right, snapshot: snapshot, visible: [])
        #expect(state.lendingSelection.vault == 1, "stops at the last vault")
        _ = state.handle(.down, snapshot: snapshot, visible: [])
        #expect(state.lendingSelection.auction == 0, "one auction only")
        let before = Self.screen(snapshot, state, width: 160, height: 48).text
        for key in [Key.character("Z"), .character("%"), .function(9)] {
            #expect(state.handle(key, snapshot: snapshot, visible: []).isEmpty)
        }
        #expect(Self.screen(snapshot, state, width: 160, height: 48).text == before)
    }

    @Test func explainShowsTheSelectedVaultsArithmeticAndTheAuctionThatWouldFollow() {
        var state = Self.lendingState()
        state.lendingSelection.vault = 1
        let context = ViewContext(snapshot: Self.crashSnapshot(), state: state, glyphs: .unicode)
        let text = ExplainView.lines(context).map(\.text).joined(separator: "\n")
        for line in [
            "YOUR vault #9 · ETH-A · 2.000000 ETH collateral · owes 1,500.00 USDC",
            "= 2.000000 × 2,000.00 × 83.0% ÷ 1,500.00 = 2.21 SAFE",
            "= 1,500.00 ÷ (2.000000 × 83.0%) = 903.61 USDC/ETH",
            "tab = debt × chop = 1,500.00 × 1.13 = 1,695.00 USDC (a 13% penalty)",
            "keeper incentive = tip + chip × tab = 10.00 + 0.1% × 1,695.00 = 11.70 USDC",
        ] {
            #expect(text.contains(line), "\(line)\n\(text)")
        }
        #expect(text.contains("The oracle runs 01:00:00 behind the market"))
    }

    @Test func theGlossaryHasTheLendingWords() {
        let names = GlossaryView.terms.map(\.name)
        for term in [
            "health factor", "LTV", "liquidation threshold", "Dutch auction", "tab", "lot", "buf", "tail", "cusp",
            "tip", "chip", "keeper", "bad debt", "surplus buffer", "supply token",
        ] {
            #expect(names.contains(term), "\(term)")
        }
    }

    @Test func theRealEnginesSnapshotRendersTheUsersVault() throws {
        var (session, state) = try LendingFixture.borrower()
        state.workspace = .lending
        let canvas = Self.screen(session.snapshot(), state, width: 160, height: 48)
        #expect(canvas.find("YOUR vaults · 1") != nil)
        #expect(canvas.find("owes 1,500.00 USDC") != nil, "\(canvas.text)")
        #expect(canvas.find("USDC rate curve · kink 92%") != nil)
        #expect(canvas.find("None running") != nil)
    }

    @Test func theLendingLessonsGoalsReadTheLendingSnapshot() throws {
        let lesson = try #require(LessonLibrary.named("lending-auction"))
        #expect(lesson.scenario.lending != nil && lesson.scenario.markets.map(\.symbol) == ["ETH-PERP"])
        var snapshot = Self.crashSnapshot()
        let state = Self.lendingState()
        #expect(LessonGoal.ownAuction.isMet(snapshot: snapshot, state: state, since: 0))
        #expect(!LessonGoal.tookInAuction.isMet(snapshot: snapshot, state: state, since: 0))
        #expect(
            !LessonGoal.vaultHealth(below: Rate(units: 120_000_000)).isMet(snapshot: snapshot, state: state, since: 0))
        #expect(
            LessonGoal.vaultHealth(below: Rate(units: 300_000_000)).isMet(snapshot: snapshot, state: state, since: 0))
        var take = try #require(snapshot.lending?.activity.last)
        take.actor = World.userAccount
        snapshot.lending?.activity.append(take)
        #expect(LessonGoal.tookInAuction.isMet(snapshot: snapshot, state: state, since: 0))
    }
}

import Foundation
import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// The lending commands end to end on the real engine: every scenario has a lending market, a
/// deposit of ETH opens a vault with ETH from outside, a borrow is previewed with its health factor,
/// the engine's answer is said in whole coins, refusals say why, and every command is journaled so a
/// resumed session replays it.
@Suite struct LendingCommandTests {
    let user = LendingFixture.user

    @Test func aScenarioWithoutALendingTableStillHasTheBackgroundMarket() throws {
        var session = try EngineSession.calm()
        let lending = try #require(session.snapshot().lending)
        #expect(lending.pools.map(\.asset.symbol) == ["USDC", "BTC", "ETH"])
        #expect(lending.kinds.map(\.name) == ["ETH-A", "BTC-A", "cETH-A", "cBTC-A"])
        #expect(lending.pools[0].supplied == Money(units: 50_000_000 * 1_000_000), "the background supplier lent")
        #expect(lending.kinds.allSatisfy { $0.price != nil }, "both collaterals are priced by their index")
        #expect(session.world.scenario.lending == nil, "the scenario itself is left as its file says")
    }

    @Test func depositOpensAVaultBorrowingPreviewsAndRepliesWithTheHealthFactor() throws {
        var session = try EngineSession.calm()
        var state = AppState(themeName: "default-dark")
        let preview = try #require(state.lendingPreview("deposit 2 ETH", snapshot: session.snapshot()))
        #expect(!preview.isError && preview.text.contains("into a new ETH-A vault"), "\(preview.text)")
        #expect(preview.text.contains("2.000000 ETH brought from outside"))
        LendingFixture.run("deposit 2 ETH", &state, &session)
        var lending = try #require(session.snapshot().lending)
        let vault = try #require(lending.vaults.first)
        #expect(vault.collateral == Money(units: 2_000_000_000) && vault.debt == .zero)
        #expect(session.snapshot().replies.last?.text.hasPrefix("Deposited 2.000000 ETH into YOUR vault #") == true)

        let borrowPreview = try #require(state.lendingPreview("borrow 1500 USDC", snapshot: session.snapshot()))
        #expect(borrowPreview.text.contains("health ∞ → "), "\(borrowPreview.text)")
        #expect(borrowPreview.text.contains("liquidatable below"))
        let effects = LendingFixture.run("borrow 1500 USDC", &state, &session)
        #expect(state.status?.isError == false && state.status?.text.hasPrefix("Borrow 1,500.00 USDC") == true)
        guard case .engine(.command(.lending(.borrow(user, vault.id, Money(units: 1_500_000_000)))))? = effects.first
        else { throw CancellationError() }
        lending = try #require(session.snapshot().lending)
        let borrowed = try #require(lending.vaults.first)
        #expect(borrowed.debt == Money(units: 1_500_000_000))
        let expected = try #require(
            LendingCommandLine.health(lending.kinds[0], collateral: borrowed.collateral, debt: borrowed.debt))
        #expect(borrowed.health == expected && expected.units > 2 * Rate.one)
        let reply = try #require(session.snapshot().replies.last?.text)
        #expect(reply.contains("Borrowed 1,500.00 USDC on YOUR vault #") && reply.contains("SAFE"), "\(reply)")
        #expect(session.snapshot().account.wallet.units > 10_000 * 1_000_000, "the loan lands in the wallet")
    }

    @Test func depositOfSupplyTokensPledgesThemInACETHVault() throws {
        var session = try EngineSession.calm()
        var state = AppState(themeName: "default-dark")
        LendingFixture.run("supply 10 ETH", &state, &session)
        #expect(session.snapshot().lending?.pool(.eth)?.yourTokens == Money(units: 10_000_000_000))
        let tooMany = try #require(state.lendingPreview("deposit 11 cETH", snapshot: session.snapshot()))
        #expect(tooMany.isError && tooMany.text.contains("you hold 10.000000 cETH: :supply ETH"), "\(tooMany.text)")
        let preview = try #require(state.lendingPreview("deposit 4 ceth", snapshot: session.snapshot()))
        #expect(!preview.isError && preview.text.hasPrefix("Deposit 4.000000 cETH into a new cETH-A vault: health"))
        #expect(!preview.text.contains("outside"), "tokens come only from supplying")
        LendingFixture.run("deposit 4 cETH", &state, &session)
        var lending = try #require(session.snapshot().lending)
        let vault = try #require(lending.vaults.first)
        #expect(lending.kinds[vault.kind].name == "cETH-A" && vault.collateral == Money(units: 4_000_000_000))
        #expect(lending.pool(.eth)?.yourTokens == Money(units: 6_000_000_000), "the tokens left the balance")
        #expect(session.snapshot().replies.last?.text.hasPrefix("Deposited 4.000000 cETH into YOUR vault #") == true)

        let borrow = try #require(state.lendingPreview("borrow 1500 USDC cETH", snapshot: session.snapshot()))
        #expect(borrow.text.contains("health ∞ → ") && borrow.text.contains("USDC/cETH"), "\(borrow.text)")
        LendingFixture.run("borrow 1500 USDC cETH", &state, &session)
        lending = try #require(session.snapshot().lending)
        let borrowed = try #require(lending.vaults.first)
        let expected = LendingCommandLine.health(
            lending.kinds[borrowed.kind], collateral: borrowed.collateral, debt: borrowed.debt)
        #expect(borrowed.debt == Money(units: 1_500_000_000) && borrowed.health == expected)
        var canvas = Canvas(width: 160, height: 48)
        var snapshot = session.snapshot()
        snapshot.lending = lending
        state.workspace = .lending
        DashboardScreen.draw(
            ViewContext(snapshot: snapshot, state: state, glyphs: .unicode),
            layout: DashboardLayout(width: 160, height: 48)!, canvas: &canvas)
        #expect(
            canvas.find("cETH-A  4.000000 cETH") != nil || canvas.find("4.000000 cETH · owes") != nil, "\(canvas.text)")
    }

    @Test func refusalsSayWhyInTheUsersUnitsAndChangeNothing() throws {
        var (session, state) = try LendingFixture.borrower()
        let before = session.journal.entries.count
        for (command, reason) in [
            ("borrow 1000000 USDC", "can borrow at most"), ("supply 90000000 USDC", "free to supply"),
            ("take 99 1", "no running auction 99"), ("deposit 2 DOGE", "no vault takes DOGE as collateral"),
            ("withdraw 5 USDC", "you have supplied no USDC"), ("repay 1450", "below the 100.00 USDC minimum"),
            ("borrow 10 USDC #77", "you have no vault #77"), ("deposit x ETH", "'x' is not an amount of ETH"),
            ("supply 1\u{1b}[2J USDC", "is not an amount of USDC"),
        ] {
            #expect(LendingFixture.run(command, &state, &session).isEmpty, "\(command)")
            let status = try #require(state.status)
            #expect(status.isError && status.text.contains(reason), "\(command): \(status.text)")
            #expect(!status.text.contains("\u{1b}"), "control characters are escaped")
        }
        #expect(session.journal.entries.count == before)
    }

    @Test func theEnginesRefusalIsSaidInWholeCoins() throws {
        var (session, _) = try LendingFixture.borrower()
        let vault = try #require(session.snapshot().lending?.vaults.first)
        session.handle(.command(.lending(.borrow(user, vault.id, Money(units: 9_000_000_000)))))
        let reply = try #require(session.snapshot().replies.last)
        #expect(reply.isError)
        #expect(
            reply.text.hasPrefix("Refused: above the borrowing limit: this vault may owe at most "), "\(reply.text)")
        #expect(reply.text.hasSuffix(" USDC (loan-to-value 80.5%)"))
    }

    @Test func depositWithoutAnAssetOrInUSDCIsStillTheTradingTopUp() throws {
        var session = try EngineSession.calm()
        var state = AppState(themeName: "default-dark")
        for command in ["deposit 1000", "deposit 1000 USDC", "deposit 1000 usdc"] {
            let effects = LendingFixture.run(command, &state, &session)
            guard case .engine(.command(.deposit(user, .usdc, Money(units: 1_000_000_000))))? = effects.first else {
                Issue.record("\(command): \(effects)")
                continue
            }
        }
        LendingFixture.run("deposit", &state, &session)
        #expect(state.status?.text.contains(":deposit 2 ETH (vault collateral)") == true)
    }

    @Test func supplyWithdrawAndRepayMoveTheWalletAndAreJournaledForResume() throws {
        var (live, state) = try LendingFixture.borrower()
        LendingFixture.run("supply 1000 USDC", &state, &live)
        LendingFixture.run("withdraw 400 USDC", &state, &live)
        live.advanceSimulated(to: live.world.now + 10 * .second)
        LendingFixture.run("repay", &state, &live)
        let lending = try #require(live.snapshot().lending)
        #expect(lending.vaults.first?.debt == .zero)
        #expect(lending.pools[0].yourValue >= Money(units: 599_990_000))
        let commands = live.journal.entries.map(\.command)
        #expect(commands.contains(.deposit(user, .eth, Money(units: 2_000_000_000))), "the ETH from outside")
        #expect(commands.contains(.lending(.openVault(user, type: "ETH-A"))))
        #expect(commands.contains(.lending(.supply(user, .usdc, Money(units: 1_000_000_000)))))
        #expect(live.journal.entries.allSatisfy { $0.origin == .user })

        let saved = SessionFile(
            name: "lend", scenario: try ScenarioSource.load("calm") { _ in nil }, seed: 3, time: live.world.now,
            speed: 1, paused: false, eventHash: live.recorder.digest.hex, savedAt: Date(timeIntervalSince1970: 0),
            journal: live.journal)
        let resumed = EngineSession(
            scenario: try ScenarioLibrary.named("calm"), seed: 3, speed: 1, paused: false, warmUp: 2 * .minute,
            resuming: saved)
        #expect(resumed.recorder.digest == live.recorder.digest, "the replay gives the same events")
        #expect(resumed.world.exchange.lending?.vaults == live.world.exchange.lending?.vaults)
    }
}

import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// The `lending-auction` lesson played with the keys its cards name against the real engine: the
/// loan opens, the crash makes it unsafe, an auction of it starts within minutes (a keeper's, or the
/// user's own `:bark`) and the user takes part of the lot.
@Suite struct LendingLessonTests {
    /// Enter, 4, the deposit and the borrow, e and Esc: the lesson waits for the crash.
    private func openLoan() throws -> LessonPlayer {
        var player = LessonPlayer(try #require(LessonLibrary.named("lending-auction")))
        player.press(.enter, .character("4"))
        player.command("deposit 2 ETH")
        player.command("borrow 3000 USDC")
        player.press(.character("e"), .escape)
        #expect(player.progress.step == 4, "\(player.progress.current?.text ?? "")")
        return player
    }

    /// The user's vault.
    private func vault(_ player: LessonPlayer) throws -> LendingSnapshot.VaultRow {
        try #require(player.snapshot.lending?.vaults.first)
    }

    /// Runs the world a minute at a time until the user's vault is below a health factor of 1 or
    /// in an auction; returns when that was.
    private func waitForUnsafe(_ player: inout LessonPlayer) throws -> SimTime {
        while try vault(player).auction == nil && (try vault(player).health?.units ?? Rate.one) >= Rate.one {
            try #require(player.session.world.now < 3 * .hour, "the vault never became unsafe")
            player.wait(atMost: .minute)
        }
        return player.session.world.now
    }

    /// What the lesson card says now.
    private func card(_ player: LessonPlayer) -> String {
        player.progress.current?.text(snapshot: player.snapshot, state: player.state, since: player.progress.since)
            ?? ""
    }

    @Test func theKeepersBarkTheVaultWithinMinutesAndTheUserTakesInItsAuction() throws {
        var player = try openLoan()
        let unsafe = try waitForUnsafe(&player)
        while player.progress.step == 4 && player.session.world.now < unsafe + 15 * .minute {
            player.wait(atMost: .minute)
        }
        #expect(player.progress.step == 5, "no auction of the user's vault 15 minutes after it became unsafe")
        #expect(player.session.world.now - unsafe <= 10 * .minute)
        let auction = try #require(player.snapshot.lending?.auctions.first { $0.isYours })
        let keeper = try #require(player.snapshot.lending?.activity.first { $0.auction == auction.id })
        #expect(keeper.actor != World.userAccount, "a keeper barked it")
        player.command("take \(auction.id.rawValue) 0.5")
        #expect(player.progress.step == 6, "\(player.snapshot.replies.last?.text ?? "")")
        #expect(player.snapshot.replies.last?.text.hasPrefix("Bought 0.500000 ETH in auction #") == true)

        // The auction's replay, recorded from the engine's events: the keeper's bark, then the user's take.
        let replay = try #require(player.snapshot.lending?.replays.first { $0.auction == auction.id })
        #expect(replay.isVaultRow && replay.start != nil && replay.steps.first?.actor == keeper.actor)
        #expect(replay.takes.last?.bidder == World.userAccount)
        player.press(.character("r"), .character("a"), .enter)
        #expect(player.state.overlayKind == .replayOpened)
        var canvas = Canvas(width: 160, height: 48)
        DashboardScreen.draw(
            ViewContext(snapshot: player.snapshot, state: player.state, glyphs: .unicode),
            layout: DashboardLayout(width: 160, height: 48, lesson: true)!, canvas: &canvas)
        #expect(canvas.find("Auction #\(auction.id.rawValue) of YOUR vault #") != nil, "\(canvas.text)")
        #expect(canvas.find("YOU took 0.500000 ETH of #\(auction.id.rawValue)") != nil)
        player.press(.escape, .escape)
        player.press(.enter)
        #expect(player.progress.isComplete)
    }

    @Test func theUserBarksTheirOwnUnsafeVaultButNotASafeOne() throws {
        var player = try openLoan()
        let own = try vault(player)
        player.command("bark \(own.id.rawValue)")
        #expect(player.state.status?.isError == true)
        #expect(player.state.status?.text.hasPrefix("YOUR vault #\(own.id.rawValue) is safe: health 1.") == true)
        player.command("bark 1")
        let refusal = try #require(player.snapshot.replies.last)
        #expect(refusal.isError && refusal.text.hasPrefix("Refused: vault #1 is safe: health "), "\(refusal.text)")
        #expect(!card(player).contains(":bark"))

        _ = try waitForUnsafe(&player)
        try #require(try vault(player).auction == nil, "a keeper was first")
        #expect(card(player).contains(":bark N"), "the card tells of :bark once the vault is unsafe")
        let wallet = player.snapshot.account.wallet
        let preview = try #require(player.state.lendingPreview("bark \(own.id.rawValue)", snapshot: player.snapshot))
        #expect(!preview.isError && preview.text.contains("you earn about"), "\(preview.text)")
        player.command("bark #\(own.id.rawValue)")
        let reply = try #require(player.snapshot.replies.last)
        #expect(!reply.isError && reply.text.hasPrefix("Barked YOUR vault #\(own.id.rawValue): auction #"), "\(reply)")
        #expect(reply.text.contains("you earned"))
        #expect(player.progress.step == 5, "the auction step is done")
        #expect(player.snapshot.account.wallet > wallet, "the keeper's tip")
        let journaled = player.session.journal.entries.contains {
            if case .lending(.bark(World.userAccount, own.id)) = $0.command { return true }
            return false
        }
        #expect(journaled)
        // The keeper activity says whose vault it was: the user barked its own.
        let lending = try #require(player.snapshot.lending)
        let barked = try #require(lending.activity.last { $0.isStart && $0.actor == World.userAccount })
        #expect(KeeperActivityView.text(barked, lending).hasPrefix("YOU started #"))
        #expect(KeeperActivityView.text(barked, lending).contains(" of YOUR vault #\(own.id.rawValue): "))
    }
}

extension LessonPlayer {
    /// `:`, the text, Enter.
    mutating func command(_ text: String) {
        press(.character(":"))
        type(text)
        press(.enter)
    }
}

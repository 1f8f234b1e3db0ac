import Foundation
import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// The terminal commands and saved sessions together: `:deposit` is journaled like any of the
/// user's commands, so a resumed session replays it; `:reset` starts a new world and with it a new
/// journal, so a session saved after it resumes to the new world.
@Suite struct SessionJournalCommandTests {
    static let user = World.userAccount
    static let btc = InstrumentID(0)

    /// `session` saved and read back, as `:save` and `--resume` do, then resumed.
    private func resume(_ session: EngineSession) throws -> (SessionFile, EngineSession) {
        let saved = try SessionFile.decode(SessionTests.save(session).encoded(), file: "merge.json")
        let resumed = EngineSession(
            scenario: try saved.scenario.scenario(), seed: saved.seed, speed: saved.speed, paused: saved.paused,
            resuming: saved)
        return (saved, resumed)
    }

    @Test func aDepositIsJournaledAndReplayedOnResume() throws {
        var live = EngineSession(
            scenario: try SessionTests.source.scenario(), seed: 11, speed: 1, paused: false, warmUp: .minute)
        var state = AppState(themeName: "default-dark")
        state.run("deposit 5000", on: &live)
        state.run("buy 0.01", on: &live)
        live.advanceSimulated(to: live.world.now + 30 * .second)
        let deposit = Money(units: 5_000_000_000)
        #expect(live.journal.entries.first?.command == .deposit(Self.user, .usdc, deposit))
        #expect(live.journal.entries.first?.origin == .user)

        let (saved, resumed) = try resume(live)
        #expect(saved.journal.entries.first?.command == .deposit(Self.user, .usdc, deposit))
        #expect(resumed.recorder.digest == live.recorder.digest)
        #expect(resumed.world.exchange.account(Self.user) == live.world.exchange.account(Self.user))
        #expect(resumed.recorder.history.deposits == deposit, "the replayed deposit counts in the history")
        #expect(resumed.recorder.replies.last?.text.hasPrefix("Resumed session test") == true)
    }

    @Test func aResetStartsANewJournalAndASaveAfterItResumesToTheNewWorld() throws {
        var live = EngineSession(
            scenario: try SessionTests.source.scenario(), seed: 11, speed: 1, paused: false, warmUp: .minute)
        var state = AppState(themeName: "default-dark")
        state.run("buy 0.02", on: &live)
        live.advanceSimulated(to: live.world.now + 30 * .second)
        #expect(!live.journal.entries.isEmpty)

        // An open position: `:reset` asks first, and `y` starts the world over.
        #expect(state.run("reset", on: &live).isEmpty)
        guard case .confirm(.reset)? = state.overlay else {
            Issue.record(":reset did not ask: \(String(describing: state.overlay))")
            return
        }
        guard case .reset? = state.handle(.character("y"), snapshot: live.snapshot(), visible: []).first else {
            Issue.record("y did not start the world over")
            return
        }
        live.handle(.reset(warmUp: 2 * .minute, generation: 1))
        #expect(live.journal.entries.isEmpty, "the old world's commands are not the new one's")
        #expect(live.world.now == 2 * .minute && live.world.seed == 11)
        #expect(live.world.exchange.account(Self.user)?.positions[Self.btc].isFlat == true)

        state.run("deposit 1000", on: &live)
        state.run("buy 0.01", on: &live)
        live.advanceSimulated(to: live.world.now + 20 * .second)
        #expect(live.journal.entries.count == 2)

        let (saved, resumed) = try resume(live)
        #expect(saved.time == live.world.now)
        #expect(resumed.world.now == live.world.now)
        #expect(resumed.recorder.digest == live.recorder.digest)
        #expect(resumed.world.exchange.account(Self.user) == live.world.exchange.account(Self.user))
        #expect(resumed.recorder.replies.last?.text.hasPrefix("Resumed session test") == true)
    }
}

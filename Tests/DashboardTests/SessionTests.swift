import Foundation
import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard

/// Saving and resuming: a resumed session is the world it was saved from, and goes on to the same
/// events as a run that never stopped.
@Suite struct SessionTests {
    /// A small market (one perpetual, a few hundred traders), so a debug build runs its minutes fast.
    static let source = ScenarioSource(
        reference: "session-test.toml",
        toml: """
            name = "session-test"
            description = "A small calm market"
            [[markets]]
            symbol = "BTC-PERP"
            price = 64000
            [population]
            retail_traders = 300
            noise_traders = 20
            """, file: "session-test.toml")

    static let user = World.userAccount
    static let btc = InstrumentID(0)

    static func order(_ id: Int64, _ terms: OrderTerms) -> Command {
        .place(NewOrder(account: user, instrument: btc, clientOrderID: ClientOrderID(id), terms: terms))
    }

    /// The user's commands of the first part: leverage, a long with a stop-loss under the mark,
    /// closed (the dashboard cancels the stop-loss), a long again and a resting bid; the clock run in
    /// uneven wall-clock steps, with speed changes and a pause between.
    static func firstPart(_ session: inout EngineSession) {
        session.handle(.command(.setLeverage(user, btc, 20)))
        session.handle(.command(order(1, .market(.buy, Quantity(lots: 40)))))
        for (wall, speed) in [(0.7, 30.0), (1.3, 60), (0.25, 600), (2.0, 10)] {
            session.handle(.setSpeed(speed))
            session.advance(wallSeconds: wall)
        }
        let mark = session.world.exchange.mark(btc)!.price.ticks
        let stop = StopCondition(triggerPrice: Price(ticks: mark - 2_000), reference: .mark)
        session.handle(.command(order(2, .stop(.sell, Quantity(lots: 40), trigger: stop, reduceOnly: true))))
        session.handle(.setPaused(true))
        session.advance(wallSeconds: 5)
        session.handle(.setPaused(false))
        session.advance(wallSeconds: 1.1)
        session.handle(.command(order(3, .market(.sell, Quantity(lots: 40), reduceOnly: true))))
        session.advance(wallSeconds: 0.9)
        session.handle(.command(order(4, .market(.buy, Quantity(lots: 30)))))
        session.handle(.command(order(5, .limit(.buy, Quantity(lots: 15), at: Price(ticks: mark - 300)))))
        session.advance(wallSeconds: 3.3)
    }

    /// The second part, the same for both runs: sell, and run on.
    static func secondPart(_ session: inout EngineSession) {
        let now = session.world.now
        session.advanceSimulated(to: now + 40 * .second)
        session.handle(.command(order(6, .market(.sell, Quantity(lots: 55)))))
        session.advanceSimulated(to: now + 4 * .minute)
    }

    static func save(_ session: EngineSession, name: String = "test") -> SessionFile {
        SessionFile(
            name: name, scenario: source, seed: 11, time: session.world.now, speed: session.speed,
            paused: session.paused, eventHash: session.recorder.digest.hex,
            savedAt: Date(timeIntervalSince1970: 1_800_000_000), journal: session.journal)
    }

    @Test func aResumedSessionHasTheSavedWorldAndTheSameFuture() throws {
        let scenario = try Self.source.scenario()
        var live = EngineSession(scenario: scenario, seed: 11, speed: 1, paused: false, warmUp: 3 * .minute)
        Self.firstPart(&live)
        let saved = try SessionFile.decode(Self.save(live).encoded(), file: "test.json")
        #expect(saved.journal.entries.map(\.origin) == [.user, .user, .user, .user, .dashboard, .user, .user])
        #expect(saved.journal.lastClientOrderID == 5)

        var resumed = EngineSession(
            scenario: try saved.scenario.scenario(), seed: saved.seed, speed: saved.speed, paused: saved.paused,
            resuming: saved)
        #expect(resumed.world.now == live.world.now)
        #expect(resumed.recorder.digest == live.recorder.digest)
        #expect(resumed.world.exchange.account(Self.user) == live.world.exchange.account(Self.user))
        #expect(resumed.recorder.replies.last?.text.hasPrefix("Resumed session test") == true)

        Self.secondPart(&live)
        Self.secondPart(&resumed)
        #expect(resumed.recorder.digest.hex == live.recorder.digest.hex)
        #expect(resumed.journal == live.journal)
        #expect(resumed.world.exchange.account(Self.user) == live.world.exchange.account(Self.user))
    }

    @Test func aReplayThatEndsElsewhereSaysSo() throws {
        var live = EngineSession(
            scenario: try Self.source.scenario(), seed: 11, speed: 1, paused: false, warmUp: .minute)
        live.handle(.command(Self.order(1, .market(.buy, Quantity(lots: 10)))))
        var saved = Self.save(live)
        saved.eventHash = "0000000000000000"
        let resumed = EngineSession(
            scenario: try saved.scenario.scenario(), seed: 11, speed: 1, paused: false, resuming: saved)
        let reply = try #require(resumed.recorder.replies.last)
        #expect(reply.isError && reply.text.contains("replay gave other events"))
    }

    @Test func aNewerFormatIsRefusedWithItsVersionAndFile() throws {
        var saved = Self.save(EngineSession(scenario: try Self.source.scenario(), seed: 11, speed: 1, paused: false))
        saved.version = SessionFile.currentVersion + 1
        #expect(throws: SessionError.self) { try SessionFile.decode(saved.encoded(), file: "x.json") }
        do {
            _ = try SessionFile.decode(saved.encoded(), file: "/s/x.json")
        } catch {
            #expect("\(error)".hasPrefix("/s/x.json: session format version 2 is newer"))
        }
        #expect(throws: SessionError.self) { try SessionFile.decode(Data("{\"a\": 1}".utf8), file: "o.json") }
    }

    @Test(arguments: [
        "", "a/b", "..\\x", "tab\there", ".hidden", "-flag", "two words", String(repeating: "n", count: 65),
    ])
    func badNamesAreRefusedWithWhy(_ name: String) {
        #expect(throws: SessionError.self) { try SessionName(name) }
    }

    @Test func sessionsAreStoredByNameAndListed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sessions-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = SessionStore(directory: folder.path)
        var saved = Self.save(EngineSession(scenario: try Self.source.scenario(), seed: 11, speed: 1, paused: false))
        saved.seed = .max
        #expect(try store.save(saved) == false)
        #expect(try store.save(saved) == true, "the second save replaces the first")
        #expect(store.names() == ["test"])
        #expect(try store.load("test") == saved)
        #expect(throws: SessionError.self) { try store.load("other") }
        #expect(
            SessionStore.standard(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"])?.directory
                == "/d/cascade/sessions")
        #expect(SessionStore.standard(environment: ["HOME": "/h"])?.directory == "/h/.local/share/cascade/sessions")
    }
}

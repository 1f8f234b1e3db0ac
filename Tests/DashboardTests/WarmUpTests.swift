import CascadeSim
import Testing

@testable import CascadeCore
@testable import Dashboard

@Suite("Warm-up before the first frame")
struct WarmUpTests {
    @Test func theDefaultIsTwoHoursButEndsBeforeTheScenariosFirstEvent() throws {
        #expect(try ScenarioLibrary.named("calm").dashboardWarmUp == 2 * .hour)
        // flash-crash's first event is at 10m: its crash still plays on screen.
        #expect(try ScenarioLibrary.named("flash-crash").dashboardWarmUp == 9 * .minute)
    }

    /// The session reports at once and after each simulated minute, and a report answering false
    /// (the app quitting) ends the warm-up where it got to.
    @Test func theWarmUpReportsEachMinuteAndStopsWhenTold() throws {
        let calm = try ScenarioLibrary.named("calm")
        var reports: [WarmUpProgress] = []
        var session = EngineSession(scenario: calm, seed: 1, speed: 1, paused: true, warmUp: 3 * .minute) {
            reports.append($0)
            return true
        }
        #expect(reports.map(\.done) == [0, 1, 2, 3].map { $0 * .minute })
        #expect(reports.last?.text == "warming up calm: 3m of 3m simulated…")
        #expect(session.snapshot().instruments[0].candles.count >= 3)
        var stopped: [SimTime] = []
        _ = EngineSession(scenario: calm, seed: 1, speed: 1, paused: true, warmUp: 2 * .hour) {
            stopped.append($0.done)
            return stopped.count < 2
        }
        #expect(stopped == [0, .minute])
    }
}

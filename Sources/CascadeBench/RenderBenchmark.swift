import CascadeCore
import CascadeSim
import Dashboard
import Foundation
import TerminalKit

/// `cascade bench render`: one full frame of the default layout, drawn from a busy snapshot into a
/// canvas and diffed against the previous frame, timed over many frames at several sizes.
public enum RenderBenchmark {
    /// Frame timings at one terminal size.
    public struct Result: Sendable {
        /// Terminal width in cells.
        public var width: Int
        /// Terminal height in cells.
        public var height: Int
        /// Frames timed: snapshots times rounds; 0 when the layout does not fit or there are no snapshots.
        public var frames: Int
        /// Median wall time of one frame, draw plus diff, in microseconds.
        public var medianMicroseconds: Double
        /// 99th-percentile wall time of one frame, in microseconds.
        public var p99Microseconds: Double
        /// Changed runs per frame, on average: what would reach curses.
        public var runsPerFrame: Double

        /// One JSON object on one line, named `render`, keys in a fixed order.
        public var jsonLine: String {
            String(
                format:
                    #"{"name":"render","width":%d,"height":%d,"frames":%d,"median_us":%.1f,"p99_us":%.1f,"runs_per_frame":%.1f}"#,
                width, height, frames, medianMicroseconds, p99Microseconds, runsPerFrame)
        }
    }

    /// A snapshot of `scenario` after `warmUp` of simulated time, with a user position open.
    public static func busySnapshots(scenario: Scenario, seed: UInt64, warmUp: SimTime, count: Int) -> [MarketSnapshot]
    {
        var session = EngineSession(scenario: scenario, seed: seed, speed: 1, paused: false)
        session.advanceSimulated(to: warmUp / 2)
        session.handle(
            .command(
                .place(
                    NewOrder(
                        account: World.userAccount, instrument: InstrumentID(0), clientOrderID: ClientOrderID(1),
                        terms: .market(.buy, Quantity(lots: 50))))
            ))
        session.advanceSimulated(to: warmUp)
        var snapshots: [MarketSnapshot] = []
        for step in 0..<count {
            session.advanceSimulated(to: warmUp + SimTime(step + 1) * 250)
            snapshots.append(session.snapshot())
        }
        return snapshots
    }

    /// Renders each snapshot in turn (each frame diffed against the one before) `rounds` times.
    public static func run(snapshots: [MarketSnapshot], width: Int, height: Int, rounds: Int) -> Result {
        guard let layout = DashboardLayout(width: width, height: height), !snapshots.isEmpty else {
            return Result(
                width: width, height: height, frames: 0, medianMicroseconds: 0, p99Microseconds: 0, runsPerFrame: 0)
        }
        let state = AppState(themeName: "default-dark")
        var previousCanvas: Canvas?
        var previousSnapshot: MarketSnapshot?
        var samples: [Double] = []
        var runs = 0
        let clock = ContinuousClock()
        for _ in 0..<rounds {
            for snapshot in snapshots {
                let started = clock.now
                var canvas = Canvas(width: width, height: height)
                let context = ViewContext(
                    snapshot: snapshot, previous: previousSnapshot, state: state, glyphs: .unicode)
                DashboardScreen.draw(context, layout: layout, canvas: &canvas)
                let changed = canvas.changedRuns(since: previousCanvas)
                let elapsed = clock.now - started
                runs += changed.count
                samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
                previousCanvas = canvas
                previousSnapshot = snapshot
            }
        }
        samples.sort()
        return Result(
            width: width, height: height, frames: samples.count, medianMicroseconds: samples[samples.count / 2],
            p99Microseconds: samples[min(samples.count - 1, samples.count * 99 / 100)],
            runsPerFrame: Double(runs) / Double(samples.count))
    }
}

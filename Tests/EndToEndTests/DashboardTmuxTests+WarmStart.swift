import Foundation
import Testing

/// Issue #22, "a market that is already alive": `--warmup` runs the market before the first frame.
extension DashboardTmuxTests {
    /// The candle bodies (up `┃`, down `█`) inside the chart's frame, found from its title row.
    private func candleCount(_ screen: String) -> Int {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        guard let top = rows.firstIndex(where: { String($0).contains("╭ Chart") }) else { return 0 }
        let title = rows[top]
        guard let x = title.indices.first(where: { title[$0] == "╭" && title[($0 + 1)...].starts(with: " Chart") }),
            let right = title[(x + 1)...].firstIndex(of: "╮")
        else { return 0 }
        return rows[(top + 1)...].prefix { $0.count > right && $0[x] == "│" }.map { row in
            row[(x + 1)..<right].filter { $0 == "┃" || $0 == "█" }.count
        }.reduce(0, +)
    }

    /// Paused after ten simulated minutes: the clock reads 00:10:00 on the first frame with prices, the
    /// chart has candles and the tape has trades from before it; the progress line came first.
    @Test func aWarmUpFillsTheChartAndTapeBeforeTheFirstFrameAndPausedWaitsAfterIt() throws {
        let session = try start("--paused", warmUp: "10m")
        let first = try session.waitFor { showsPrices($0) || $0.contains("warming up") }
        if !showsPrices(first) { #expect(first.contains("warming up calm: ") && first.contains(" of 10m simulated")) }
        let screen = try session.waitFor { showsPrices($0) }
        #expect(screen.contains("day 1 00:10:00"))
        #expect(screen.contains("PAUSED"))
        #expect(screen.contains("candles · • mark"))
        #expect(!screen.contains("no trades yet"))
        #expect(candleCount(screen) >= 10, "ten one-minute candles, not \(candleCount(screen))")
        let tape = screen.split(separator: "\n").filter {
            $0.contains("00:09:") && ($0.contains("▲") || $0.contains("▼"))
        }
        #expect(tape.count >= 3)
        Thread.sleep(forTimeInterval: 1.5)
        #expect(try session.screen().contains("day 1 00:10:00"), "the clock stays paused after the warm-up")
    }

    /// `--warmup 0` (paused, so nothing trades): the chart has nothing to show.
    @Test func noWarmUpStartsOnAnEmptyChart() throws {
        let session = try start("--paused", warmUp: "0")
        let screen = try session.waitFor { $0.contains("no trades yet") }
        #expect(screen.contains("day 1 00:00:00"))
        #expect(candleCount(screen) == 0)
    }

    /// Ctrl-C while the progress line shows: the terminal comes back and the exit is the signal's;
    /// `q` during the warm-up quits at once too, without waiting for the two hours.
    @Test(arguments: [("C-c", 130), ("q", 0)])
    func aKeyDuringTheWarmUpRestoresTheTerminal(key: String, status: Int) throws {
        let session = try start(warmUp: "2h")
        try session.waitFor { $0.contains("warming up calm: ") && $0.contains(" of 2h simulated…") }
        try session.send(key)
        let after = try session.waitFor(seconds: 10) { $0.contains("CASCADE-EXITED") }
        #expect(after.contains("CASCADE-EXITED \(status)"))
        #expect(!after.contains("warming up") && !after.contains("Backtrace"))
    }

    @Test(arguments: ["ten", "-5m", "2x", "1h5"])
    func aBadWarmUpIsAUsageErrorNamingTheFlag(value: String) throws {
        let run = try CascadeBinary.run(["--warmup", value])
        #expect(run.status == 64)
        #expect(run.error.contains("--warmup"), "\(run.error)")
        #expect(run.error.contains("a warm-up is a duration such as 10m, 2h or 1h30m, or 0 for none"))
    }
}

import Foundation
import Testing

/// The real dashboard in tmux: it starts, trades by keys, adapts to resizes, switches themes and
/// leaves the terminal as it found it.
@Suite("dashboard in tmux, end to end", .serialized)
struct DashboardTmuxTests {
    /// The dashboard with a fixed seed; the shell says how it exited.
    /// `environment`: assignments put before the command (`TERM=xterm-256color`). `warmUp`: the
    /// `--warmup` value; none by default, since a debug build simulates a minute in about half a second.
    func start(
        _ flags: String = "", warmUp: String = "0", environment: String = "", width: Int = 160, height: Int = 48
    ) throws -> TmuxSession {
        let command =
            "cd '\(CascadeBinary.packageRoot.path)' && \(environment) '\(CascadeBinary.executable.path)' --seed 3 --warmup \(warmUp) \(flags); echo CASCADE-EXITED $?; sleep 30"
        return try TmuxSession(command, width: width, height: height)
    }

    /// The book has both sides (its spread row shows) and prices such as `64012.3`.
    func showsPrices(_ screen: String) -> Bool {
        screen.contains("bps") && screen.range(of: #"6\d,?\d{3}\.\d"#, options: .regularExpression) != nil
    }

    @Test func itStartsAndShowsTheBookWithPrices() throws {
        let session = try start()
        let screen = try session.waitFor { $0.contains("Book") && showsPrices($0) }
        #expect(screen.contains("Book"))
        #expect(showsPrices(screen))
        #expect(screen.contains("BTC-PERP"))
        #expect(screen.contains("Account"))
    }

    @Test func aMarketBuyByKeysBecomesAPositionWithALiquidationPriceAndCloseFlattensIt() throws {
        let session = try start()
        try session.waitFor { showsPrices($0) }
        try session.send("b")
        try session.waitFor { $0.contains("Buy BTC-PERP") }
        try session.send("1", literal: true)
        try session.send("Enter")
        let open = try session.waitFor { $0.contains("LONG") }
        let row = try #require(open.split(separator: "\n").first { $0.contains("LONG") })
        #expect(row.contains("1.000"))
        #expect(row.contains("10x cross"))
        #expect(!row.contains("none"))
        let prices = row.matches(of: /6\d{4}\.\d|5\d{4}\.\d/).count
        #expect(prices >= 4)
        try session.send(":close", literal: true)
        try session.send("Enter")
        let flat = try session.waitFor { !$0.contains("LONG") && $0.contains("No position") }
        #expect(flat.contains("No position"))
    }

    @Test func resizingToTheMinimumToTooSmallAndBackWorks() throws {
        let session = try start()
        try session.waitFor { showsPrices($0) }
        try session.resize(width: 80, height: 24)
        let small = try session.waitFor { $0.contains("Book") && $0.contains("Account") }
        #expect(small.contains("Book") && small.contains("Account"))
        try session.resize(width: 40, height: 10)
        let tiny = try session.waitFor { $0.contains("needs 80×24") }
        #expect(tiny.contains("needs 80×24"))
        try session.resize(width: 160, height: 48)
        let back = try session.waitFor { $0.contains("Book") && showsPrices($0) && !$0.contains("needs") }
        #expect(back.contains("Book"))
    }

    @Test func tSwitchesTheThemeAndQRestoresTheTerminal() throws {
        let session = try start()
        try session.waitFor { showsPrices($0) }
        try session.send("t")
        let switched = try session.waitFor { $0.contains("Theme ") }
        #expect(switched.contains("Theme "))
        try session.send("q")
        let after = try session.waitFor { $0.contains("CASCADE-EXITED") }
        #expect(after.contains("CASCADE-EXITED 0"))
        #expect(!after.contains("Book"))
    }

    /// `2` opens Markets (every instrument, the funds, the heatmap of the selected row), `↓` selects
    /// ETH-PERP and Enter opens it in Trade; digits typed in the command line stay digits.
    @Test func numberKeysSwitchToMarketsAndEnterOpensTheSelectedInstrumentInTrade() throws {
        let session = try start()
        try session.waitFor { showsPrices($0) }
        try session.send("2")
        let markets = try session.waitFor { $0.contains("[2 Markets]") && $0.contains("ETH-PERP") }
        #expect(markets.contains("Insurance fund") && markets.contains("Liquidation heatmap BTC-PERP"))
        #expect(!markets.contains("Book"))
        try session.send("Down")
        try session.waitFor { $0.contains("Liquidation heatmap ETH-PERP") }
        try session.send("Enter")
        let trade = try session.waitFor { $0.contains("[1 Trade]") && $0.contains("Book") }
        #expect(trade.split(separator: "\n").first?.contains("ETH-PERP") == true)
        try session.send(":speed 2", literal: true)
        let typed = try session.waitFor { $0.contains(":speed 2") }
        #expect(typed.contains("[1 Trade]"))
        try session.send("Escape")
    }

    /// `3` opens Options on BTC's soonest expiry with the at-the-money call selected; once a dealer
    /// offers it, `b`, `0.1`, Enter buy a tenth of a contract by keys, and the option positions panel lists it
    /// with its Greeks and the book's net delta.
    @Test func optionsBuysACallByKeysAndShowsItInPositionsWithGreeks() throws {
        let session = try start()
        try session.waitFor { showsPrices($0) }
        try session.send("3")
        func offered(_ screen: String) -> Bool {
            guard let row = screen.split(separator: "\n").first(where: { $0.contains("▸") }) else { return false }
            return !row.split(separator: "▸")[0].contains("—")
        }
        let chain = try session.waitFor { $0.contains("[3 Options]") && $0.contains("Strike") && offered($0) }
        #expect(chain.contains("Smile") && chain.contains("Payoff") && chain.contains("Option positions 0"))
        #expect(offered(chain), "a dealer quotes the at-the-money call")
        try session.send("b")
        try session.waitFor { $0.contains("Buy BTC-") && $0.contains("-C") }
        // A tenth of a contract: the dealers' best offer holds more than that.
        try session.send("0.1", literal: true)
        try session.waitFor { $0.contains("USDC (standard)") }
        try session.send("Enter")
        let held = try session.waitFor { $0.contains("Option positions 1") }
        let row = try #require(held.split(separator: "\n").first { $0.contains("-C ") && $0.contains("+0.10") })
        #expect(row.contains("+0.0"), "the position's delta, about 0.05 for a tenth of an at-the-money call")
        #expect(held.contains("Net BTC options: Δ +"))
        #expect(held.contains("Bought 0.10 BTC-"))
    }

    /// Mouse reports as tmux forwards them (X10: ESC [ M, then button + 32, column + 33, row + 33):
    /// the wheel scrolls the glossary.
    @Test func theMouseWheelScrollsTheGlossary() throws {
        let session = try start()
        try session.waitFor { showsPrices($0) }
        try session.send("G")
        let top = try session.waitFor { $0.contains("Glossary") }
        #expect(top.contains("mark price: "))
        for _ in 0..<3 { try session.send("\u{1B}[Ma++", literal: true) }
        let scrolled = try session.waitFor { !$0.contains("mark price: ") }
        #expect(!scrolled.contains("mark price: ") && scrolled.contains("Glossary"))
    }

    /// Under `TERM=xterm-256color` tmux sends Home and End as `ESC [ 1 ~` and `ESC [ 4 ~`, which
    /// that terminfo entry does not list, and Alt-x as `ESC x`: none of their bytes may act as a key
    /// (`[` lowers the leverage, `x` closes the position).
    @Test func homeEndAndAltXLeaveLeverageAndPositionAlone() throws {
        let session = try start(environment: "TERM=xterm-256color")
        try session.waitFor { showsPrices($0) }
        try session.send(":buy 1", literal: true)
        try session.send("Enter")
        let open = try session.waitFor { $0.contains("LONG") }
        let before = try #require(open.split(separator: "\n").first { $0.contains("LONG") })
        #expect(before.contains("10x cross"))
        for key in ["Home", "End", "M-x", "Home", "End"] { try session.send(key) }
        Thread.sleep(forTimeInterval: 1.5)
        let after = try session.screen()
        let row = try #require(after.split(separator: "\n").first { $0.contains("LONG") })
        #expect(row.contains("1.000") && row.contains("10x cross"))
        #expect(!after.contains("Leverage →") && !after.contains("Closing"))
    }

    /// Ctrl-C and Ctrl-\ (SIGINT, SIGQUIT) end the dashboard with status 128 + signal and the
    /// terminal restored (no crash report over the screen).
    @Test(arguments: [("C-c", 130), ("C-\\", 131)])
    func signalKeysRestoreTheTerminalAndExitWithTheSignalsStatus(key: String, status: Int) throws {
        let session = try start()
        try session.waitFor { showsPrices($0) }
        try session.send(key)
        let after = try session.waitFor { $0.contains("CASCADE-EXITED") }
        #expect(after.contains("CASCADE-EXITED \(status)"))
        #expect(!after.contains("Book") && !after.contains("Backtrace") && !after.contains("Crash"))
    }

    @Test func aDumbTerminalGetsOneClearLineAndExitStatusOne() throws {
        let session = try TmuxSession(
            "TERM=dumb '\(CascadeBinary.executable.path)'; echo CASCADE-EXITED $?; sleep 30", width: 120, height: 10)
        let screen = try session.waitFor { $0.contains("CASCADE-EXITED") }
        #expect(screen.contains("cannot drive this terminal (TERM=dumb)"))
        #expect(screen.contains("CASCADE-EXITED 1"))
    }

    @Test func aStandardOutputThatIsNotATerminalGetsOneClearLine() throws {
        let run = try CascadeBinary.run([])
        #expect(run.status == 1)
        #expect(run.error.contains("not a TTY"))
        #expect(run.error.split(separator: "\n").count == 1)
    }
}

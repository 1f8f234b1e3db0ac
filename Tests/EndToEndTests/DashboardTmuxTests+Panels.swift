import Foundation
import Testing

/// Issue #22, "alerts and focus": the focused panel's frame, maximising, the event log's search.
extension DashboardTmuxTests {
    /// At 80×24, where the heatmap has no place in the layout: `z` maximises the chart, Tab pages
    /// to the heatmap (full screen, with the double frame that marks focus), Esc restores.
    @Test func zMaximisesAPanelTabPagesToOnesTheLayoutHidesAndEscRestores() throws {
        let session = try start(width: 80, height: 24)
        let normal = try session.waitFor { showsPrices($0) }
        #expect(normal.contains("╔ Chart") && normal.contains("╭ Book"))
        try session.send("z")
        let chart = try session.waitFor { $0.contains("z/Esc restore") }
        #expect(chart.split(separator: "\n")[1].hasPrefix("╔ Chart"))
        #expect(!chart.contains("Book"))
        try session.send("Tab", "Tab")
        let heatmap = try session.waitFor { $0.contains("╔ Liquidation heatmap") }
        #expect(heatmap.split(separator: "\n")[1].hasPrefix("╔ Liquidation heatmap"))
        try session.send("Escape")
        let restored = try session.waitFor { $0.contains("Book") && !$0.contains("z/Esc restore") }
        #expect(restored.contains("Book") && restored.contains("Account"))
    }

    /// A market buy and sell leave two lines in the event log; `/` filters it as typed (the title
    /// counts the matches), Esc clears the search.
    @Test func slashSearchesTheEventLog() throws {
        // 240 columns: the log has its own wide column at the bottom, so a fill's line does not wrap.
        let session = try start(width: 240, height: 70)
        try session.waitFor { showsPrices($0) }
        for command in [":buy 0.01", ":sell 0.02"] {
            try session.send(command, literal: true)
            try session.send("Enter")
            Thread.sleep(forTimeInterval: 0.3)
        }
        try session.waitFor { $0.contains("Sold 0.020") }
        try session.send("/")
        try session.send("sold", literal: true)
        let filtered = try session.waitFor { $0.contains("/sold: 1") }
        #expect(filtered.contains("/sold: 1"))
        #expect(filtered.contains("Sold 0.020 BTC-PERP") && !filtered.contains("Bought 0.010 BTC-PERP at"))
        try session.send("Escape")
        let cleared = try session.waitFor { !$0.contains("/sold") && $0.contains("Bought 0.010 BTC-PERP at") }
        #expect(cleared.contains("Events: all"))
    }

    /// Alerts a few dollars either side of the last price: one fires within a simulated minute or
    /// so at 60x, with its banner; Esc dismisses it and `:alerts` lists the far one, still set.
    @Test func aPriceAlertFiresWithABannerAndTheOtherIsListed() throws {
        let session = try start("--speed 60", width: 80, height: 24)
        // The banner is told by its own line: the log and the status line say PRICE ALERT too.
        let banner = "Esc/Enter dismisses"
        func lastPrice() throws -> Int {
            let header = try #require(try session.screen().split(separator: "\n").first)
            return try #require(header.firstMatch(of: /BTC-PERP\s+(\d+)\.\d/).flatMap { Int($0.1) })
        }
        func type(_ command: String) throws {
            try session.send(command, literal: true)
            try session.send("Enter")
            Thread.sleep(forTimeInterval: 0.3)
        }
        try session.waitFor { showsPrices($0) }
        let far = try lastPrice() - 5000
        try type(":alert < \(far)")
        // Near alerts either side of the price; one side may be refused when the price has just
        // passed it, and a quiet market may not reach either, so they are set again from the new price.
        var fired: String?
        for _ in 0..<4 where fired == nil {
            let last = try lastPrice()
            try type(":alert BTC-PERP > \(last + 3)")
            try type(":alert < \(last - 3)")
            let screen = try session.waitFor(seconds: 30) { $0.contains(banner) }
            if screen.contains(banner) { fired = screen }
        }
        let shown = try #require(fired, "no near alert fired")
        #expect(shown.contains("PRICE ALERT") && shown.contains("traded at"))
        // Another near alert can fire after a banner is dismissed and take the keys until it is
        // dismissed too, so the listing is asked for until it shows. After Esc the next key waits,
        // or curses reads the pair as Alt+key.
        var listed = shown
        for _ in 0..<4 where !listed.contains("Alerts: #") {
            if listed.contains(banner) {
                try session.send("Escape")
                try session.waitFor(seconds: 5) { !$0.contains(banner) }
                Thread.sleep(forTimeInterval: 0.5)
            }
            try type(":alerts")
            listed = try session.waitFor(seconds: 10) { $0.contains("Alerts: #") || $0.contains(banner) }
        }
        #expect(listed.contains("Alerts: #1 BTC-PERP < \(far).0"), "the far alert is still set: \(listed)")
    }
}

import Foundation
import Testing

/// Issue #22, "history and statistics": `H` lists the session's fills and orders, `:export DIR`
/// writes them as CSV, `:deposit` and `:reset` start over.
extension DashboardTmuxTests {
    /// A market buy and a resting limit that is cancelled: `H` shows the fill with its fee and both
    /// orders with their outcomes; `:export` writes four files and says so; a bad folder is named.
    @Test func historyListsFillsAndOrdersAndExportWritesCSV() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cascade-tmux-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try start(width: 80, height: 24)
        try session.waitFor { showsPrices($0) }
        for command in [":buy 0.01", ":buy 0.01 limit 61000", ":cancel all"] {
            try session.send(command, literal: true)
            try session.send("Enter")
            Thread.sleep(forTimeInterval: 0.4)
        }
        try session.send("H")
        // One fill, or two when the market order took two levels.
        let history = try session.waitFor { $0.contains("Fills: ") && $0.contains("Orders: 2,") }
        #expect(history.contains("Realised PnL"))
        #expect(history.contains("taker"))
        #expect(history.contains("cancelled") && history.contains("filled"))
        try session.send("Escape")
        try session.waitFor { !$0.contains("Fills: ") }
        try session.send(":export \(folder)", literal: true)
        try session.send("Enter")
        let exported = try session.waitFor { $0.contains("Exported to") || $0.contains("Cannot") }
        #expect(exported.contains("Exported to"), "\(exported)")
        let fills = try String(contentsOfFile: folder + "/fills.csv", encoding: .utf8)
        #expect(fills.split(separator: "\n").count >= 2 && fills.contains(",BTC-PERP,"))
        #expect(FileManager.default.fileExists(atPath: folder + "/orders.csv"))
        try session.send(":export /dev/null/x", literal: true)
        try session.send("Enter")
        let refused = try session.waitFor { $0.contains("Cannot create /dev/null/x") }
        #expect(refused.contains("Cannot create /dev/null/x"))
    }

    /// `:deposit 10000` adds to the wallet (the account panel shows 20,000.00); `:reset` starts the
    /// market over with the starting balance, without leaving the program.
    @Test func depositAndResetStartOverWithoutRestarting() throws {
        let session = try start(width: 160, height: 48)
        try session.waitFor { showsPrices($0) }
        try session.send(":deposit 10000", literal: true)
        try session.send("Enter")
        let deposited = try session.waitFor { $0.contains("20,000.00") }
        #expect(deposited.contains("20,000.00"))
        try session.send(":reset", literal: true)
        try session.send("Enter")
        let reset = try session.waitFor { $0.contains("Started over") && !$0.contains("20,000.00") }
        #expect(reset.contains("10,000.00"))
        #expect(!reset.contains("CASCADE-EXITED"))
    }
}

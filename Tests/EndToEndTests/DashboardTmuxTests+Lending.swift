import Foundation
import Testing

/// Issue #18: the Lending workspace on the real binary. The calm scenario has no `[lending]` table,
/// so this also shows the background market every dashboard world lists.
extension DashboardTmuxTests {
    /// `4` opens Lending; `:supply` lends USDC, `:deposit 2 ETH` opens a vault, `:borrow` borrows
    /// against it (the command line previews the health factor as it is typed), and the vault shows
    /// its health factor with a word; `e` explains it.
    @Test func theLendingWorkspaceSuppliesDepositsBorrowsAndShowsTheVaultsHealth() throws {
        let session = try start()
        try session.waitFor { showsPrices($0) }
        try session.send("4")
        let opened = try session.waitFor { $0.contains("[4 Lending]") && $0.contains("Lending pools") }
        #expect(opened.contains("No vault yet") && opened.contains("USDC"))
        for command in [":supply 1000 USDC", ":deposit 2 ETH"] {
            try session.send(command, literal: true)
            try session.send("Enter")
        }
        try session.waitFor { $0.contains("Deposited 2.000000 ETH into YOUR vault #") }
        try session.send(":borrow 1500 USDC", literal: true)
        let typed = try session.waitFor { $0.contains("health ∞ →") }
        #expect(typed.contains("liquidatable below"))
        try session.send("Enter")
        let borrowed = try session.waitFor { $0.contains("Borrowed 1,500.00 USDC on YOUR vault #") }
        #expect(borrowed.contains("owes 1,500.00 USDC"))
        #expect(borrowed.range(of: #"HF \d+\.\d\d SAFE"#, options: .regularExpression) != nil, "\(borrowed)")
        #expect(borrowed.contains("liq. price"))
        try session.send("e")
        let explained = try session.waitFor { $0.contains("Health factor") && $0.contains("Liquidation price") }
        #expect(explained.contains("tab = debt × chop"))
        try session.send("Escape")
        try session.waitFor { !$0.contains("Explain:") && $0.contains("YOUR vaults") }
        try session.send("Z", "%")
        Thread.sleep(forTimeInterval: 0.5)
        let after = try session.screen()
        #expect(after.contains("[4 Lending]") && after.contains("YOUR vaults · 1"), "unknown keys do nothing")
    }
}

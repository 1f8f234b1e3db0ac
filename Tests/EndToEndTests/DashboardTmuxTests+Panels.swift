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
}

import Foundation
import Testing

/// Issue #22, "a depth chart": `d` turns the book panel into the depth chart and back, at the
/// smallest screen and a large one, with its axes and legend whole.
extension DashboardTmuxTests {
    @Test(arguments: [(80, 24), (240, 70)])
    func dShowsTheDepthChartInTheBookPanel(width: Int, height: Int) throws {
        let session = try start("--paused", warmUp: "5m", width: width, height: height)
        try session.waitFor { showsPrices($0) }
        try session.send("d")
        let chart = try session.waitFor { $0.contains("Depth BTC-PERP") }
        #expect(chart.contains("▒ bid") && chart.contains("█ ask"), "\(chart)")
        #expect(chart.contains("▒") && chart.contains("█"), "\(chart)")
        // The mid price under the chart, whole.
        #expect(chart.range(of: #"6\d{4}\.\d"#, options: .regularExpression) != nil, "\(chart)")
        try session.send("d")
        #expect(try session.waitFor { $0.contains("Book BTC-PERP") }.contains("bps"))
    }
}

import Foundation
import Testing

@testable import CascadeCore
@testable import Dashboard
@testable import TerminalKit

/// The book panel's depth chart (`d`) over `GoldenMarket`, in the book's rectangle at 80×24, 160×48
/// and 240×70 and maximised at 160×48 (`z`): text and roles compared with `Golden/depth/NAME.txt`;
/// and what must hold at any size: bids left of the mid in one fill, asks right in another, and
/// every axis label whole.
///
/// After an intended change: `CASCADE_UPDATE_GOLDEN=1 swift test --skip-build --filter Golden`, then
/// review the diff.
@Suite struct DepthChartGoldenTests {
    static let folder = PanelGoldenTests.folder.appendingPathComponent("depth")

    private static func bookPanel(width: Int, height: Int, maximised: Bool = false, glyphs: Glyphs = .unicode)
        throws -> Canvas
    {
        var state = AppState(themeName: "default-dark")
        state.showsDepthChart = true
        state.focus = .book
        if maximised { state.maximised = .book }
        let layout = try #require(DashboardLayout(width: width, height: height, state: state))
        let rect = try #require(layout.panels.first { $0.panel == .book }?.rect)
        var screen = Canvas(width: width, height: height)
        DashboardScreen.draw(
            ViewContext(snapshot: GoldenMarket.snapshot, state: state, glyphs: glyphs), layout: layout, canvas: &screen)
        return screen.cropped(to: rect)
    }

    @Test(arguments: [(80, 24, false), (160, 48, false), (240, 70, false), (160, 48, true)])
    func theDepthChartMatchesItsGoldenFile(width: Int, height: Int, maximised: Bool) throws {
        let canvas = try Self.bookPanel(width: width, height: height, maximised: maximised)
        let name = "book-depth-\(width)x\(height)\(maximised ? "-maximised" : "")"
        if let failure = GoldenFile.check(canvas.golden, against: Self.folder.appendingPathComponent("\(name).txt")) {
            Issue.record(Comment(rawValue: failure))
        }
    }

    @Test(arguments: [(80, 24), (120, 30), (160, 48), (240, 70)])
    func bidsAndAsksDifferInShapeAndEveryLabelIsWhole(width: Int, height: Int) throws {
        for glyphs in [Glyphs.unicode, .ascii] {
            let canvas = try Self.bookPanel(width: width, height: height, glyphs: glyphs)
            let text = canvas.text
            let rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let shade = glyphs.shadeRamp[1]
            let solid = glyphs.blockRamp[glyphs.blockRamp.count - 1]
            // In every row, shaded bid cells all lie left of every solid ask cell.
            for row in rows {
                let characters = Array(row)
                if let lastBid = characters.lastIndex(of: shade), let firstAsk = characters.firstIndex(of: solid) {
                    #expect(lastBid < firstAsk, "\(row)")
                }
            }
            #expect(text.contains(shade) && text.contains(solid), "\(text)")
            // The price axis: the lowest, the mid and the highest price, each whole.
            let market = GoldenMarket.snapshot.instruments[0]
            let mid = try #require(market.mark)
            let prices = rows.last { $0.contains(String(Instrument.btcPerp.format(mid).prefix(3))) }
            #expect(prices != nil, "no price axis in\n\(text)")
            #expect(text.contains(" 0"), "no zero on the size axis in\n\(text)")
        }
    }

    @Test func aOneSidedBookSaysSo() {
        var snapshot = GoldenMarket.snapshot
        snapshot.instruments[0].depth = BookDepth(bids: snapshot.instruments[0].depth.bids, asks: [])
        var state = AppState(themeName: "default-dark")
        state.showsDepthChart = true
        var canvas = Canvas(width: 30, height: 12)
        DepthChartView.draw(
            ViewContext(snapshot: snapshot, state: state, glyphs: .unicode), in: canvas.bounds, canvas: &canvas)
        #expect(canvas.find("no two-sided book yet") != nil, "\(canvas.text)")
    }

    /// `d` is a key map action like any other: rebound from the config file, the old key does
    /// nothing and help lists the new one.
    @Test func theDepthChartKeyIsRebindable() {
        let (config, problems) = DashboardConfig.parse("[keys]\ndepth_chart = \"V\"", file: "c.toml")
        #expect(problems.isEmpty, "\(problems)")
        var state = AppState(themeName: "default-dark")
        state.keyMap = config.keyMap
        let snapshot = SnapshotFixture.snapshot()
        _ = state.handle(.character("d"), snapshot: snapshot, visible: [.book])
        #expect(!state.showsDepthChart)
        _ = state.handle(.character("V"), snapshot: snapshot, visible: [.book])
        #expect(state.showsDepthChart)
        #expect(state.keyMap.helpSections.flatMap(\.1).contains { $0.key == "V" && $0.text.hasPrefix("book: ladder") })
    }
}

import CascadeCore
import CascadeSim
import TerminalKit
import Testing

@testable import Dashboard

/// The waterfall style on screen: the header names it, the explain panel lists its layers, the
/// Markets workspace draws each fund with its drawdown (and the vault only where there is one), and
/// a replay shows each fund payment with why it was made.
@Suite struct LiquidationStyleViewTests {
    /// The fixture's market under `style`, its fund falling from 250,000 to 100,000 and back to 150,000.
    static func context(_ style: LiquidationStyle, workspace: Workspace = .trade) -> ViewContext {
        var snapshot = SnapshotFixture.snapshot()
        for index in snapshot.instruments.indices { snapshot.instruments[index].liquidationStyle = style }
        let series: [Double] = (0..<120).map { minute in
            let falling = 250_000 - 1_875 * Double(min(minute, 80))
            return falling + 1_250 * Double(max(0, minute - 80))
        }
        snapshot.funds = [FundSeries(name: "Insurance fund", balance: Money(units: 150_000_000_000), series: series)]
        var state = AppState(themeName: "default-dark")
        state.workspace = workspace
        return ViewContext(snapshot: snapshot, state: state, glyphs: .unicode)
    }

    static func screen(_ context: ViewContext, width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        DashboardScreen.draw(context, layout: DashboardLayout(width: width, height: height)!, canvas: &canvas)
        return canvas
    }

    @Test func theHeaderNamesTheStyleAndDropsTheVaultWhereThereIsNone() {
        let binance = Self.screen(Self.context(.binance), width: 160, height: 48).row(0)
        #expect(binance.hasSuffix("liq Binance "))
        #expect(!binance.contains("backstop"))
        let bitmex = Self.screen(Self.context(.bitmex), width: 160, height: 48).row(0)
        #expect(bitmex.hasSuffix("liq BitMEX "))
    }

    /// At 80 columns, beside the workspace tabs, the price stays; the style (also in the explain
    /// panel) gives way first.
    @Test func aNarrowHeaderKeepsThePriceBeforeTheStyle() {
        let header = Self.screen(Self.context(.binance), width: 80, height: 24).row(0)
        #expect(header.contains("BTC-PERP  64000.5"))
        #expect(!header.contains("liq Binance"))
        #expect(header.hasSuffix("1x  calm "))
        let wider = Self.screen(Self.context(.binance), width: 100, height: 24).row(0)
        #expect(wider.contains("BTC-PERP  64000.5  ▲+3.23% 24h") && !wider.contains("liq Binance"))
    }

    @Test(arguments: LiquidationStyle.allCases)
    func explainListsTheStylesLayers(style: LiquidationStyle) {
        let lines = ExplainView.lines(Self.context(style)).map(\.text)
        let heading = lines.first { $0.hasPrefix("At liquidation:") }
        #expect(heading == "At liquidation: \(style.venue) waterfall, \(style.waterfall)")
        let body = lines.joined(separator: "\n")
        #expect(body.contains("backstop vault at the bankruptcy price") == (style == .hyperliquid))
        #expect(body.contains("takes the whole position over") == (style == .bitmex))
        #expect(body.contains("fillable price") == (style == .dydx))
        #expect(body.contains("floor") == (style == .bybit))
    }

    /// At both sizes the fund's balance and drawdown are whole: the low of 100,000 is 150K, 60% below
    /// the 250,000 peak.
    @Test(arguments: [(80, 24), (160, 48)])
    func marketsDrawsTheFundWithItsDrawdown(width: Int, height: Int) throws {
        let canvas = Self.screen(Self.context(.binance, workspace: .markets), width: width, height: height)
        #expect(canvas.find(width < 100 ? "Insurance fund · Binance " : "Insurance fund · Binance waterfall") != nil)
        #expect(canvas.find("150,000.00") != nil)
        let drawdown = canvas.find("drawdown 150K (60.0%)")
        #expect(drawdown.map { canvas.style(x: $0.x, y: $0.y).role } == .down)
        #expect(canvas.find("Backstop vault") == nil)
        let vault = Self.screen(Self.context(.hyperliquid, workspace: .markets), width: width, height: height)
        #expect(vault.find("Insurance fund · backstop vault") != nil && vault.find("Backstop") != nil)
    }

    @Test func drawdownIsMeasuredFromTheRunningPeak() {
        let fund = FundSeries(name: "f", balance: .zero, series: [100, 120, 90, 130, 125])
        #expect(fund.runningPeak == [100, 120, 120, 130, 130])
        #expect(fund.largestDrawdown.amount == 30 && fund.largestDrawdown.share == 0.25)
    }
}

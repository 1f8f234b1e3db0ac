import Testing

@testable import CascadeCore
@testable import Dashboard
@testable import TerminalKit

@Suite("Price chart panel")
struct ChartViewTests {
    static func context(_ mode: AppState.ChartMode = .candles, timeframe: Int = 1) -> ViewContext {
        var state = AppState(themeName: "default-dark")
        state.chartMode = mode
        state.timeframe = timeframe
        return SnapshotFixture.context(state: state)
    }

    /// The fixture with a newest candle whose wick spans 41,000 to 65,000, so the user's entry
    /// (62,000), liquidation (about 42,169) and order (63,998) all fall inside the chart.
    static func wideSwings() -> ViewContext {
        var context = context()
        context.snapshot.instruments[0].candles[199].high = Price(ticks: 650_000)
        context.snapshot.instruments[0].candles[199].low = Price(ticks: 410_000)
        return context
    }

    @Test func titleNamesInstrumentTimeframeAndMode() {
        #expect(
            render(ChartView.draw, Self.context(), width: 80, height: 20).row(0).hasPrefix(
                "╭ Chart BTC-PERP · 1m · candles · • mark ─"))
        #expect(
            render(ChartView.draw, Self.context(.line, timeframe: 60), width: 80, height: 20).row(0).hasPrefix(
                "╭ Chart BTC-PERP · 1h · line ─"))
    }

    @Test func candlesTellDirectionByGlyphAndRole() {
        let canvas = render(ChartView.draw, Self.context(), width: 80, height: 20)
        let plot = cells(canvas).filter { $0.x >= 1 && $0.x < 70 && $0.y >= 1 && $0.y < 19 }
        let up = plot.filter { $0.cell.character == "┃" }
        let down = plot.filter { $0.cell.character == "█" }
        #expect(!up.isEmpty && up.allSatisfy { $0.cell.style.role == .candleUp })
        #expect(!down.isEmpty && down.allSatisfy { $0.cell.style.role == .candleDown })
        // As many of the newest candles as fit: the plot's first and last columns both hold one.
        #expect(plot.contains { $0.x == 1 && $0.cell.character != " " })
        #expect(plot.contains { $0.x == 69 && $0.cell.character != " " })
    }

    @Test func rightAxisLabelsPricesAndTheLastClose() throws {
        let canvas = render(ChartView.draw, Self.context(), width: 80, height: 20)
        #expect(canvas.row(1).hasSuffix(" 63622.0│"))
        #expect(canvas.style(x: 72, y: 1).role == .axis)
        // The newest candle closed down at 63,577.1: a down glyph in reverse video.
        let last = try #require(canvas.find("▼63577.1"))
        #expect(canvas.style(x: last.x, y: last.y) == Style(.candleDown, reverse: true))
    }

    @Test func entryLiquidationAndOrderLevelsShowWhenInRange() throws {
        let canvas = render(ChartView.draw, Self.wideSwings(), width: 80, height: 30)
        let entry = try #require(canvas.find("entry"))
        let liquidation = try #require(canvas.find("liq"))
        let order = try #require(canvas.find("buy 0.100"))
        #expect(canvas.style(x: entry.x, y: entry.y).role == .chartEntry)
        #expect(canvas.style(x: liquidation.x, y: liquidation.y).role == .chartLiquidation)
        #expect(canvas.style(x: order.x, y: order.y).role == .chartOrder)
        #expect(canvas[1, entry.y].character == "┄" || canvas[1, entry.y].style.role != .chartEntry)
        #expect(order.y < entry.y && entry.y < liquidation.y, "63,998 above 62,000 above the liquidation price")
    }

    /// The entry line sits on the nearest row; its label names the exact entry, not the row's price.
    @Test func levelLabelsSayTheExactPrice() throws {
        var context = Self.wideSwings()
        let btc = SnapshotFixture.btc
        context.snapshot.account.positions[0].position.costBasis = btc.value(of: 500, at: Price(ticks: 620_007))
        let canvas = render(ChartView.draw, context, width: 80, height: 30)
        let entry = try #require(canvas.find("entry 62000.7"))
        #expect(canvas.style(x: entry.x, y: entry.y).role == .chartEntry)
        let liquidation = try #require(context.snapshot.account.positions[0].risk.liquidationPrice)
        #expect(canvas.find("liq \(btc.format(liquidation))") != nil)
        #expect(canvas.find("buy 0.100 63998.0") != nil)
    }

    @Test func aLabelTooLongForThePlotLosesWholeWords() {
        #expect("entry 62000.7".fitting(10) == "entry")
        #expect("buy 0.100 63998.0".fitting(12) == "buy 0.100")
        #expect("63998.0".fitting(5) == "")
        #expect("Funding +0.01% · in 04:00".fitting(16) == "Funding +0.01%")
    }

    @Test func levelsOutsideThePricesShownAreLeftOut() {
        // The fixture's last hour trades between 63,314 and 63,622, far from every level.
        let canvas = render(ChartView.draw, Self.context(), width: 80, height: 20)
        #expect(canvas.find("entry") == nil && canvas.find("liq") == nil && canvas.find("buy") == nil)
        #expect(!cells(canvas).contains { $0.cell.style.role == .chartEntry })
    }

    @Test func oneMinuteCandlesMergeIntoTimeframePeriods() throws {
        let candles = SnapshotFixture.snapshot().instruments[0].candles
        let five = ChartView.aggregate(candles, minutes: 5)
        #expect(five.count == 40)
        let first = try #require(five.first)
        #expect(first.bar.time == 0 && first.lastMinute == 4)
        #expect(first.bar.open == candles[0].open && first.bar.close == candles[4].close)
        #expect(first.bar.high == candles[0..<5].map(\.high).max())
        #expect(first.bar.low == candles[0..<5].map(\.low).min())
        #expect(first.bar.volume == candles[0..<5].map(\.volume).reduce(0, +))
        let hours = ChartView.aggregate(candles, minutes: 60)
        #expect(hours.map(\.bar.time) == [0, 3_600, 7_200, 10_800])
        #expect(hours.last?.lastMinute == 199 && hours.last?.bar.close == candles[199].close)
    }

    @Test func lineModeDrawsClosesMarkAndIndexWithALegend() throws {
        var context = Self.context(.line)
        context.snapshot.instruments[0].markSeries = context.market.candles.map { Double($0.close.ticks) / 10 + 150 }
        context.snapshot.instruments[0].indexSeries = context.market.candles.map { Double($0.close.ticks) / 10 - 150 }
        let canvas = render(ChartView.draw, context, width: 80, height: 20)
        let braille = cells(canvas).filter { ("\u{2801}"..."\u{28FF}").contains(String($0.cell.character)) }
        for role in [Role.chartLine, .chartMark, .chartIndex] {
            #expect(braille.contains { $0.cell.style.role == role }, "no \(role) line")
        }
        let legend = try #require(canvas.find("last mark index"))
        #expect(legend.y == 18)
        #expect(canvas.style(x: legend.x + 5, y: 18).role == .chartMark)
        #expect(!cells(canvas).contains { $0.cell.character == "┃" }, "no candles in line mode")
    }

    /// A one-sided book: trades keep printing near 63,500 while the mark crashes to 60,000 over the
    /// last ten minutes. The marker and the axis label show the crash the candles cannot.
    @Test func candlesShowTheMarkWhereItLeavesTheTrades() throws {
        var context = Self.context()
        let closes = context.market.candles.map { Double($0.close.ticks) / 10 }
        let drop = closes[199] - 60_000
        context.snapshot.instruments[0].markSeries = closes.enumerated().map { minute, close in
            minute < 190 ? close : close - drop * Double(minute - 189) / 10
        }
        context.snapshot.instruments[0].mark = Price(ticks: 600_000)
        let canvas = render(ChartView.draw, context, width: 80, height: 20)
        // The plot spans columns 1 to 69; the axis starts at 70.
        let markers = cells(canvas).filter { $0.cell.character == "•" && $0.y > 0 && $0.x < 70 }
        #expect(markers.count >= 9, "one marker per crashed minute, not \(markers.count)")
        #expect(markers.allSatisfy { $0.cell.style.role == .chartMark })
        #expect(markers.allSatisfy { $0.x >= 60 }, "only the last ten columns")
        let found = canvas.find("•60000.0")
        let label = try #require(found)
        #expect(canvas.style(x: label.x, y: label.y).role == .chartMark)
        #expect(label.y == 18, "the lowest price shown sits on the bottom row")
        let last = canvas.find("▼63577.1")
        #expect(last != nil, "the last trade keeps its own label")
        context.glyphs = .ascii
        let ascii = render(ChartView.draw, context, width: 80, height: 20)
        #expect(ascii.row(0).contains("candles · o mark"))
        let asciiLabel = ascii.find("o60000.0")
        #expect(asciiLabel != nil)
    }

    /// In a calm market the mark stays inside the candles: no marker clutters them.
    @Test func aMarkInsideTheCandlesDrawsNoMarker() {
        var context = Self.context()
        context.snapshot.instruments[0].markSeries = context.market.candles.map { Double($0.close.ticks) / 10 }
        let canvas = render(ChartView.draw, context, width: 80, height: 20)
        #expect(!cells(canvas).contains { $0.cell.character == "•" && $0.y > 0 })
    }
}

import Testing

@testable import CascadeCore
@testable import Dashboard
@testable import TerminalKit

/// How a market panel is called.
typealias PanelDraw = @Sendable (ViewContext, Rect, inout Canvas) -> Void

/// The fixture's market panel drawn into a canvas of exactly its size.
func render(_ draw: PanelDraw, _ context: ViewContext = SnapshotFixture.context(), width: Int, height: Int) -> Canvas {
    var canvas = Canvas(width: width, height: height)
    draw(context, canvas.bounds, &canvas)
    return canvas
}

/// Every cell of the canvas, with its position.
func cells(_ canvas: Canvas) -> [(x: Int, y: Int, cell: Cell)] {
    (0..<canvas.height).flatMap { y in (0..<canvas.width).map { x in (x, y, canvas[x, y]) } }
}

/// What all five market panels promise alike: any size, any data, nothing drawn outside the rect.
@Suite("Market panels")
struct MarketViewTests {
    static let panels: [(String, PanelDraw)] = [
        ("book", BookView.draw), ("trades", TapeView.draw), ("chart", ChartView.draw),
        ("open interest", OpenInterestView.draw), ("heatmap", HeatmapView.draw),
    ]

    /// A snapshot whose shown market has no book, trades, candles, series or heatmap yet.
    static func emptyContext() -> ViewContext {
        var context = SnapshotFixture.context()
        context.snapshot.instruments = [InstrumentSnapshot(id: InstrumentID(0), instrument: .btcPerp)]
        context.snapshot.account = AccountSnapshot()
        return context
    }

    @Test(arguments: 0..<5)
    func tinyRectDrawsAFrameAndStaysInside(panel: Int) {
        let draw = Self.panels[panel].1
        var canvas = Canvas(width: 30, height: 10)
        let rect = Rect(x: 5, y: 3, width: 12, height: 4)
        draw(SnapshotFixture.context(), rect, &canvas)
        let outside = cells(canvas).filter { !rect.contains(x: $0.x, y: $0.y) && $0.cell != .blank }
        #expect(outside.isEmpty, "\(Self.panels[panel].0) drew outside its rect")
        // The chart has focus in the fixture: its frame is the double one.
        #expect("╭╔".contains(canvas[5, 3].character) && "╯╝".contains(canvas[16, 6].character))
        #expect(canvas.row(4).dropFirst(6).prefix(10).contains { $0 != " " }, "\(Self.panels[panel].0) drew nothing")
    }

    @Test(arguments: 0..<5)
    func everySizeFromNothingUpStaysInside(panel: Int) {
        let draw = Self.panels[panel].1
        for context in [SnapshotFixture.context(), Self.emptyContext()] {
            for width in [0, 1, 2, 3, 5, 8, 13, 20, 34, 55, 89] {
                for height in [0, 1, 2, 3, 4, 5, 8, 13, 21, 34] {
                    var canvas = Canvas(width: 100, height: 40)
                    let rect = Rect(x: 3, y: 2, width: width, height: height)
                    draw(context, rect, &canvas)
                    let outside = cells(canvas).filter { !rect.contains(x: $0.x, y: $0.y) && $0.cell != .blank }
                    #expect(outside.isEmpty, "\(Self.panels[panel].0) at \(width)×\(height) drew outside its rect")
                    guard width >= 2, height >= 2 else { continue }
                    let frame = cells(canvas).filter {
                        rect.contains(x: $0.x, y: $0.y) && ($0.x == rect.maxX - 1 || $0.y == rect.maxY - 1)
                    }
                    // The heatmap's time axis and shade legend sit on its bottom border, in the axis role.
                    #expect(
                        frame.allSatisfy {
                            $0.cell.style.role == .border || $0.cell.style.role == .borderFocused
                                || ($0.y == rect.maxY - 1 && $0.cell.style.role == .axis)
                        },
                        "\(Self.panels[panel].0) at \(width)×\(height) drew over its frame")
                }
            }
        }
    }

    @Test(arguments: 0..<5)
    func focusedPanelHasAFocusedBorder(panel: Int) {
        let focus: [AppState.Panel] = [.book, .trades, .chart, .openInterest, .heatmap]
        var state = AppState(themeName: "default-dark")
        state.focus = focus[panel]
        let focused = render(Self.panels[panel].1, SnapshotFixture.context(state: state), width: 40, height: 12)
        state.focus = .log
        let unfocused = render(Self.panels[panel].1, SnapshotFixture.context(state: state), width: 40, height: 12)
        #expect(focused.style(x: 0, y: 5).role == .borderFocused)
        #expect(unfocused.style(x: 0, y: 5).role == .border)
    }

    @Test func asciiGlyphsKeepEveryPanelASCII() {
        var context = SnapshotFixture.context()
        context.glyphs = .ascii
        for (name, draw) in Self.panels {
            let canvas = render(draw, context, width: 60, height: 20)
            let foreign = cells(canvas).filter { !$0.cell.character.isASCII }.map(\.cell.character)
            // The title separators and the grouping sign are folded by the terminal; glyphs must not be.
            #expect(Set(foreign).isSubset(of: ["·", "×"]), "\(name) drew \(Set(foreign))")
        }
    }
}

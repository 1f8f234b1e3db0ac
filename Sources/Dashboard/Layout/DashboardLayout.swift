import TerminalKit

/// Where each panel goes for a terminal size: from 80×24 (book, chart, account, positions) up to
/// large screens (plus tape, open interest, heatmap and the event log, which shares the tape's
/// column below 190 columns and gets its own at the bottom from there).
public struct DashboardLayout: Sendable {
    static let minimumWidth = 80
    static let minimumHeight = 24

    /// The top row: workspace keys, the instrument's prices, clock, speed and scenario.
    public let header: Rect
    /// The bottom row: the command line when open, else the latest message or key hints.
    public let status: Rect
    /// The lesson card above the status line, when a lesson is playing.
    public let lesson: Rect?
    /// Everything between the header and the status line (and the lesson card): where a workspace
    /// puts its panels.
    let body: Rect
    /// The panels that fit, in focus order.
    let panels: [(panel: AppState.Panel, rect: Rect)]

    /// Rows the lesson card takes from the panels.
    static let lessonRows = 6

    /// `nil` when the terminal is below the minimum. With `lesson`, the panels make room for the
    /// lesson card. With `maximised`, that panel alone fills the body, whether or not the size
    /// would show it otherwise (`z`).
    public init?(width: Int, height: Int, lesson: Bool = false, maximised: AppState.Panel? = nil) {
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else { return nil }
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let card = lesson ? Self.lessonRows : 0
        self.lesson = lesson ? Rect(x: 0, y: height - 1 - card, width: width, height: card) : nil
        body = Rect(x: 0, y: 1, width: width, height: height - 2 - card)
        let bookWidth = width >= 140 ? 36 : 30
        let columns = body.splitColumns([bookWidth, 0])
        var panels: [(AppState.Panel, Rect)] = [(.book, columns[0])]
        let right = columns[1]
        let wide = width >= 120
        let tall = body.height >= 34
        let topHeight = max(8, right.height * (tall ? 45 : 50) / 100)
        let middleHeight = tall ? max(6, right.height * 22 / 100) : 0
        let rows = tall ? right.splitRows([topHeight, middleHeight, 0]) : right.splitRows([topHeight, 0])
        let top = wide ? rows[0].splitColumns([0, 34]) : [rows[0]]
        let logAtBottom = width >= 190
        panels.append((.chart, top[0]))
        if wide && !logAtBottom && tall {
            let tapeAndLog = top[1].splitRows([top[1].height * 3 / 5, 0])
            panels.append((.trades, tapeAndLog[0]))
            panels.append((.log, tapeAndLog[1]))
        } else if wide {
            panels.append((.trades, top[1]))
        }
        if tall {
            let middle = rows[1].splitColumns([right.width * 35 / 100, 0])
            panels.append((.openInterest, middle[0]))
            panels.append((.heatmap, middle[1]))
        }
        let bottom = rows[rows.count - 1]
        if wide {
            let parts = bottom.splitColumns(logAtBottom ? [36, 0, right.width * 32 / 100] : [36, 0])
            panels.append((.account, parts[0]))
            panels.append((.positions, parts[1]))
            if logAtBottom { panels.append((.log, parts[2])) }
        } else {
            let parts = bottom.splitRows([min(10, bottom.height / 2 + 2), 0])
            panels.append((.account, parts[0]))
            panels.append((.positions, parts[1]))
        }
        if let maximised {
            self.panels = [(maximised, body)]
        } else {
            self.panels = panels
        }
    }

    var visiblePanels: [AppState.Panel] { panels.map(\.panel) }

    /// The layout for `state`: room for its lesson card, its maximised panel alone.
    init?(width: Int, height: Int, state: AppState) {
        self.init(width: width, height: height, lesson: state.lesson != nil, maximised: state.maximised)
    }
}

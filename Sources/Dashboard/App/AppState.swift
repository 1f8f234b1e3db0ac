import CascadeCore
import TerminalKit

/// Everything about the screen that is not market data: what is focused, which overlay is open,
/// how panels are set. The reducer (`App+Keys`) changes it; views only read it.
public struct AppState: Sendable {
    /// The panels of the main screen: what focus moves between and lesson steps point at.
    public enum Panel: String, CaseIterable, Sendable {
        case book, trades, chart, openInterest, heatmap, account, positions, log

        /// The name its frame shows.
        public var title: String {
            switch self {
            case .book: "Book"
            case .trades: "Trades"
            case .chart: "Chart"
            case .openInterest: "Open interest"
            case .heatmap: "Liquidation heatmap"
            case .account: "Account"
            case .positions: "Positions"
            case .log: "Events"
            }
        }
    }

    enum ChartMode: String, Sendable { case candles, line }
    /// Whose liquidation heatmap shows (`h`): the engine's true positions, or the estimate from public data.
    public enum HeatmapSource: String, Sendable { case engine, estimate }

    /// The screen the number keys switch to.
    var workspace: Workspace = .trade
    /// Which instrument every market panel shows.
    public var instrument = InstrumentID.first
    /// The selected row of the Markets workspace's table.
    var marketRow = 0
    /// The Options workspace's choices (its underlying is `instrument`).
    var options = OptionsSelection()
    /// The Lending workspace's selected vault and auction.
    var lendingSelection = LendingSelection()
    var focus: Panel = .chart
    /// The panel that fills the Trade workspace's body (`z`); nil shows the whole layout. It
    /// follows focus, so Tab pages through every panel, even those the terminal is too small for.
    var maximised: Panel?
    var overlay: Overlay?
    /// Book price grouping, as a multiple of the tick: cycled with `D`.
    var bookGrouping = 1
    /// The book panel shows the depth chart instead of the ladder: toggled with `d`.
    var showsDepthChart = false
    var chartMode: ChartMode = .candles
    /// Minutes per candle.
    var timeframe = 1
    var heatmapSource: HeatmapSource = .engine
    /// The name of the theme in use: `t` moves on from it to the next in the catalog.
    public var themeName: String
    /// The selected row of the positions panel: its positions, option positions, then orders
    /// (`AccountSnapshot.order(atRow:)`).
    var selectedRow = 0
    /// A message for the status line and whether it reports a problem.
    public var status: (text: String, isError: Bool)?
    /// The lesson being played, if any.
    public var lesson: LessonProgress?
    /// A liquidation, takeover or ADL of the user's, shown as a banner until dismissed.
    var notice: LiquidationNotice?
    /// The newest notice taken from a snapshot (its generation and sequence), so each shows once.
    var seenNotice: (generation: Int, sequence: Int) = (0, 0)
    /// The client order id of the user's latest order (ids count up from 1 for the session).
    var lastClientOrderID: Int64 = 0
    /// The event log shows only the user's own lines.
    var logYoursOnly = false
    /// The event log shows only lines containing this text (`/`), ignoring case; empty: all.
    var logSearch = ""
    /// The sequence number of the newest log line shown while the log is scrolled (`↑↓` with the log
    /// focused); nil follows the newest line.
    var logTop: Int?
    var shouldQuit = false
    /// Ring the terminal bell when a banner (a price alert, a liquidation) appears: off until the
    /// user turns it on (`:bell on`).
    var bell = false
    /// Lines the help or explain overlay is scrolled by (the other overlays keep their own place).
    var overlayScroll = 0
    /// The main screen's keys: the standard ones, or the config file's rebinding of them.
    public var keyMap = KeyMap.standard
    /// The terminal's size when the last key arrived: overlays scroll by what fits on it.
    var screen = (width: DashboardLayout.minimumWidth, height: DashboardLayout.minimumHeight)

    /// The state at start-up: the Trade workspace, the chart focused, the first instrument, no overlay.
    public init(themeName: String) { self.themeName = themeName }

    /// The shown instrument's market in `snapshot` (clamped: a restart may bring fewer markets).
    func market(in snapshot: MarketSnapshot) -> InstrumentSnapshot {
        snapshot.instruments[min(instrument.index, snapshot.instruments.count - 1)]
    }

    static let groupings = [1, 10, 100, 1_000]
    static let timeframes = [1, 5, 15, 60]
}

/// What every view draws from: the snapshot, the screen state and the glyph set.
public struct ViewContext: Sendable {
    /// The market data to draw.
    public var snapshot: MarketSnapshot
    /// The snapshot drawn before this one, to flash what changed.
    public var previous: MarketSnapshot?
    /// Screen state: focus, overlay, selections, chart settings.
    public var state: AppState
    /// The glyph set the terminal can show.
    public var glyphs: Glyphs

    /// A context for one frame; without `previous` nothing flashes as changed. Built for every frame drawn.
    public init(snapshot: MarketSnapshot, previous: MarketSnapshot? = nil, state: AppState, glyphs: Glyphs) {
        self.snapshot = snapshot
        self.previous = previous
        self.state = state
        self.glyphs = glyphs
    }

    /// The instrument the market panels show.
    public var market: InstrumentSnapshot {
        state.market(in: snapshot)
    }

    /// Whether `panel` is framed as focused: not while an overlay is open, which then holds the keys.
    func focused(_ panel: AppState.Panel) -> Bool { state.overlay == nil && state.focus == panel }
}

import TerminalKit

extension AppState {
    /// The overlay on top of the panels. This enum is the registry: an overlay is one case, whose
    /// payload is the state it keeps, plus its line in `unit` and in `units`; its keys, what they do
    /// and its drawing live in its `OverlayUnit` type (one file each in `Overlays/`).
    public enum Overlay: Sendable {
        case help
        case ticket(OrderTicket)
        case commandLine(TextInput)
        /// The event log's search, filtering as it is typed.
        case logSearch(TextInput)
        case explain
        /// The explain panel for a ticket's preview; Esc goes back to the ticket.
        case explainTicket(OrderTicket)
        case whatIf(WhatIf)
        case replays(ReplayBrowser)
        /// Scrolled by this many lines.
        case glossary(Int)
        /// The session's fills, orders, totals and equity curve, scrolled by this many lines.
        case history(Int)
        /// The lesson picker, with the selected row.
        case lessons(Int)
        /// A question before an action that would drop an open position.
        case confirm(Confirmation)

        /// The unit that handles this overlay's keys and draws it.
        var unit: any OverlayUnit {
            switch self {
            case .help: HelpPage()
            case .ticket(let ticket): TicketOverlay(ticket: ticket)
            case .commandLine(let input): CommandLineOverlay(input: input)
            case .logSearch(let input): LogSearchOverlay(input: input)
            case .explain: ExplainPage()
            case .explainTicket(let ticket): TicketExplainPage(ticket: ticket)
            case .whatIf(let whatIf): WhatIfOverlay(whatIf: whatIf)
            case .replays(let browser): ReplaysOverlay(browser: browser)
            case .glossary(let offset): GlossaryOverlay(offset: offset)
            case .history(let offset): HistoryOverlay(offset: offset)
            case .lessons(let selected): LessonPickerOverlay(selected: selected)
            case .confirm(let confirmation): ConfirmOverlay(confirmation: confirmation)
            }
        }

        /// Every overlay type, in the order help lists their keys (what-if last).
        static let units: [any OverlayUnit.Type] = [
            TicketOverlay.self, CommandLineOverlay.self, LogSearchOverlay.self, ConfirmOverlay.self, HelpPage.self,
            ExplainPage.self,
            TicketExplainPage.self, GlossaryOverlay.self, HistoryOverlay.self, ReplaysOverlay.self,
            LessonPickerOverlay.self,
            WhatIfOverlay.self,
        ]
    }
}

/// One overlay: the state it keeps (a value of the conforming type, wrapped in its
/// `AppState.Overlay` case), its keys and its view. Its handler sees only the actions its key map
/// gives, so every key it reacts to is listed in help.
protocol OverlayUnit: Sendable {
    associatedtype KeyAction: Sendable & Hashable
    /// How help names it: `ticket: place the order`.
    static var name: String { get }
    static var keys: OverlayKeys<KeyAction> { get }
    /// Carries out `action`. `app.overlay` still holds this overlay as it was: set it to keep a
    /// change, to `nil` to close, or to another overlay.
    func perform(_ action: KeyAction, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect]
    /// Draws it in `bounds` (under the header, above the status line and the lesson card).
    func draw(_ context: ViewContext, in bounds: Rect, canvas: inout Canvas)
}

extension OverlayUnit {
    /// Applies `key` when the key map has an action for it; other keys do nothing.
    func handle(_ key: Key, app: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect] {
        guard let action = Self.keys.action(for: key) else { return [] }
        return perform(action, app: &app, snapshot: snapshot)
    }

    static var helpEntries: [(key: String, text: String)] { keys.helpEntries(name) }

    /// Whether its key map gives `key` an action.
    func binds(_ key: Key) -> Bool { Self.keys.action(for: key) != nil }
}

/// What a key does on a scrolled page (help, explain, the glossary).
enum PageAction: Sendable, Hashable {
    case close
    case scroll(ScrollAction)

    /// `keys` close the page (or go back, as `help` says), shown as `label`; the shared scroll keys
    /// scroll it.
    static func keys(closing keys: [Key], label: String, help: String = "close") -> OverlayKeys<PageAction> {
        OverlayKeys(bindings: [
            .init(keys: keys, actions: keys.map { _ in .close }, label: label, help: help)
        ]).sharing(KeyMap.scrolling, as: PageAction.scroll)
    }
}

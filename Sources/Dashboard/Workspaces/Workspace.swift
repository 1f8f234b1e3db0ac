import TerminalKit

/// The screens the number keys switch between. This enum is the registry: a workspace is one case
/// (its number is its key) and its line in `screen`; everything else about it (layout, panels, its
/// own keys) lives in its `WorkspaceScreen` type.
public enum Workspace: Int, CaseIterable, Sendable {
    case trade = 1
    case markets = 2
    case options = 3

    /// The layout, drawing and keys of this workspace.
    var screen: any WorkspaceScreen.Type {
        switch self {
        case .trade: TradeWorkspace.self
        case .markets: MarketsWorkspace.self
        case .options: OptionsWorkspace.self
        }
    }

    /// The name the header's tabs and help show.
    public var title: String { screen.title }

    /// The number key that opens it.
    var key: Key { .character(Character(String(rawValue))) }
}

/// A layout of panels plus its own keys: what a `Workspace` case stands for.
protocol WorkspaceScreen {
    associatedtype KeyAction: Sendable & Hashable
    static var title: String { get }
    /// Keys this workspace handles before the main screen's key map (which serves every workspace);
    /// help lists them in a section named after the workspace.
    static var keys: OverlayKeys<KeyAction> { get }
    static func perform(_ action: KeyAction, state: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect]
    /// Called when the number key opens this workspace.
    static func opened(state: inout AppState)
    /// The panels that take focus (Tab, clicks) and where they are.
    static func panels(in layout: DashboardLayout) -> [(panel: AppState.Panel, rect: Rect)]
    /// Draws the panels between the header and the status line.
    static func draw(_ context: ViewContext, layout: DashboardLayout, canvas: inout Canvas)
}

extension WorkspaceScreen {
    static func opened(state: inout AppState) {}

    /// Applies `key` when it is one of this workspace's keys; nil leaves it to the main key map.
    static func handle(_ key: Key, state: inout AppState, snapshot: MarketSnapshot?) -> [AppEffect]? {
        guard let action = keys.action(for: key) else { return nil }
        return perform(action, state: &state, snapshot: snapshot)
    }

    /// This workspace's keys as help lines.
    static var helpEntries: [(key: String, text: String)] { keys.bindings.map { ($0.label, $0.help) } }
}

extension Role {
    /// The groups of a theme file, in the order they are documented.
    static let themeGroups = ["ui", "market", "chart", "heatmap", "margin"]

    /// The table (`ui`, `market`, …) and key under which a theme file styles this role: the case
    /// name without its group prefix, in snake_case (`chartLiquidation` is `[chart] liquidation`).
    var themeSlot: (group: String, key: String) {
        switch self {
        case .text: ("ui", "text")
        case .muted: ("ui", "muted")
        case .border: ("ui", "border")
        case .borderFocused: ("ui", "border_focused")
        case .title: ("ui", "title")
        case .header: ("ui", "header")
        case .status: ("ui", "status")
        case .statusError: ("ui", "status_error")
        case .selection: ("ui", "selection")
        case .accent: ("ui", "accent")
        case .overlay: ("ui", "overlay")
        case .key: ("ui", "key")
        case .bid: ("market", "bid")
        case .ask: ("market", "ask")
        case .buy: ("market", "buy")
        case .sell: ("market", "sell")
        case .up: ("market", "up")
        case .down: ("market", "down")
        case .flash: ("market", "flash")
        case .ownOrder: ("market", "own_order")
        case .liquidation: ("market", "liquidation")
        case .largeTrade: ("market", "large_trade")
        case .chartLine: ("chart", "line")
        case .candleUp: ("chart", "candle_up")
        case .candleDown: ("chart", "candle_down")
        case .chartMark: ("chart", "mark")
        case .chartIndex: ("chart", "index")
        case .chartEntry: ("chart", "entry")
        case .chartLiquidation: ("chart", "liquidation")
        case .chartOrder: ("chart", "order")
        case .axis: ("chart", "axis")
        case .volume: ("chart", "volume")
        case .heatLong: ("heatmap", "long")
        case .heatShort: ("heatmap", "short")
        case .heatCurrent: ("heatmap", "current")
        case .marginSafe: ("margin", "safe")
        case .marginWarning: ("margin", "warning")
        case .marginDanger: ("margin", "danger")
        case .marginGauge: ("margin", "gauge")
        case .adlOn: ("margin", "adl_on")
        case .adlOff: ("margin", "adl_off")
        }
    }

    /// `market.bid`: how messages name the slot.
    var themePath: String { "\(themeSlot.group).\(themeSlot.key)" }

    /// The role styled by `key` in `group`, if there is one.
    static func forThemeSlot(group: String, key: String) -> Role? {
        allCases.first { $0.themeSlot == (group, key) }
    }

    /// The slot keys of one group, in declaration order, for "known slots are …" messages.
    static func themeKeys(in group: String) -> [String] {
        allCases.map(\.themeSlot).filter { $0.group == group }.map(\.key)
    }
}

/// What a cell means, which the theme turns into colours and attributes.
///
/// Views name roles, never colours, so one view looks right under every theme and colour depth.
/// The raw value indexes the theme's precomputed style tables; gradient roles (`heatLong`,
/// `heatShort`, `marginGauge`) use `Style.level` to pick one of eight steps.
public enum Role: UInt8, CaseIterable, Sendable {
    // ui
    case text, muted, border, borderFocused, title, header, status, statusError, selection, accent, overlay, key
    // market
    case bid, ask, buy, sell, up, down, flash, ownOrder, liquidation, largeTrade
    // chart
    case chartLine, candleUp, candleDown, chartMark, chartIndex, chartEntry, chartLiquidation, chartOrder, axis, volume
    // heatmap (gradients) and marker
    case heatLong, heatShort, heatCurrent
    // margin
    case marginSafe, marginWarning, marginDanger, marginGauge, adlOn, adlOff

    /// The number of gradient steps a role's style table holds; plain roles repeat one style.
    public static let levels = 8

    /// Whether `Style.level` selects a step of a colour ramp for this role.
    var isGradient: Bool {
        switch self {
        case .heatLong, .heatShort, .marginGauge: true
        default: false
        }
    }
}

extension Role {
    /// How a role stands out when there is no colour at all (`NO_COLOR`, `--color none`).
    ///
    /// After htop's monochrome scheme: selection and status bars reverse, titles, errors and danger
    /// bold, secondary text dim. Directions (up/down, bid/ask) get nothing here: their glyphs carry them.
    func monochromeEmphasis(level: Int) -> ResolvedStyle {
        switch self {
        case .selection, .status, .flash: ResolvedStyle(reverse: true)
        case .statusError: ResolvedStyle(bold: true, reverse: true)
        case .title, .header, .borderFocused, .key, .accent, .liquidation, .largeTrade, .chartLiquidation,
            .marginDanger, .adlOn, .heatCurrent:
            ResolvedStyle(bold: true)
        case .ownOrder, .marginWarning: ResolvedStyle(underline: true)
        case .muted, .axis, .volume, .adlOff: ResolvedStyle(dim: true)
        case .marginGauge: ResolvedStyle(bold: level >= Role.levels - 2)
        default: ResolvedStyle()
        }
    }
}

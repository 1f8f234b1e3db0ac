/// One line of a chart: values oldest first (nil leaves a gap), drawn in one style.
public struct ChartSeries: Hashable, Sendable {
    /// Points oldest first, one per plot column (two per cell with braille); nil leaves a gap.
    public var values: [Double?]
    /// Style of every point; where series share a cell, the series drawn last wins.
    public var style: Style

    /// A line through `values` (oldest first), drawn in `style`.
    public init(values: [Double?], style: Style) {
        self.values = values
        self.style = style
    }
}

/// A horizontal reference line across a chart (entry price, liquidation price, an order), labelled
/// at its right end.
public struct ChartLevel: Hashable, Sendable {
    /// Where the line sits, in the chart's value unit; a level outside the shown range is not drawn.
    public var value: Double
    /// Style of the dashed line and its label (the dashboard uses `.chartEntry`, `.chartLiquidation`, `.chartOrder`).
    public var style: Style
    /// Text at the line's right end, drawn over the plot; empty draws no label.
    public var label: String

    /// A reference line at `value`, labelled `label` at its right end.
    public init(value: Double, style: Style, label: String) {
        self.value = value
        self.style = style
        self.label = label
    }
}

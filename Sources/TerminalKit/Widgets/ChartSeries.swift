/// One line of a chart: values oldest first (nil leaves a gap), drawn in one style.
public struct ChartSeries: Hashable, Sendable {
    public var values: [Double?]
    public var style: Style

    public init(values: [Double?], style: Style) {
        self.values = values
        self.style = style
    }
}

/// A horizontal reference line across a chart (entry price, liquidation price, an order), labelled
/// at its right end.
public struct ChartLevel: Hashable, Sendable {
    public var value: Double
    public var style: Style
    public var label: String

    public init(value: Double, style: Style, label: String) {
        self.value = value
        self.style = style
        self.label = label
    }
}

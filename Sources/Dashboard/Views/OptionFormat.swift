import CascadeCore

/// Text for option figures: signed Greeks, implied volatilities, time to expiry, padding in a column.
enum OptionFormat {
    /// `+0.52`, `-1.30`, `0.00`: a Greek with its sign.
    static func signed(_ value: Double, _ places: Int) -> String {
        let text = DisplayFormat.fixed(value, places)
        return value > 0 && !DisplayFormat.isZero(text) ? "+" + text : text
    }

    /// `62.5%`: a volatility (a fraction a year) in percent.
    static func volatility(_ value: Double) -> String { DisplayFormat.fixed(value * 100, 1) + "%" }

    /// `3d 07h 59m`, `5h 12m`, `14m`: time left to an expiry, to the minute (the explain panel
    /// turns it into years, so it must not drop the minutes).
    static func timeLeft(_ time: SimTime) -> String {
        let minutes = max(0, time / .minute)
        if minutes >= 24 * 60 {
            return "\(minutes / (24 * 60))d \(two(minutes / 60 % 24))h \(two(minutes % 60))m"
        }
        if minutes >= 60 { return "\(minutes / 60)h \(two(minutes % 60))m" }
        return "\(minutes)m"
    }

    private static func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// `text` right-aligned in `width` columns (cut by words to fit first).
    static func right(_ text: String, _ width: Int) -> String {
        let fitted = text.fitting(width)
        return String(repeating: " ", count: width - fitted.count) + fitted
    }

    /// `text` centred in `width` columns (cut by words to fit first).
    static func centered(_ text: String, _ width: Int) -> String {
        let fitted = text.fitting(width)
        let before = (width - fitted.count) / 2
        return String(repeating: " ", count: before) + fitted
            + String(repeating: " ", count: width - fitted.count - before)
    }
}

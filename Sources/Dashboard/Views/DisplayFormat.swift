import CascadeCore
import TerminalKit

/// Text for numbers on screen: thousands separators, signs, percentages, clocks.
enum DisplayFormat {
    /// `12,345.67`: the asset's display places, grouped. An amount that rounds to zero carries no
    /// sign (never `-0.00` or `+0.00`).
    static func money(_ money: Money, _ asset: Asset = .usdc, signed: Bool = false) -> String {
        let text = asset.format(money)
        let digits = text.hasPrefix("-") ? String(text.dropFirst()) : text
        let sign = isZero(digits) ? "" : money.units < 0 ? "-" : (signed ? "+" : "")
        return sign + grouped(digits)
    }

    /// Whether a decimal's digits are all zeros, so it should print without a sign.
    static func isZero(_ decimal: String) -> Bool { decimal.allSatisfy { $0 == "0" || $0 == "." || $0 == "," } }

    /// A change with its direction: `▲+1.25%`, `▼-0.40%`; in ASCII, where the glyphs are the signs
    /// themselves, `+1.25%` (never `++`). A change that rounds to zero gets no arrow: `0.00%`.
    /// `direction` is 1, -1 or 0 after rounding, for the caller's colour.
    static func change(_ percent: Double, places: Int, glyphs: Glyphs) -> (text: String, direction: Int) {
        let magnitude = fixed(abs(percent), places)
        guard !isZero(magnitude), percent.isFinite else { return (magnitude + "%", 0) }
        let up = percent > 0
        let glyph = up ? glyphs.up : glyphs.down
        let sign: Character = up ? "+" : "-"
        return ((glyph == sign ? "\(sign)" : "\(glyph)\(sign)") + magnitude + "%", up ? 1 : -1)
    }

    /// Inserts thousands separators into the whole part of a decimal.
    static func grouped(_ decimal: String) -> String {
        let parts = decimal.split(separator: ".", maxSplits: 1)
        var whole = Array(parts[0])
        var index = whole.count - 3
        while index > 0 {
            whole.insert(",", at: index)
            index -= 3
        }
        return String(whole) + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// A rate as a percentage with `places` decimals: `0.0100%`, `+12.50%`.
    static func percent(_ rate: Rate, places: Int = 2, signed: Bool = false) -> String {
        let value = Double(rate.units) / Double(Rate.one) * 100
        let text = fixed(value, places)
        return (signed && value > 0 && !isZero(text) ? "+" : "") + text + "%"
    }

    /// A maintenance rate: `0.50%`, or `0.525%` when a model set it between hundredths.
    static func marginRate(_ rate: Rate) -> String {
        let text = percent(rate, places: 3)
        return text.hasSuffix("0%") ? String(text.dropLast(2)) + "%" : text
    }

    static func fixed(_ value: Double, _ places: Int) -> String {
        guard value.isFinite else { return "—" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (abs(value) * scale).rounded() / scale
        let whole = Int(rounded)
        var fraction = String(Int(((rounded - Double(whole)) * scale).rounded()))
        while fraction.count < places { fraction = "0" + fraction }
        let text = places > 0 ? "\(whole).\(fraction)" : "\(whole)"
        return (value < 0 && !isZero(text) ? "-" : "") + text
    }

    /// `HH:MM:SS` of a simulated duration (hours run past 24).
    static func clock(_ time: SimTime) -> String {
        let seconds = max(0, time / .second)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(seconds / 3_600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }

    /// `day 2 14:03:07`: the simulated clock.
    static func simulatedClock(_ time: SimTime) -> String {
        let day = time / (24 * .hour)
        return "day \(day + 1) \(clock(time % (24 * .hour)))"
    }

    /// `1.5x`, `10x`, `0.5x`.
    static func speed(_ speed: Double) -> String {
        speed >= 10 || speed == speed.rounded() ? "\(Int(speed))x" : fixed(speed, 1) + "x"
    }
}

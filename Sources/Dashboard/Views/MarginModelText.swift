import CascadeCore

/// How an instrument's margin model reads on screen, shared by the header, the account panel, the
/// Markets workspace and the explain panel.
enum MarginModelText {
    /// `maintenance 0.50% → 0.75% at 00:42:00 (in 1:32)`.
    static func announcement(_ change: MarginRequirementChange, now: SimTime) -> String {
        "maintenance \(rise(change)) (in \(countdown(change.effective - now)))"
    }

    /// `0.50% → 0.75% at 00:42:00`: the rates and the time of day the change applies, as the event
    /// log and the announcement say it.
    static func rise(_ change: MarginRequirementChange) -> String {
        "\(rates(change)) at \(effectiveTime(change))"
    }

    /// `0.50% → 0.75%`.
    static func rates(_ change: MarginRequirementChange) -> String {
        "\(DisplayFormat.marginRate(change.oldRate)) → \(DisplayFormat.marginRate(change.newRate))"
    }

    /// `00:42:00`: the time of day the change applies.
    static func effectiveTime(_ change: MarginRequirementChange) -> String {
        DisplayFormat.clock(change.effective % (24 * .hour))
    }

    /// `1:32`, `12:05`, and past an hour `01:02:03`: time left, to the second, never negative.
    static func countdown(_ time: SimTime) -> String {
        let seconds = max(0, time / .second)
        guard seconds < 3_600 else { return DisplayFormat.clock(seconds * .second) }
        return "\(seconds / 60):" + (seconds % 60 < 10 ? "0" : "") + "\(seconds % 60)"
    }
}

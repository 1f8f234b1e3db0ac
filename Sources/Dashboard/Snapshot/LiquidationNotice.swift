import CascadeCore

/// Something the engine did to the user's positions that must not pass unnoticed: a liquidation
/// (in full or in part), a backstop takeover, an auto-deleveraging. The log shows its line; the
/// dashboard shows the newest as a banner until the user dismisses it.
public struct LiquidationNotice: Sendable, Hashable {
    /// What happened, in the capitals that title the banner and start the log line.
    public enum Kind: String, Sendable, Hashable {
        case liquidated = "LIQUIDATED"
        case partiallyLiquidated = "PARTIALLY LIQUIDATED"
        case takenOverByBackstop = "TAKEN OVER BY BACKSTOP"
        case autoDeleveraged = "AUTO-DELEVERAGED"
        case reduced = "POSITION REDUCED"
    }

    var kind: Kind
    /// What was closed, how and where (`2.000 BTC-PERP closed: 1.600 in the book, 0.400 by the
    /// backstop vault (cross account)`).
    var detail: String
    /// When it happened, in simulated milliseconds; the banner shows it as a time of day.
    public var time: SimTime
    /// The log line's sequence number: tells notices of one run apart.
    var sequence: Int

    /// A notice of `kind`; `sequence` is its log line's, so the app shows each notice once.
    public init(kind: Kind, detail: String, time: SimTime, sequence: Int) {
        self.kind = kind
        self.detail = detail
        self.time = time
        self.sequence = sequence
    }

    /// The log line: the word first.
    public var text: String { "\(kind.rawValue): \(detail)" }

    /// The notice for the end of one of the user's liquidations (`replay`), or nil when it closed
    /// nothing. A full close entirely by the backstop vault reads as a takeover.
    static func finished(
        _ replay: LiquidationReplay, closedAll: Bool, instrument: Instrument?, time: SimTime, sequence: Int
    ) -> LiquidationNotice? {
        let closed = replay.closedLots
        let total = closed.book + closed.backstop + closed.deleveraged
        guard total > 0, let instrument else { return nil }
        let kind: Kind =
            if !closedAll {
                .partiallyLiquidated
            } else if closed.book == 0 && closed.deleveraged == 0 {
                .takenOverByBackstop
            } else {
                .liquidated
            }
        let parts = [
            (closed.book, "in the book"), (closed.backstop, "by the backstop vault"), (closed.deleveraged, "by ADL"),
        ].filter { $0.0 > 0 }.map { "\(instrument.format(Quantity(lots: $0.0))) \($0.1)" }
        let scope =
            switch replay.trigger?.scope {
            case .isolated?: "isolated position"
            default: "cross account"
            }
        return LiquidationNotice(
            kind: kind,
            detail: "your \(instrument.format(Quantity(lots: total))) \(instrument.symbol) closed: "
                + parts.joined(separator: ", ") + " (\(scope))",
            time: time, sequence: sequence)
    }
}

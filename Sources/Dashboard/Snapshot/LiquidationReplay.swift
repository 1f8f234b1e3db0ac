import CascadeCore

/// One liquidation as it happened, step by step: the trigger, each book order with its fills, any
/// backstop takeover and ADL, the insurance fund's changes and bad debt. Built from the event stream
/// by `ReplayRecorder`; the replay overlay tells it.
public struct LiquidationReplay: Sendable, Hashable {
    enum Entry: Sendable, Hashable {
        case step(LiquidationStep)
        /// A fill of one of the liquidation's own book orders.
        case fill(Fill)
    }

    struct Moment: Sendable, Hashable {
        var time: SimTime
        var entry: Entry
    }

    /// Counts up from 1 over a run.
    public var id: Int
    /// The account liquidated: the user's or a simulated trader's.
    public var account: AccountID
    var isUser: Bool
    /// When the liquidation triggered, in simulated milliseconds.
    public var started: SimTime
    var moments: [Moment] = []
    /// The scope is flat or healthy again; no more steps will come.
    var isOver = false

    /// A replay with no steps yet; `ReplayRecorder` adds them as the events arrive.
    public init(id: Int, account: AccountID, isUser: Bool, started: SimTime) {
        self.id = id
        self.account = account
        self.isUser = isUser
        self.started = started
    }

    /// The insurance fund just before and after this liquidation settled with it; `nil` while it
    /// has not (a partial step, or averted).
    var fund: (before: Money, after: Money)? {
        var result: (before: Money, after: Money)?
        for moment in moments {
            if case .step(.insuranceFund(let payment)) = moment.entry {
                result = (result?.before ?? payment.balance - payment.change, payment.balance)
            }
        }
        return result
    }

    /// The trigger, if the replay still holds it.
    var trigger: (scope: LiquidationScope, mark: Price, equity: Money, maintenance: Money)? {
        for moment in moments {
            if case .step(.triggered(_, let scope, let mark, let equity, let maintenance)) = moment.entry {
                return (scope, mark, equity, maintenance)
            }
        }
        return nil
    }

    /// The instrument its first order, takeover or ADL closed.
    public var instrument: InstrumentID? {
        for moment in moments {
            switch moment.entry {
            case .fill(let fill): return fill.instrument
            case .step(.bookOrder(_, let instrument, _, _, _, _, _)),
                .step(.backstopTakeover(_, let instrument, _, _)), .step(.fundTakeover(_, let instrument, _, _)),
                .step(.autoDeleveraged(_, _, let instrument, _, _)):
                return instrument
            default: continue
            }
        }
        return nil
    }

    /// Lots closed through the book, taken by the backstop vault and by ADL.
    var closedLots: (book: Int64, backstop: Int64, deleveraged: Int64) {
        var closed: (book: Int64, backstop: Int64, deleveraged: Int64) = (0, 0, 0)
        for moment in moments {
            switch moment.entry {
            case .fill(let fill): closed.book += fill.quantity.lots
            case .step(.backstopTakeover(_, _, let quantity, _)): closed.backstop += quantity.lots
            case .step(.autoDeleveraged(_, _, _, let quantity, _)): closed.deleveraged += quantity.lots
            default: break
            }
        }
        return closed
    }
}

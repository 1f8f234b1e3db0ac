import CascadeCore

/// Gathers liquidation events into `LiquidationReplay`s. A replay stays open, keyed by account and
/// scope, from its trigger until it finishes in full or is averted (which includes a partial step
/// that restored health): a partial step's follow-ups
/// come after the cooldown without a new trigger, and other liquidations interleave. Steps that
/// name an instrument go to the account's isolated replay for it, else to its cross one. Bad debt
/// and insurance fund steps come just before the `finished` step of the liquidation they settle, so
/// they wait for it.
/// - Complexity: O(log n) per event, amortised (old replays and orders are dropped in batches);
///   keeps the newest `capacity` replays of other accounts and every one of the user's.
struct ReplayRecorder {
    static let capacity = 200

    let user: AccountID
    /// Each instrument's settlement asset index, to find an account's cross replay for a step.
    var instrumentAssets: DenseArray<InstrumentID, AssetID>
    /// Other accounts' replays, the newest `capacity`, oldest first.
    private var recent: [LiquidationReplay] = []
    /// The user's own replays, all of them for the session, oldest first: a busy market must not
    /// push them out of reach.
    private(set) var own: [LiquidationReplay] = []
    /// Liquidation book orders and the replay they belong to, so their fills join it.
    private var orders: [OrderID: Int] = [:]
    private var open: [PendingReplay: Int] = [:]
    /// Settlement steps waiting for the `finished` step that follows them.
    private var settlement: [LiquidationReplay.Moment] = []
    /// A fund takeover of the liquidation under way was just recorded: the engine's payments that
    /// follow, before its `finished` step, settle it.
    private var takingOver = false
    private var nextID = 1

    private struct PendingReplay: Hashable {
        var account: AccountID
        var scope: LiquidationScope
    }

    init(user: AccountID, instrumentAssets: DenseArray<InstrumentID, AssetID>) {
        self.user = user
        self.instrumentAssets = instrumentAssets
    }

    /// The user's replays and the newest `capacity` of the others', oldest first.
    /// - Complexity: O(n), a merge of two lists sorted by id.
    var replays: [LiquidationReplay] { mergedInOrder(recent, own, by: \.id) }

    /// Whether `order` is a liquidation's book order (its trades are marked on the tape).
    func isLiquidationOrder(_ order: OrderID) -> Bool { orders[order] != nil }

    mutating func record(_ step: LiquidationStep, at time: SimTime) {
        let moment = LiquidationReplay.Moment(time: time, entry: .step(step))
        switch step {
        case .triggered(let account, let scope, _, _, _):
            let key = PendingReplay(account: account, scope: scope)
            if let stale = open[key] { close(stale, key) }
            let replay = LiquidationReplay(id: nextID, account: account, isUser: account == user, started: time)
            nextID += 1
            if replay.isUser {
                own.append(replay)
            } else {
                recent.append(replay)
                if recent.count > Self.capacity { recent.removeFirst(recent.count - Self.capacity) }
            }
            open[key] = replay.id
            append(moment, to: replay.id)
        case .averted(let account, let scope, _, _), .finished(let account, let scope, _):
            let key = PendingReplay(account: account, scope: scope)
            defer { settlement = [] }
            guard let id = open[key] else { return }
            for pending in settlement { append(pending, to: id) }
            append(moment, to: id)
            if case .finished(_, _, false) = step { return }
            close(id, key)
        case .bookOrder(let account, let instrument, let order, _, _, _, _):
            guard let id = openReplay(account, instrument) else { return }
            orders[order] = id
            if orders.count > 4 * Self.capacity { orders = orders.filter { $0.value > id - Self.capacity } }
            append(moment, to: id)
        case .reduction(let reduction):
            guard let id = openReplay(reduction.account, reduction.instrument) else { return }
            append(moment, to: id)
        case .backstopTakeover(let account, let instrument, _, _), .fundTakeover(let account, let instrument, _, _),
            .autoDeleveraged(let account, _, let instrument, _, _):
            guard let id = openReplay(account, instrument) else { return }
            append(moment, to: id)
        case .badDebt(let account, _, _):
            if settles(account) { settlement.append(moment) }
        case .insuranceFund(let payment):
            if settles(payment.account) { settlement.append(moment) }
        }
        if case .fundTakeover = step { takingOver = true }
        if case .finished = step { takingOver = false }
    }

    /// Adds the fill to its liquidation's replay when it is the liquidated account's side of one of
    /// its book orders.
    mutating func record(_ fill: Fill, at time: SimTime) {
        guard let id = orders[fill.order] else { return }
        update(id) { replay in
            guard replay.account == fill.account else { return }
            replay.moments.append(LiquidationReplay.Moment(time: time, entry: .fill(fill)))
        }
    }

    /// Whether a settlement step of `account` belongs to the liquidation under way: the liquidated
    /// account's own, or (right after a fund takeover) the fund's engine working what it took. The
    /// engine's later work settles many liquidations at once and joins none.
    private func settles(_ account: AccountID) -> Bool {
        takingOver || open.keys.contains { $0.account == account }
    }

    /// The account's open replay for a step in `instrument`: its isolated one, else its cross one.
    private func openReplay(_ account: AccountID, _ instrument: InstrumentID) -> Int? {
        open[PendingReplay(account: account, scope: .isolated(instrument))]
            ?? open[PendingReplay(account: account, scope: .cross(asset: instrumentAssets[instrument]))]
    }

    private mutating func append(_ moment: LiquidationReplay.Moment, to id: Int) {
        update(id) { $0.moments.append(moment) }
    }

    private mutating func close(_ id: Int, _ key: PendingReplay) {
        update(id) { $0.isOver = true }
        open[key] = nil
    }

    /// Changes the replay `id` wherever it is kept; nothing when it has been dropped.
    private mutating func update(_ id: Int, _ change: (inout LiquidationReplay) -> Void) {
        if let index = Self.index(of: id, in: own) {
            change(&own[index])
        } else if let index = Self.index(of: id, in: recent) {
            change(&recent[index])
        }
    }

    /// Where replay `id` sits in `list` (sorted by id, which need not be consecutive).
    /// - Complexity: O(log n).
    private static func index(of id: Int, in list: [LiquidationReplay]) -> Int? {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low].id == id ? low : nil
    }
}

import CascadeCore

/// Gathers liquidation events into `LiquidationReplay`s. A partial step's follow-ups come after the
/// cooldown without a new trigger, and other accounts' liquidations interleave, so a replay stays
/// open, keyed by account, until its scope is flat or healthy. The insurance fund step carries no
/// account: the engine emits it just before the `finished` step of the liquidation it settles.
/// - Complexity: O(1) per event; keeps the newest `capacity` replays.
struct ReplayRecorder {
    static let capacity = 200

    let user: AccountID
    private(set) var replays: [LiquidationReplay] = []
    /// Liquidation book orders and the replay they belong to, so their fills join it.
    private(set) var orders: [OrderID: Int] = [:]
    private var open: [AccountID: Int] = [:]
    /// An insurance fund step waiting for the `finished` step that follows it.
    private var fundStep: LiquidationReplay.Moment?
    private var nextID = 1
    /// The insurance fund as the newest insurance fund step left it.
    private var fund: Money

    init(user: AccountID, fund: Money) {
        self.user = user
        self.fund = fund
    }

    /// Whether `order` is a liquidation's book order (its trades are marked on the tape).
    func isLiquidationOrder(_ order: OrderID) -> Bool { orders[order] != nil }

    mutating func record(_ step: LiquidationStep, at time: SimTime) {
        switch step {
        case .triggered(let account, _, _, _, _):
            let replay = LiquidationReplay(
                id: nextID, account: account, isUser: account == user, started: time, fund: fund)
            nextID += 1
            replays.append(replay)
            if replays.count > Self.capacity { replays.removeFirst(replays.count - Self.capacity) }
            open[account] = replay.id
            append(.step(step), to: replay.id, at: time)
        case .averted(let account, _, _, _), .finished(let account, _, _):
            guard let id = open[account] else { return }
            if let moment = fundStep, case .step(.insuranceFund(_, let change, let balance)) = moment.entry,
                let index = index(of: id)
            {
                replays[index].moments.append(moment)
                replays[index].fundBefore = balance - change
                replays[index].fundAfter = balance
            }
            fundStep = nil
            append(.step(step), to: id, at: time)
            let isOver: Bool
            if case .finished(_, _, let closedAll) = step { isOver = closedAll } else { isOver = true }
            if isOver { close(id, account) }
        case .bookOrder(let account, _, let order, _, _, _, _):
            guard let id = open[account] else { return }
            orders[order] = id
            if orders.count > 4 * Self.capacity { orders = orders.filter { $0.value >= id - Self.capacity } }
            append(.step(step), to: id, at: time)
        case .backstopTakeover(let account, _, _, _), .autoDeleveraged(let account, _, _, _, _),
            .badDebt(let account, _, _):
            guard let id = open[account] else { return }
            append(.step(step), to: id, at: time)
        case .insuranceFund(_, _, let balance):
            fund = balance
            fundStep = LiquidationReplay.Moment(time: time, entry: .step(step))
        }
    }

    /// Adds the fill to its liquidation's replay when it is the liquidated account's side of one of
    /// its book orders.
    mutating func record(_ fill: Fill, at time: SimTime) {
        guard let id = orders[fill.order], let index = index(of: id), replays[index].account == fill.account else {
            return
        }
        replays[index].moments.append(LiquidationReplay.Moment(time: time, entry: .fill(fill)))
    }

    private mutating func append(_ entry: LiquidationReplay.Entry, to id: Int, at time: SimTime) {
        guard let index = index(of: id) else { return }
        replays[index].moments.append(LiquidationReplay.Moment(time: time, entry: entry))
    }

    private mutating func close(_ id: Int, _ account: AccountID) {
        if let index = index(of: id) { replays[index].isOver = true }
        open[account] = nil
    }

    /// Replays are numbered consecutively, so an id maps to its place directly.
    private func index(of id: Int) -> Int? {
        guard let first = replays.first?.id else { return nil }
        let index = id - first
        return replays.indices.contains(index) ? index : nil
    }
}

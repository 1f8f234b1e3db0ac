/// The active trailing stops of one side, trigger reference and callback rate.
///
/// Stops activated one after another share their best price since activation as soon as the price
/// passes the newer one's start, so they fall into runs of consecutive activations with one best
/// price each. From the oldest run to the newest the best price only worsens (a sell's highest price
/// only falls, a buy's lowest only rises), so the oldest run holds the nearest trigger, and a new best
/// price merges runs at the newest end only. No stop is visited until it fires.
/// - Complexity: O(1) amortised per new price, activation and fired stop; O(log r) to read one
///   stop's trigger, for r runs.
struct TrailingLadder: Sendable {
    /// One active stop, in activation order.
    struct Member: Sendable {
        /// The book's activation count when it began trailing: members and runs are ordered by it.
        var activation: Int64
        var id: OrderID
        /// The stop's pending sequence, so a cancelled and reused id is told apart.
        var sequence: Int64
    }

    /// Consecutive members that share a best price: the members from `first` up to the next run's.
    struct Run: Sendable {
        var first: Int64
        var best: Price
    }

    let side: Side
    let callback: Rate
    /// Members not cancelled; the book drops the ladder when none is left.
    var live = 0
    private var members: [Member] = []
    private var memberHead = 0
    private var runs: [Run] = []
    private var runHead = 0

    init(side: Side, callback: Rate) {
        self.side = side
        self.callback = callback
    }

    /// Takes `price` as a new best for every run it improves on, merging them into one.
    mutating func follow(_ price: Price) {
        var first: Int64?
        while runs.count > runHead, isWorse(runs[runs.count - 1].best, than: price) {
            first = runs.removeLast().first
        }
        // Merged runs join an older one already at this price, or become one run at it.
        if let first, runs.count == runHead || runs[runs.count - 1].best != price {
            runs.append(Run(first: first, best: price))
        }
    }

    /// Starts `member` trailing from `price`, the latest reference (which `follow` has already seen).
    mutating func activate(_ member: Member, at price: Price) {
        members.append(member)
        live += 1
        if runs.count == runHead || runs[runs.count - 1].best != price {
            runs.append(Run(first: member.activation, best: price))
        }
    }

    /// Removes and returns the members whose trigger `price` reaches, oldest first; some may have
    /// been cancelled since (the caller checks their sequence).
    mutating func fire(at price: Price) -> [Member] {
        var fired: [Member] = []
        while runHead < runs.count,
            OrderBook.fires(side: side, trigger: trigger(of: runs[runHead]), at: price)
        {
            runHead += 1
            let end = runHead < runs.count ? runs[runHead].first : .max
            while memberHead < members.count, members[memberHead].activation < end {
                fired.append(members[memberHead])
                memberHead += 1
            }
        }
        compact()
        return fired
    }

    /// The trigger of the member activated as `activation`, if it still trails here.
    func trigger(ofActivation activation: Int64) -> Price? {
        var low = runHead
        var high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].first <= activation { low = middle + 1 } else { high = middle }
        }
        return low > runHead ? trigger(of: runs[low - 1]) : nil
    }

    private func trigger(of run: Run) -> Price {
        StopCondition.trailingTrigger(side: side, best: run.best, callback: callback)
    }

    /// Whether `best` is a worse best price than `price` for this side's stops.
    private func isWorse(_ best: Price, than price: Price) -> Bool {
        side == .sell ? best < price : best > price
    }

    /// Drops fired members and runs once they are most of the storage, so it stays linear in the live ones.
    private mutating func compact() {
        if memberHead > 16 && memberHead * 2 > members.count {
            members.removeFirst(memberHead)
            memberHead = 0
        }
        if runHead > 16 && runHead * 2 > runs.count {
            runs.removeFirst(runHead)
            runHead = 0
        }
    }
}

import CascadeCore
import CascadeSim
import Foundation

/// Writes one workload command at a time, keeping a real book in step to know which orders are open.
struct WorkloadGenerator {
    let parameters: MatchingWorkload.Parameters
    var random: Xoshiro256
    var book: OrderBook
    var events: [BookEvent] = []
    var nextID: Int64 = 1
    /// Open order ids, for picking one at random in O(1); `positions` finds an id's index.
    var live: [Int64] = []
    var positions: [Int64: Int] = [:]
    var profile = WorkloadProfile()
    /// Chance that a move crosses the spread; steered to hold the book near its target size.
    var crossChance = 0.036
    /// Largest taker size of the exchange-like mix, in lots; steered the same way.
    var takerReach = 150.0
    var mid: Int64 = 1_000_000

    init(_ parameters: MatchingWorkload.Parameters) {
        self.parameters = parameters
        random = Xoshiro256(seed: parameters.seed)
        book = OrderBook(configuration: OrderBookConfiguration(expectedOrders: parameters.targetOrders * 2))
        live.reserveCapacity(parameters.targetOrders * 2)
    }

    /// A good-till-cancelled order inside the band on its own side.
    mutating func placeResting() -> BookScriptCommand {
        let side: Side = random.next() & 1 == 0 ? .buy : .sell
        // Drawn in the order the workload has always drawn them, so a seed gives the same commands.
        let id = OrderID(takeID())
        let account = randomAccount()
        let price = Price(ticks: parameters.mix == .exchangeCore ? passivePrice(side) : nearTouchPrice(side))
        let quantity = Quantity(lots: Int64.random(in: 1...100, using: &random))
        let command = BookScriptCommand.place(
            OrderRequest(id: id, account: account, terms: .limit(side, quantity, at: price)))
        apply(command)
        return command
    }

    mutating func nextCommand() -> BookScriptCommand {
        let roll = Int.random(in: 0..<100, using: &random)
        let command: BookScriptCommand
        if roll < 9 || live.isEmpty {
            profile.goodTillCancelled += 1
            return placeResting()
        } else if roll < 12 {
            profile.immediateOrCancel += 1
            let side: Side = random.next() & 1 == 0 ? .buy : .sell
            let id = OrderID(takeID())
            let account = randomAccount()
            let price = Price(ticks: aggressivePrice(side))
            let quantity = Quantity(lots: Int64.random(in: 1...10, using: &random))
            command = .place(
                OrderRequest(id: id, account: account, terms: .limit(side, quantity, at: price, .immediateOrCancel)))
        } else if roll < 18 {
            profile.cancels += 1
            command = .cancel(OrderID(randomLiveID()))
        } else {
            profile.moves += 1
            let id = randomLiveID()
            guard let order = book.restingOrder(OrderID(id)) else { preconditionFailure("live order \(id) missing") }
            let crosses = random.nextUnit() < crossChance
            let price = crosses ? aggressivePrice(order.side) : passivePrice(order.side)
            command = .amend(OrderID(id), Price(ticks: price), order.openQuantity)
        }
        apply(command)
        return command
    }

    mutating func apply(_ command: BookScriptCommand) {
        events.removeAll(keepingCapacity: true)
        book.apply(command, events: &events)
        switch command {
        case .place(let request): if book.contains(request.id) { track(request.id.rawValue) }
        case .amend(let id, _, _): if !book.contains(id) { untrack(id.rawValue) }
        case .cancel(let id): untrack(id.rawValue)
        }
        var traded = false
        for case .trade(let trade) in events {
            traded = true
            if trade.makerRemaining.lots == 0 { untrack(trade.makerID.rawValue) }
        }
        if traded { profile.trading += 1 }
        if let bid = book.bestBid, let ask = book.bestAsk { mid = (bid.ticks + ask.ticks) / 2 }
        profile.restingOrdersSum += book.restingOrderCount
        if profile.total % 4096 == 1 {
            profile.occupiedLevelsSum += book.depth(of: .buy).count + book.depth(of: .sell).count
            profile.levelSamples += 1
        }
        // Each crossing move removes at least one order; steer its chance so that removals balance
        // the 9% of commands that add orders and the book holds its target size.
        let fill = Double(book.restingOrderCount) / Double(parameters.targetOrders)
        crossChance = Swift.min(0.1, 0.036 * pow(fill, 12))
        takerReach = Swift.min(4_000, 150 * pow(fill, 12))
    }

    private mutating func passivePrice(_ side: Side) -> Int64 {
        let offset = Int64.random(in: 1...parameters.halfBandTicks, using: &random)
        return side == .buy ? mid - offset : mid + offset
    }

    mutating func aggressivePrice(_ side: Side) -> Int64 {
        let reach = Int64.random(in: 0...1, using: &random)
        switch side {
        case .buy: return (book.bestAsk?.ticks ?? mid + 1) + reach
        case .sell: return (book.bestBid?.ticks ?? mid - 1) - reach
        }
    }

    mutating func randomAccount() -> AccountID {
        AccountID(UInt32.random(in: 1...parameters.accounts, using: &random))
    }

    mutating func randomLiveID() -> Int64 { live[Int.random(in: 0..<live.count, using: &random)] }

    mutating func takeID() -> Int64 {
        defer { nextID += 1 }
        return nextID
    }

    private mutating func track(_ id: Int64) {
        guard positions[id] == nil else { return }
        positions[id] = live.count
        live.append(id)
    }

    private mutating func untrack(_ id: Int64) {
        guard let index = positions.removeValue(forKey: id) else { return }
        let last = live.removeLast()
        if index < live.count {
            live[index] = last
            positions[last] = index
        }
    }
}

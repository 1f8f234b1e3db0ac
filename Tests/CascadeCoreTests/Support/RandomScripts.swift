@testable import CascadeCore

/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014).
///
/// Tests need the same stream for the same seed on every platform and toolchain, which the
/// system generator does not promise; this one is five lines and passes BigCrush.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Seeded streams of `cascade book` commands that look like a busy market.
///
/// Prices cluster within about 30 ticks of a slowly walking mid, and bids and asks overlap by a few
/// ticks, so many orders cross. Most cancels and amends aim at open orders, as a trader's would;
/// some at filled, cancelled or never-used ids. A few percent of commands are malformed on purpose:
/// zero or negative sizes and prices, values just past the maximums, reused ids, and prices far
/// enough away to move the engine's price window or hit its maximum span.
struct RandomScript {
    /// The mid sits high enough that "far below" prices stay positive even a whole span away.
    static let startMid: Int64 = 3_000_000

    private var rng: SplitMix64
    private var mid = RandomScript.startMid
    private var nextID: Int64 = 1
    /// Ids given to new orders, oldest first (rejected ones included).
    private var issued: [Int64] = []
    /// The script's own view of the book, so that amends and cancels can aim at open orders (and
    /// amends at their real price and size). Only aim depends on it, never what is right.
    private var model = ReferenceBook()

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    /// `count` commands drawn from `seed`.
    static func commands(seed: UInt64, count: Int) -> [BookScriptCommand] {
        var script = RandomScript(seed: seed)
        return (0..<count).map { _ in script.next() }
    }

    mutating func next() -> BookScriptCommand {
        if chance(30) { mid += draw(-2...2) }
        let command: BookScriptCommand
        switch draw(0...99) {
        case 0..<30: command = place(.goodTillCancelled, aggressive: false)
        case 30..<38: command = place(.immediateOrCancel, aggressive: true)
        case 38..<46: command = place(.fillOrKill, aggressive: true)
        case 46..<56: command = place(.postOnly, aggressive: false)
        case 56..<63: command = place(nil, aggressive: true)
        case 63..<83: command = amend()
        default: command = .cancel(OrderID(target()))
        }
        _ = model.apply(command)
        return command
    }

    // MARK: - Commands

    /// A new order; `timeInForce == nil` makes a market order.
    private mutating func place(_ timeInForce: TimeInForce?, aggressive: Bool) -> BookScriptCommand {
        let side: Side = chance(50) ? .buy : .sell
        let id = newID()
        let quantity = size()
        issued.append(id)
        guard let timeInForce else {
            return .place(
                .market(OrderID(id), account: BookScriptCommand.scriptAccount, side: side, quantity: quantity))
        }
        let price = self.price(side, aggressive: aggressive)
        return .place(
            .limit(
                OrderID(id), account: BookScriptCommand.scriptAccount, side: side, price: Price(ticks: price),
                quantity: quantity, timeInForce: timeInForce))
    }

    private mutating func amend() -> BookScriptCommand {
        let id = target()
        let order = model.resting.first { $0.id == id }
        let side = order?.side ?? (chance(50) ? .buy : .sell)
        let oldPrice = order?.price ?? mid
        let oldQuantity = order?.open ?? 5
        let price: Int64
        let quantity: Int64
        switch draw(0...99) {
        case 0..<35: (price, quantity) = (oldPrice, draw(1...max(1, oldQuantity)))  // keeps priority
        case 35..<50: (price, quantity) = (oldPrice, oldQuantity + draw(1...5))  // size up
        case 50..<85: (price, quantity) = (self.price(side, aggressive: false), draw(1...10))
        case 85..<95: (price, quantity) = (self.price(side, aggressive: true), draw(1...10))
        default: (price, quantity) = chance(50) ? (oldPrice, draw(-2...0)) : (draw(-2...0), oldQuantity)
        }
        return .amend(OrderID(id), Price(ticks: price), Quantity(lots: quantity))
    }

    // MARK: - Fields

    /// Mostly fresh ids; some reuse (of any earlier id, or of the latest, maybe still open) and a
    /// few odd values, extremes and negatives included.
    private mutating func newID() -> Int64 {
        if issued.isEmpty || chance(94) {
            defer { nextID += 1 }
            return nextID
        }
        switch draw(0...9) {
        case 0..<5: return issued[draw(0...issued.count - 1)]
        case 5..<8: return issued[issued.count - 1]
        default: return [0, -7, Int64.max, Int64.min][draw(0...3)]
        }
    }

    /// An id to amend or cancel: usually an open one, else any earlier one or one never used.
    private mutating func target() -> Int64 {
        if !model.resting.isEmpty && chance(80) { return model.resting[draw(0...model.resting.count - 1)].id }
        guard !issued.isEmpty, !chance(40) else { return 1_000_000 + draw(0...999) }
        return issued[draw(0...issued.count - 1)]
    }

    /// A limit price: passive orders stay on their side (overlapping by a few ticks), aggressive ones
    /// reach across; about 4% are invalid or far away.
    private mutating func price(_ side: Side, aggressive: Bool) -> Int64 {
        let away: Int64 = side == .buy ? -1 : 1
        if chance(4) {
            switch draw(0...5) {
            case 0: return draw(-3...0)
            case 1: return ReferenceBook.maximumPrice + draw(0...1)
            case 2, 3: return mid + away * draw(2_000...20_000)  // moves or widens the engine's window
            case 4 where chance(20): return mid + away * (ReferenceBook.maximumSpan - draw(0...80))
            case 4: return mid + away * draw(20_000...200_000)
            default: return mid - away * draw(500...5_000)  // far through the book
            }
        }
        return mid + away * (aggressive ? draw(-12...6) : draw(-4...28))
    }

    /// Mostly 1 to 10 lots; a few larger, a few zero or negative, a few at or past the maximum.
    private mutating func size() -> Quantity {
        let roll = draw(0...199)
        let lots: Int64 =
            switch roll {
            case 0..<4: draw(-3...0)
            case 4: ReferenceBook.maximumQuantity + draw(0...1)
            case 5..<17: draw(11...60)
            default: draw(1...10)
            }
        return Quantity(lots: lots)
    }

    private mutating func draw<T: FixedWidthInteger>(_ range: ClosedRange<T>) -> T {
        T.random(in: range, using: &rng)
    }

    private mutating func chance(_ percent: Int) -> Bool { draw(0...99) < percent }
}

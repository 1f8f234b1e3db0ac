import PropertyBased
import Testing

@testable import CascadeCore

/// The book's trailing stops (runs of stops sharing a best price, one ladder per callback) against a
/// naive model that keeps each stop's best price and checks every stop on every price: the same
/// stops fire in the same order, and every pending stop shows the same trigger, on random streams of
/// placements, cancels and price moves.
@Suite("Trailing stops against a naive model")
struct TrailingStopPropertyTests {
    @Test(.shrinking(false)) func theBookAgreesWithTheModelOnRandomStreams() async {
        await propertyCheck(count: 40, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            let problem = Self.firstDisagreement(seed: UInt64(seed))
            #expect(problem == nil, "seed \(seed): \(problem ?? "")")
        }
    }

    @Test func theBookAgreesWithTheModelOnFixedSeeds() {
        for seed in 0..<UInt64(60) {
            let problem = Self.firstDisagreement(seed: seed)
            #expect(problem == nil, "seed \(seed): \(problem ?? "")")
        }
    }

    /// One stop as the model sees it.
    private struct ModelStop {
        var id: Int64
        var side: Side
        var callback: Rate
        var activation: Int64
        var best: Int64?

        var trigger: Price? {
            best.map { StopCondition.trailingTrigger(side: side, best: Price(ticks: $0), callback: callback) }
        }
    }

    private static func firstDisagreement(seed: UInt64) -> String? {
        var random = SplitMix64(seed: seed)
        var book = OrderBook()
        var model: [ModelStop] = []
        var price: Int64 = 10_000
        var nextID: Int64 = 1
        var events: [BookEvent] = []
        book.updateReferencePrice(Price(ticks: price), for: .mark, events: &events)
        for step in 0..<400 {
            events.removeAll()
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<3:
                let side: Side = Bool.random(using: &random) ? .buy : .sell
                let callback = Rate(units: StopCondition.callbackStep.units * Int64.random(in: 1...20, using: &random))
                let activation = price + Int64.random(in: -150...150, using: &random)
                let id = nextID
                nextID += 1
                let request = OrderRequest(
                    id: OrderID(id), account: AccountID(1),
                    terms: .stop(
                        side, Quantity(lots: 1),
                        trigger: .trailing(callback: callback, activation: Price(ticks: activation))))
                book.submit(request, events: &events)
                let active = side == .sell ? price >= activation : price <= activation
                model.append(
                    ModelStop(
                        id: id, side: side, callback: callback, activation: activation, best: active ? price : nil))
            case 3:
                guard !model.isEmpty else { continue }
                let victim = model.remove(at: Int.random(in: 0..<model.count, using: &random))
                book.cancel(OrderID(victim.id), events: &events)
            default:
                price = Swift.max(1, price + Int64.random(in: -120...120, using: &random))
                book.updateReferencePrice(Price(ticks: price), for: .mark, events: &events)
                var fired: [Int64] = []
                model = model.compactMap { stop in
                    var stop = stop
                    if let best = stop.best {
                        stop.best = stop.side == .sell ? Swift.max(best, price) : Swift.min(best, price)
                    } else if stop.side == .sell ? price >= stop.activation : price <= stop.activation {
                        stop.best = price
                    }
                    if let trigger = stop.trigger,
                        OrderBook.fires(side: stop.side, trigger: trigger, at: Price(ticks: price))
                    {
                        fired.append(stop.id)
                        return nil
                    }
                    return stop
                }
                let triggered = events.compactMap { if case .triggered(let id) = $0 { id.rawValue } else { nil } }
                if triggered != fired { return "step \(step), price \(price): fired \(triggered), model \(fired)" }
            }
            for stop in model where book.trailingTrigger(OrderID(stop.id)) != stop.trigger {
                let shown = String(describing: book.trailingTrigger(OrderID(stop.id)))
                return "step \(step): stop \(stop.id) trigger \(shown), model \(String(describing: stop.trigger))"
            }
            if book.pendingStopCount != model.count { return "step \(step): \(book.pendingStopCount) pending" }
        }
        return nil
    }
}

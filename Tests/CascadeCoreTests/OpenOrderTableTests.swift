import PropertyBased
import Testing

@testable import CascadeCore

/// The exchange's open-order table against a `Dictionary`, through growth and removals that shift
/// probe chains back.
@Suite("Open order table")
struct OpenOrderTableTests {
    private func order(_ id: Int64) -> Exchange.OpenOrder {
        Exchange.OpenOrder(
            account: AccountID(UInt32(id % 97)), instrument: InstrumentID(Int(id % 5)),
            reduceOnly: id.isMultiple(of: 3),
            client: ClientOrderID(id))
    }

    @Test(.shrinking(false)) func insertsAndRemovalsMatchADictionary() async {
        // Ids as the exchange issues them (ascending, from 1), removed in any order.
        let steps = Gen<Int>.int(in: 0...9).array(of: 0...4_000)
        await propertyCheck(count: 40, input: steps) { steps in
            var table = OpenOrderTable(expected: 4)
            var reference: [Int64: Exchange.OpenOrder] = [:]
            var next: Int64 = 1
            var live: [Int64] = []
            for step in steps {
                if step < 6 || live.isEmpty {
                    table.insert(OrderID(next), order(next))
                    reference[next] = order(next)
                    live.append(next)
                    next += 1
                } else {
                    let id = live.remove(at: (step * 7_919 + live.count) % live.count)
                    #expect(table.removeValue(forKey: OrderID(id)) == reference.removeValue(forKey: id))
                }
            }
            #expect(table.count == reference.count)
            for id in Int64(1)..<next { #expect(table[OrderID(id)] == reference[id], "\(id)") }
            #expect(table.ids { _ in true } == reference.keys.sorted().map(OrderID.init))
        }
    }

    @Test func anEntryChangesInPlaceThroughItsSlot() throws {
        var table = OpenOrderTable()
        table.insert(OrderID(42), order(42))
        let slot = try #require(table.slot(of: OrderID(42)))
        table[slot].counted = OrderShare(side: .buy, lots: 3, price: Price(ticks: 10))
        #expect(table[OrderID(42)]?.counted?.lots == 3)
        #expect(table.slot(of: OrderID(43)) == nil)
        table[OrderID(42)] = nil
        #expect(table[OrderID(42)] == nil && table.count == 0)
    }
}

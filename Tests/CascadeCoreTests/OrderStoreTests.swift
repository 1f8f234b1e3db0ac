import PropertyBased
import Testing

@testable import CascadeCore

/// A book's order store against a `Dictionary`, through page additions, table growth with entries
/// still moving, removals from either table, and slot reuse.
@Suite("Order store")
struct OrderStoreTests {
    private func slot(_ id: Int64) -> OrderSlot {
        OrderSlot(
            id: id, price: id % 1_000, open: id, account: UInt32(id.magnitude % 7), prev: OrderStore.none,
            next: OrderStore.none,
            side: id.isMultiple(of: 2) ? .buy : .sell, postOnly: false, reduceOnly: false)
    }

    @Test(.shrinking(false)) func insertsAndRemovalsMatchADictionary() async {
        // Ids anywhere in Int64 (a script's own), mostly fresh; removed in any order, often while the
        // table is moving its entries to a larger one.
        let steps = Gen<Int>.int(in: 0...9).array(of: 0...6_000)
        await propertyCheck(count: 30, input: steps) { steps in
            var store = OrderStore(expectedOrders: 3)
            var reference: [Int64: Int32] = [:]
            var live: [Int64] = []
            var next: Int64 = 1
            for step in steps {
                if step < 6 || live.isEmpty {
                    let id = next.isMultiple(of: 5) ? -next * 1_000_003 : next
                    next += 1
                    let slot = store.insert(slot(id))
                    #expect(!reference.values.contains(slot), "slot \(slot) handed out twice")
                    reference[id] = slot
                    live.append(id)
                } else {
                    let id = live.remove(at: (step * 7_919 + live.count) % live.count)
                    let slot = store.find(id)
                    #expect(slot == reference[id], "\(id)")
                    if let slot { store.remove(slot) }
                    reference[id] = nil
                    #expect(store.find(id) == nil)
                }
            }
            #expect(store.count == reference.count)
            for (id, slot) in reference {
                #expect(store.find(id) == slot)
                #expect(store[slot].id == id && store[slot].open == id)
            }
            #expect(store.find(0) == nil && store.find(Int64.max) == nil)
        }
    }
}

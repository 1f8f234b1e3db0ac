import PropertyBased
import Testing

@testable import CascadeCore

/// The book's order store against a `Dictionary`, through pages added, id tables that grow while
/// their entries move over, removals on both sides of the move, and copies that must not share
/// changes.
@Suite("Order store")
struct OrderStoreTests {
    private func order(_ id: Int64) -> OrderSlot {
        OrderSlot(
            id: id, price: id % 1_000, open: id + 1, account: UInt32(id.magnitude % 97), prev: OrderStore.none,
            next: OrderStore.none, side: id.isMultiple(of: 2) ? .buy : .sell, postOnly: false, reduceOnly: false)
    }

    @Test(.shrinking(false)) func insertsAndRemovalsMatchADictionary() async {
        let steps = Gen<Int>.int(in: 0...9).array(of: 0...6_000)
        await propertyCheck(count: 40, input: steps) { steps in
            var store = OrderStore(expectedOrders: 2)
            var reference: [Int64: Int32] = [:]
            var live: [Int64] = []
            var next: Int64 = 1
            for step in steps {
                if step < 6 || live.isEmpty {
                    // Ids anywhere in Int64, as a `cascade book` script may send them.
                    let id = next.isMultiple(of: 5) ? -next &* 1_000_003 : next
                    next += 1
                    #expect(store.find(id) == nil)
                    let slot = store.insert(order(id))
                    #expect(!reference.values.contains(slot), "slot \(slot) handed out twice")
                    reference[id] = slot
                    live.append(id)
                } else {
                    let id = live.remove(at: (step * 7_919 + live.count) % live.count)
                    let slot = reference.removeValue(forKey: id)!
                    #expect(store.find(id) == slot)
                    store.remove(slot)
                    #expect(store.find(id) == nil)
                }
            }
            #expect(store.count == reference.count)
            for (id, slot) in reference {
                #expect(store.find(id) == slot, "\(id)")
                #expect(store[slot].id == id && store[slot].open == id + 1)
            }
            for id in Int64(1)..<next where reference[id] == nil { #expect(store.find(id) == nil, "\(id)") }
            #expect(store.find(0) == nil && store.find(.max) == nil && store.find(.min) == nil)
        }
    }

    /// A million orders from a store sized for 16: every id is found at every stage of growth, and
    /// the slots freed by removals are reused before a new page is added.
    @Test func aMillionOrdersGrowTheStoreWithoutLosingOne() {
        var store = OrderStore(expectedOrders: 16)
        var slots: [Int32] = []
        for id in Int64(1)...1_000_000 {
            slots.append(store.insert(order(id)))
            if id.isMultiple(of: 99_991) {
                for probe in stride(from: Int64(1), through: id, by: 997) {
                    #expect(store.find(probe) == slots[Int(probe - 1)])
                }
            }
        }
        #expect(store.count == 1_000_000)
        for id in stride(from: Int64(2), through: 1_000_000, by: 2) { store.remove(slots[Int(id - 1)]) }
        #expect(store.count == 500_000)
        let pages = store.bytesAllocated
        for id in Int64(1_000_001)...1_500_000 { _ = store.insert(order(id)) }
        #expect(store.bytesAllocated == pages, "freed slots are reused")
        for id in stride(from: Int64(1), through: 1_500_000, by: 1_009) {
            let slot = store.find(id)
            #expect((slot == nil) == (id <= 1_000_000 && id.isMultiple(of: 2)), "\(id)")
            if let slot { #expect(store[slot].id == id) }
        }
    }

    /// A copy keeps what the store held when it was taken, whatever either side does next, also in
    /// the middle of a table's growth.
    @Test func copiesDoNotShareChanges() {
        var store = OrderStore(expectedOrders: 4)
        var slots: [Int64: Int32] = [:]
        for id in Int64(1)...9 { slots[id] = store.insert(order(id)) }
        let copy = store
        store.remove(slots[3]!)
        store[slots[4]!].open = 0
        for id in Int64(10)...5_000 { slots[id] = store.insert(order(id)) }
        #expect(copy.count == 9 && copy.find(3) == slots[3] && copy[slots[4]!].open == 5)
        #expect(copy.find(10) == nil)
        #expect(store.count == 4_999 && store.find(3) == nil && store[slots[4]!].open == 0)
        var second = store
        second.remove(slots[5_000]!)
        #expect(store.find(5_000) == slots[5_000] && second.find(5_000) == nil)
    }
}

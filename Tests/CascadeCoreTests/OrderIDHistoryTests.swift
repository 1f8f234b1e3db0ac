import PropertyBased
import Testing

@testable import CascadeCore

/// The used-id history of `cascade book` against a plain `Set`, on runs of ids, scattered ids and the
/// extremes of Int64, through its growth.
@Suite("Order id history")
struct OrderIDHistoryTests {
    @Test func runsOfIdsLiveInPagesAndCostABitEach() {
        var history = OrderIDHistory()
        for id in Int64(1)...300_000 where !id.isMultiple(of: 7) { history.insert(id) }
        #expect(history.contains(1) && history.contains(299_998))
        #expect(!history.contains(7) && !history.contains(0) && !history.contains(300_001))
        #expect(history.count == 300_000 - 300_000 / 7)
        // 74 pages of 512 bytes plus small tables: well under a byte per id.
        #expect(history.bytesAllocated < 64 * 1024)
    }

    @Test(.shrinking(false)) func scatteredAndClusteredIdsMatchASet() async {
        let around = Gen<Int64>.value(in: -5_000...50_000)
        let anywhere = Gen<Int64>.value(in: .min ... .max)
        let extremes = Gen.element(of: [Int64.min, .max, -1, 0, 1, .max - 1, .min + 1]).map { $0 ?? 0 }
        let ids = Gen.oneOf(around, around, anywhere, extremes).array(of: 0...3_000)
        await propertyCheck(count: 60, input: ids) { ids in
            var history = OrderIDHistory()
            var reference = Set<Int64>()
            for id in ids {
                #expect(history.contains(id) == reference.contains(id), "\(id)")
                if reference.insert(id).inserted { history.insert(id) }
            }
            #expect(history.count == reference.count)
            for id in reference { #expect(history.contains(id)) }
        }
    }

    /// Keys keep their values while the table moves them to its larger copy a few at a time.
    @Test func theIncrementalTableKeepsEveryKeyThroughGrowth() {
        var table = IncrementalIDTable()
        var random = SplitMix64(seed: 7)
        var keys: [UInt64] = [.max, 0]
        table.insert(.max, value: 0)
        table.insert(0, value: 1)
        for index in 2..<100_000 {
            let key = random.next()
            keys.append(key)
            table.insert(key, value: Int32(index))
            if index.isMultiple(of: 997) {
                for (stored, probe) in keys.enumerated().suffix(50) {
                    #expect(table.value(for: probe) == Int32(stored))
                }
            }
        }
        #expect(table.count == keys.count)
        for (stored, key) in keys.enumerated() where table.value(for: key) != Int32(stored) {
            Issue.record("key \(key) lost its value \(stored)")
            break
        }
        #expect(table.value(for: 12_345) == nil)
    }
}

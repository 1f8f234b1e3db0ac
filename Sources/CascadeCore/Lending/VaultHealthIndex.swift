import HeapModule

/// The vaults of one type ordered by normalised debt per unit of collateral, so a price tick looks
/// only at the vaults it pushes below a health factor of 1 instead of at every vault.
///
/// A vault is unsafe when `debt × index > collateral × price × threshold`, that is when its key
/// `normalised debt ÷ collateral` exceeds `price × threshold ÷ index`, the same bound for every vault
/// of the type. The heap keeps the highest key on top; a vault that changes gets a new version, and
/// stale entries are dropped when they surface (the liquidation index's scheme), so every update is
/// O(log n).
struct VaultHealthIndex: Sendable {
    struct Entry: Comparable, Sendable {
        /// Normalised debt ÷ collateral as a ray (`Int128.max` without collateral).
        var key: Int128
        var version: UInt32
        var vault: VaultID

        static func < (lhs: Entry, rhs: Entry) -> Bool { (lhs.key, lhs.vault) < (rhs.key, rhs.vault) }
    }

    private var heap = Heap<Entry>()
    /// Current version of each vault's entry, by vault offset; older entries are stale.
    private var versions: [UInt32] = []
    private var live: [Bool] = []
    private var liveCount = 0

    /// The key of a vault: normalised debt per collateral minor unit, as a ray.
    static func key(normalisedDebt: Int128, collateral: Money) -> Int128 {
        guard collateral.units > 0 else { return .max }
        return normalisedDebt.multiplied(by: Ray.scale, dividedBy: Int128(collateral.units), rounding: .up) ?? .max
    }

    /// Files `vault` under `key`, or stops watching it (`nil`).
    /// - Complexity: O(log n).
    mutating func file(_ vault: VaultID, key: Int128?) {
        let offset = Int(vault.rawValue - 1)
        if versions.count <= offset {
            versions += Array(repeating: 0, count: offset + 1 - versions.count)
            live += Array(repeating: false, count: offset + 1 - live.count)
        }
        versions[offset] &+= 1
        liveCount += (key != nil ? 1 : 0) - (live[offset] ? 1 : 0)
        live[offset] = key != nil
        guard let key else { return }
        heap.insert(Entry(key: key, version: versions[offset], vault: vault))
        if heap.count > 2 * liveCount + 1_024 { compact() }
    }

    /// Removes and returns the watched vaults whose key is above `bound`, highest first.
    /// - Complexity: O(k log n) for k vaults returned (plus stale entries dropped).
    mutating func popAbove(_ bound: Int128) -> [VaultID] {
        var popped: [VaultID] = []
        while let top = heap.max, top.key > bound {
            heap.removeMax()
            let offset = Int(top.vault.rawValue - 1)
            guard live[offset], versions[offset] == top.version else { continue }
            live[offset] = false
            liveCount -= 1
            popped.append(top.vault)
        }
        return popped
    }

    /// Drops stale entries once they outnumber live ones.
    private mutating func compact() {
        heap = Heap(
            heap.unordered.filter { entry in
                let offset = Int(entry.vault.rawValue - 1)
                return live[offset] && versions[offset] == entry.version
            })
    }
}

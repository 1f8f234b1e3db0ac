extension LendingMarket {
    /// Up to `limit` unsafe vaults, the largest tab first: debt × `chop` valued in USD at the
    /// protocol's price, ties by id. What a keeper barks at first, since its incentive is
    /// `tip + chip × tab` (Maker's `clip.sol` `kick`) and a large vault is the one a competitor would
    /// take first; not the lowest ids, which would leave late vaults unbarked in a crash.
    /// - Complexity: O(vaults ÷ 64 + u × limit) for u unsafe vaults.
    public func largestUnsafeVaults(limit: Int) -> [VaultID] {
        var chosen: [(tab: Int128, id: VaultID)] = []
        guard limit > 0 else { return [] }
        for id in unsafe.members() {
            let vault = vaults[Int(id.rawValue - 1)]
            let debt = Int128(debt(of: vault).units)
            let chop = Int128(rules.vaultTypes[vault.type].auction.chop.units)
            let usd = prices[typePools[vault.type].debt] ?? .one
            let tab = (usd.of(debt, rounding: .down) ?? .max).multipliedReportingOverflow(by: chop)
            let entry = (tab: tab.overflow ? Int128.max : tab.partialValue, id: id)
            let place = chosen.firstIndex { $0.tab < entry.tab } ?? chosen.count
            guard place < limit else { continue }
            chosen.insert(entry, at: place)
            if chosen.count > limit { chosen.removeLast() }
        }
        return chosen.map(\.id)
    }
}

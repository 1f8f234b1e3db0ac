extension LendingMarket {
    /// Whether the vault can be liquidated now: debt, no auction, a health factor below 1.
    mutating func isUnsafe(_ vault: Vault) -> Bool {
        guard vault.auction == nil, vault.normalisedDebt > 0 else { return false }
        healthChecks += 1
        return (healthFactor(of: vault)?.units ?? Rate.one) < Rate.one
    }

    /// Files the vault at `offset` again after its collateral, debt, auction or price changed: in
    /// its type's safe or unsafe index (and the unsafe set), or nowhere (no debt, or in an auction).
    mutating func refile(_ offset: Int) {
        let vault = vaults[offset]
        let watched = vault.auction == nil && vault.normalisedDebt > 0
        let key =
            watched ? VaultHealthIndex.key(normalisedDebt: vault.normalisedDebt, collateral: vault.collateral) : nil
        let unsafe = watched && isUnsafe(vault)
        healthIndexes[vault.type].file(vault.id, key: unsafe ? nil : key)
        unsafeIndexes[vault.type].file(vault.id, key: unsafe ? key.map { -$0 } : nil)
        self.unsafe.set(vault.id, unsafe)
    }

    /// After a price or the borrow index moved, with `bound = price × threshold ÷ index`: safe vaults
    /// whose key passes the bound and unsafe vaults whose key falls under it are checked again. A
    /// band of a millionth either side catches any vault rounding could put on the other side; a
    /// debt of at least the type's dust keeps rounding far inside it.
    /// - Complexity: O(k log n) for the k vaults crossing or near the bound; none are scanned.
    mutating func rescan(type: Int) {
        guard let price = price(ofType: type) else { return }
        let index = pools[typePools[type].debt].borrowIndex
        guard let weighted = price.times(Ray(rules.vaultTypes[type].liquidationThreshold)),
            let bound = Ray(weighted.units, over: index.units, rounding: .down)
        else { return }
        let band = bound.units / 1_000_000
        let crossing =
            healthIndexes[type].popAbove(bound.units - band) + unsafeIndexes[type].popAbove(-(bound.units + band))
        for id in crossing { refile(Int(id.rawValue - 1)) }
    }
}

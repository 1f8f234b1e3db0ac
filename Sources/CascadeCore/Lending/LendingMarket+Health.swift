extension LendingMarket {
    /// Whether the vault can be liquidated now: debt, no auction, a health factor below 1.
    mutating func isUnsafe(_ vault: Vault) -> Bool {
        guard vault.auction == nil, vault.normalisedDebt > 0 else { return false }
        healthChecks += 1
        return (healthFactor(of: vault)?.units ?? Rate.one) < Rate.one
    }

    /// Files the vault at `offset` again after its collateral, debt or auction changed: in the
    /// unsafe list, in its type's index, or nowhere (no debt, or in an auction).
    mutating func refile(_ offset: Int) {
        let vault = vaults[offset]
        unsafeVaults.setMembership(of: vault.id, to: false)
        if isUnsafe(vault) {
            healthIndexes[vault.type].file(vault.id, key: nil)
            unsafeVaults.setMembership(of: vault.id, to: true)
        } else {
            let watched = vault.auction == nil && vault.normalisedDebt > 0
            healthIndexes[vault.type].file(
                vault.id,
                key: watched ? VaultHealthIndex.key(normalisedDebt: vault.normalisedDebt, collateral: vault.collateral) : nil)
        }
    }

    /// After a price or the borrow index moved: the type's vaults whose key now passes the bound
    /// (less a millionth, so rounding never hides one) are checked and listed if unsafe, and listed
    /// vaults of the type that are safe again go back to the index.
    /// - Complexity: O(k log n) for the k vaults near or past the bound, plus the listed ones.
    mutating func rescan(type: Int) {
        guard let price = price(ofType: type) else { return }
        let index = pools[typePools[type].debt].borrowIndex
        guard let weighted = price.times(Ray(rules.vaultTypes[type].liquidationThreshold)),
            let bound = Ray(weighted.units, over: index.units, rounding: .down)
        else { return }
        for id in healthIndexes[type].popAbove(bound.units - bound.units / 1_000_000) {
            refile(Int(id.rawValue - 1))
        }
        for id in unsafeVaults where vaults[Int(id.rawValue - 1)].type == type {
            if !isUnsafe(vaults[Int(id.rawValue - 1)]) { refile(Int(id.rawValue - 1)) }
        }
    }
}

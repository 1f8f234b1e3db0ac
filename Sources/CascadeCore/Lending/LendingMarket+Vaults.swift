extension LendingMarket {
    mutating func openVault(_ account: AccountID, _ name: String, _ context: inout Context) throws(LendingRejection) {
        guard let type = typeIndex(named: name) else { throw .unknownVaultType }
        let id = upcomingVaultID
        vaults.append(Vault(id: id, owner: account, type: type))
        context.events.append(.vaultOpened(id, account, type: name))
    }

    /// The offset of `account`'s own vault `id`, not in an auction.
    func ownVault(_ account: AccountID, _ id: VaultID) throws(LendingRejection) -> Int {
        guard let vault = vault(id), vault.owner == account else { throw .unknownVault }
        guard vault.auction == nil else { throw .inAuction }
        return Int(id.rawValue - 1)
    }

    /// The most a vault of `type` may owe with `collateral`: loan-to-value × value, rounded down.
    func maximumDebt(collateral: Money, type: Int) throws(LendingRejection) -> Money {
        guard let price = price(ofType: type) else { throw .noPrice }
        guard let value = price.of(Int128(collateral.units), rounding: .down),
            let limit = value.multiplied(
                by: Int128(rules.vaultTypes[type].loanToValue.units), dividedBy: Int128(Rate.one), rounding: .down),
            let units = Int64(exactly: limit)
        else { throw .invalidAmount }
        return Money(units: units)
    }

    mutating func depositCollateral(_ account: AccountID, _ id: VaultID, _ amount: Money, _ context: inout Context)
        throws(LendingRejection)
    {
        let offset = try ownVault(account, id)
        guard amount.units > 0, amount.units <= Int64.max - vaults[offset].collateral.units else {
            throw .invalidAmount
        }
        try pledge(amount, ofType: vaults[offset].type, from: account, &context)
        vaults[offset].collateral += amount
        refile(offset)
        context.events.append(.collateralMoved(id, amount))
    }

    mutating func withdrawCollateral(_ account: AccountID, _ id: VaultID, _ amount: Money, _ context: inout Context)
        throws(LendingRejection)
    {
        let offset = try ownVault(account, id)
        let vault = vaults[offset]
        guard amount.units > 0, amount <= vault.collateral else {
            throw amount.units > 0 ? .insufficientBalance(available: vault.collateral) : .invalidAmount
        }
        let debt = debt(of: vault)
        if debt.units > 0 {
            let limit = try maximumDebt(collateral: vault.collateral - amount, type: vault.type)
            guard debt <= limit else { throw .aboveLoanToValue(maximumDebt: limit) }
        }
        vaults[offset].collateral -= amount
        refile(offset)
        release(amount, ofType: vault.type, to: account, &context)
        context.events.append(.collateralMoved(id, -amount))
    }

    mutating func borrow(_ account: AccountID, _ id: VaultID, _ amount: Money, _ context: inout Context)
        throws(LendingRejection)
    {
        let offset = try ownVault(account, id)
        let vault = vaults[offset]
        let poolOffset = typePools[vault.type].debt
        let pool = pools[poolOffset]
        guard amount.units > 0 else { throw .invalidAmount }
        guard amount <= pool.cash else { throw .insufficientLiquidity(available: pool.cash) }
        let debt = debt(of: vault)
        let limit = try maximumDebt(collateral: vault.collateral, type: vault.type)
        guard amount.units <= limit.units - debt.units else { throw .aboveLoanToValue(maximumDebt: limit) }
        let dust = rules.vaultTypes[vault.type].auction.dust
        guard debt + amount >= dust else { throw .dustyDebt(minimum: dust) }
        // Normalised debt rounds up: the vault owes at least what it received.
        guard
            let added = Int128(amount.units).multiplied(by: Ray.scale, dividedBy: pool.borrowIndex.units, rounding: .up)
        else { throw .invalidAmount }
        vaults[offset].normalisedDebt += added
        pools[poolOffset].normalisedDebt += added
        pools[poolOffset].cash -= amount
        pools[poolOffset].renewRate()
        refile(offset)
        context.move(account, pool.asset, amount)
        context.events.append(.debtChanged(id, amount, debt: self.debt(of: vaults[offset])))
    }

    mutating func repay(_ account: AccountID, _ id: VaultID, _ amount: Money?, _ context: inout Context)
        throws(LendingRejection)
    {
        let offset = try ownVault(account, id)
        let vault = vaults[offset]
        let poolOffset = typePools[vault.type].debt
        let pool = pools[poolOffset]
        let debt = debt(of: vault)
        guard debt.units > 0 else { throw .invalidAmount }
        let pay = Swift.min(amount ?? debt, debt)
        guard pay.units > 0 else { throw .invalidAmount }
        try context.require(pay, of: pool.asset)
        // Partial repayment clears normalised debt rounded down: never more than was paid.
        let cleared =
            pay == debt
            ? vault.normalisedDebt
            : Int128(pay.units).multiplied(by: Ray.scale, dividedBy: pool.borrowIndex.units, rounding: .down) ?? 0
        let left = LendingPool.debt(vault.normalisedDebt - cleared, at: pool.borrowIndex)
        let dust = rules.vaultTypes[vault.type].auction.dust
        guard left.units == 0 || left >= dust else { throw .dustyDebt(minimum: dust) }
        vaults[offset].normalisedDebt -= cleared
        pools[poolOffset].normalisedDebt -= cleared
        pools[poolOffset].cash += pay
        pools[poolOffset].renewRate()
        refile(offset)
        context.move(account, pool.asset, -pay)
        context.events.append(.debtChanged(id, -pay, debt: left))
    }
}

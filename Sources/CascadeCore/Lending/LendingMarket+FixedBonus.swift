extension LendingMarket {
    /// Aave v3's liquidation of an unsafe vault: the liquidator repays up to the close factor's share
    /// of the debt and receives its value in collateral plus the bonus, less the protocol's fee (kept
    /// in the collateral pool's surplus buffer). When no collateral is left, the remaining debt is
    /// written off against the debt pool's surplus buffer and then as bad debt (Aave v3.3).
    mutating func liquidate(_ liquidator: AccountID, _ id: VaultID, _ amount: Money?, _ context: inout Context)
        throws(LendingRejection)
    {
        guard rules.liquidation == .fixedBonus else { throw .wrongLiquidationMode }
        guard let vault = vault(id), vault.normalisedDebt > 0 else { throw .unknownVault }
        guard let price = price(ofType: vault.type) else { throw .noPrice }
        if let amount, amount.units <= 0 { throw .invalidAmount }
        let type = rules.vaultTypes[vault.type]
        let debt = debt(of: vault)
        guard
            let plan = FixedBonusPlan(
                collateral: vault.collateral, debt: debt, price: price, threshold: type.liquidationThreshold,
                rules: type.fixedBonus, requested: amount)
        else { throw .invalidAmount }
        guard plan.closeFactor.units > 0 else { throw .vaultSafe }
        guard plan.debtToCover.units > 0 || plan.seized.units > 0 else { throw .invalidAmount }
        let (collateralPool, debtPool) = typePools[vault.type]
        try context.require(plan.debtToCover, of: pools[debtPool].asset)
        let index = pools[debtPool].borrowIndex
        let cleared =
            plan.debtToCover == debt
            ? vault.normalisedDebt
            : Int128(plan.debtToCover.units).multiplied(by: Ray.scale, dividedBy: index.units, rounding: .down) ?? 0
        let offset = Int(id.rawValue - 1)
        vaults[offset].normalisedDebt -= cleared
        vaults[offset].collateral -= plan.seized
        pools[debtPool].normalisedDebt -= cleared
        pools[debtPool].cash += plan.debtToCover
        keepFee(plan.protocolFee, ofType: vault.type)
        context.move(liquidator, pools[debtPool].asset, -plan.debtToCover)
        release(plan.liquidatorReceives, ofType: vault.type, to: liquidator, &context)
        var written = Money.zero
        if vaults[offset].collateral.units == 0, vaults[offset].normalisedDebt > 0 {
            let left = vaults[offset].normalisedDebt
            let before = pools[debtPool].borrowed
            pools[debtPool].normalisedDebt -= left
            vaults[offset].normalisedDebt = 0
            let loss = before - pools[debtPool].borrowed
            written = loss - pools[debtPool].takeLoss(loss)
        }
        pools[debtPool].renewRate()
        pools[collateralPool].renewRate()
        refile(offset)
        context.events.append(.liquidated(id, liquidator: liquidator, plan: plan, badDebt: written))
    }

    /// Keeps the protocol's fee, seized collateral of vault type `type`, in the collateral pool's
    /// surplus buffer. Fee tokens are burned for their value, rounded down, so the exchange rate of
    /// the other tokens does not fall: the pool already holds their cash.
    private mutating func keepFee(_ fee: Money, ofType type: Int) {
        let pool = typePools[type].collateral
        guard holdsTokens[type] else {
            pools[pool].cash += fee
            return pools[pool].addSurplus(fee)
        }
        let value = pools[pool].value(ofShares: fee)
        pools[pool].shares -= fee
        pools[pool].addSurplus(value)
    }
}

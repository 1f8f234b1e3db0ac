extension LendingMarket {
    /// Supply tokens of `pool` pledged as collateral: held in vaults and in lots for sale.
    /// - Complexity: O(vaults + auctions).
    func pledgedTokens(pool: Int) -> Money {
        let vaulted = vaults.reduce(Money.zero) {
            $0 + (holdsTokens[$1.type] && typePools[$1.type].collateral == pool ? $1.collateral : .zero)
        }
        return auctions.reduce(vaulted) {
            $0 + (holdsTokens[$1.type] && typePools[$1.type].collateral == pool ? $1.lot.lot : .zero)
        }
    }

    /// Takes `amount` of vault type `type`'s collateral from `account` into the market: from its
    /// wallet, or from its free supply tokens for a supply-token type. Checks before it changes
    /// anything.
    mutating func pledge(_ amount: Money, ofType type: Int, from account: AccountID, _ context: inout Context)
        throws(LendingRejection)
    {
        let pool = typePools[type].collateral
        guard holdsTokens[type] else {
            try context.require(amount, of: pools[pool].asset)
            return context.move(account, pools[pool].asset, -amount)
        }
        let free = supplyTokens[account]?[pool] ?? .zero
        guard amount <= free else { throw .insufficientBalance(available: free) }
        supplyTokens[account]![pool] -= amount
    }

    /// Gives `amount` of vault type `type`'s collateral to `account`: to its wallet, or to its supply
    /// tokens for a supply-token type (the tokens' cash stays in the pool; the holder may redeem them).
    mutating func release(_ amount: Money, ofType type: Int, to account: AccountID, _ context: inout Context) {
        let pool = typePools[type].collateral
        guard holdsTokens[type] else { return context.move(account, pools[pool].asset, amount) }
        guard amount != .zero else { return }
        supplyTokens[account, default: Array(repeating: .zero, count: pools.count)][pool] += amount
    }

    /// Re-files the vaults of supply-token types whose pool's exchange rate moved since `rates`
    /// (interest, a loss left to the suppliers, rounding of a supply or redemption): their collateral's
    /// value moved with it.
    /// - Complexity: O(k log n) per type for the k vaults crossing, as a price tick.
    mutating func rescanTokenTypes(since rates: [Ray?]) {
        for type in typePools.indices where holdsTokens[type] {
            let pool = typePools[type].collateral
            if pools[pool].exchangeRate != rates[pool] { rescan(type: type) }
        }
    }
}

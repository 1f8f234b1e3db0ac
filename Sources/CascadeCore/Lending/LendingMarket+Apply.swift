extension LendingMarket {
    /// What a command needs from the exchange and gives back: the clock, the acting account's free
    /// balance per asset (what may leave its wallet), and the wallet changes to make.
    struct Context {
        /// The simulated time the command runs at.
        var now: SimTime
        /// Free balance of the acting account per asset (what may leave its wallet), by `AssetID`.
        var available: [Money]
        /// Wallet changes, applied by the exchange after the command.
        var transfers: [WalletTransfer] = []
        /// What happened.
        var events: [LendingEvent] = []

        mutating func move(_ account: AccountID, _ asset: AssetID, _ amount: Money) {
            if amount != .zero { transfers.append(WalletTransfer(account: account, asset: asset, amount: amount)) }
        }

        func require(_ amount: Money, of asset: AssetID) throws(LendingRejection) {
            let free = available[asset.index]
            guard amount <= free else { throw .insufficientBalance(available: Swift.max(.zero, free)) }
        }
    }

    /// Applies one command; a refusal leaves everything as it was and is the only event. Vaults
    /// holding supply tokens are checked again when the command moved their pool's exchange rate.
    mutating func apply(_ command: LendingCommand, context: inout Context) {
        let rates = pools.map(\.exchangeRate)
        defer { rescanTokenTypes(since: rates) }
        do {
            switch command {
            case .supply(let account, let asset, let amount): try supply(account, asset, amount, &context)
            case .redeem(let account, let asset, let amount): try redeem(account, asset, amount, &context)
            case .openVault(let account, let name): try openVault(account, name, &context)
            case .depositCollateral(let account, let vault, let amount):
                try depositCollateral(account, vault, amount, &context)
            case .withdrawCollateral(let account, let vault, let amount):
                try withdrawCollateral(account, vault, amount, &context)
            case .borrow(let account, let vault, let amount): try borrow(account, vault, amount, &context)
            case .repay(let account, let vault, let amount): try repay(account, vault, amount, &context)
            case .bark(let keeper, let vault): try bark(keeper, vault, &context)
            case .redo(let keeper, let auction): try redo(keeper, auction, &context)
            case .take(let bidder, let auction, let amount, let maxPrice):
                try take(bidder, auction, amount, maxPrice, &context)
            case .liquidate(let liquidator, let vault, let amount): try liquidate(liquidator, vault, amount, &context)
            }
        } catch {
            context.transfers.removeAll()
            context.events = [.rejected(command.account, error)]
        }
    }

    /// The pool offset lending the asset called like `asset`.
    func poolOffset(_ asset: Asset) throws(LendingRejection) -> Int {
        guard let offset = rules.pools.firstIndex(where: { $0.asset == asset }) else { throw .noPool }
        return offset
    }

    mutating func supply(_ account: AccountID, _ asset: Asset, _ amount: Money, _ context: inout Context)
        throws(LendingRejection)
    {
        let offset = try poolOffset(asset)
        let pool = pools[offset]
        guard amount.units > 0 else { throw .invalidAmount }
        try context.require(amount, of: pool.asset)
        let tokens =
            pool.shares.units == 0 || pool.supplierValue.units <= 0
            ? amount
            : Money(
                Int128(amount.units) * Int128(pool.shares.units), over: Int128(pool.supplierValue.units),
                rounding: .down)
        guard let tokens, tokens.units > 0 else { throw .invalidAmount }
        pools[offset].cash += amount
        pools[offset].shares += tokens
        supplyTokens[account, default: Array(repeating: .zero, count: pools.count)][offset] += tokens
        pools[offset].renewRate()
        context.move(account, pool.asset, -amount)
        context.events.append(.supplied(account, asset, amount: amount, tokens: tokens))
    }

    mutating func redeem(_ account: AccountID, _ asset: Asset, _ amount: Money?, _ context: inout Context)
        throws(LendingRejection)
    {
        let offset = try poolOffset(asset)
        let pool = pools[offset]
        let held = supplyTokens[account]?[offset] ?? .zero
        guard held.units > 0 else { throw .insufficientBalance(available: .zero) }
        let (pay, tokens): (Money, Money)
        if let amount {
            guard amount.units > 0, pool.supplierValue.units > 0,
                let needed = Money(
                    Int128(amount.units) * Int128(pool.shares.units), over: Int128(pool.supplierValue.units),
                    rounding: .up)
            else { throw .invalidAmount }
            guard needed <= held else { throw .insufficientBalance(available: pool.value(ofShares: held)) }
            (pay, tokens) = (amount, needed)
        } else {
            (pay, tokens) = (pool.value(ofShares: held), held)
        }
        guard pay.units > 0 else { throw .invalidAmount }
        guard pay <= pool.cash else { throw .insufficientLiquidity(available: pool.cash) }
        pools[offset].cash -= pay
        pools[offset].shares -= tokens
        supplyTokens[account]![offset] -= tokens
        pools[offset].renewRate()
        context.move(account, pool.asset, pay)
        context.events.append(.redeemed(account, asset, amount: pay, tokens: tokens))
    }
}

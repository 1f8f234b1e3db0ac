extension Exchange {
    /// Runs a lending command against the acting account's free balances and applies the wallet
    /// changes it returns; the accounts whose wallets moved are re-keyed for liquidation.
    mutating func applyLending(_ command: LendingCommand, _ events: inout [Event]) {
        let account = command.account
        guard lending != nil else { return events.append(.lending(.rejected(account, .noPool))) }
        guard ensureAccount(account) else { return events.append(.rejected(account, .unknownAccount)) }
        let available = assets.indices.map { withdrawable(account, asset: $0) }
        var context = LendingMarket.Context(now: now, available: available)
        lending!.apply(command, context: &context)
        var moved: [AccountID] = []
        for transfer in context.transfers {
            accounts[transfer.account].wallets[transfer.asset] += transfer.amount
            if !moved.contains(transfer.account) { moved.append(transfer.account) }
        }
        events.append(contentsOf: context.events.map(Event.lending))
        for holder in moved { rekey(holder, &events) }
    }

    /// Passes an index price to the lending pools it values, as USD per minor unit of their asset.
    mutating func observeLendingPrice(_ instrument: InstrumentID, _ price: Price) {
        let tick = markets[instrument].instrument.tickSize
        for source in lendingPriceSources where source.instrument == instrument {
            let asset = lending!.rules.pools[source.pool].asset
            guard let denominator = Int128(asset.unitsPerWhole).scaled(by: tick.scale),
                let value = Ray(Int128(price.ticks) * Int128(tick.units), over: denominator, rounding: .down)
            else { continue }
            lending!.observe(pool: source.pool, usdPerUnit: value)
        }
    }
}

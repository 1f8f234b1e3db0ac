extension Exchange {
    /// The fund that pays for `instrument`'s liquidations: its own pool with per-contract funds,
    /// else its settlement asset's.
    /// - Complexity: O(1).
    public func fundID(for instrument: InstrumentID) -> InsuranceFundID {
        InsuranceFundID(
            asset: assetID(of: instrument), contract: configuration.liquidation.perContractFunds ? instrument : nil)
    }

    /// A fund's balance. The ledger's `insuranceFund` is the asset's total over its shared fund and
    /// its contracts' pools, so a pool's payment moves both.
    /// - Complexity: O(1) for a pool; O(instruments) for a shared fund beside per-contract pools.
    public func fundBalance(_ fund: InsuranceFundID) -> Money {
        if let contract = fund.contract { return contractFunds[contract] }
        let total = ledgers[fund.asset].insuranceFund
        guard configuration.liquidation.perContractFunds else { return total }
        return perpetualIDs.reduce(total) { assetID(of: $1) == fund.asset ? $0 - contractFunds[$1] : $0 }
    }

    /// Moves `change` between `account`'s wallet and `fund` (positive: into the fund) and records it.
    /// A payment out is capped at the fund's balance; returns what moved.
    @discardableResult
    mutating func payFund(
        _ fund: InsuranceFundID, _ change: Money, account: AccountID, instrument: InstrumentID?,
        reason: FundPayment.Reason, _ events: inout [Event]
    ) -> Money {
        let moved = change.units < 0 ? -Swift.min(change.magnitude, fundBalance(fund)) : change
        // A remainder the fund could not pay at all is still recorded (it follows the bad debt).
        guard moved != .zero || reason == .remainder else { return .zero }
        accounts[account].wallets[fund.asset] -= moved
        ledgers[fund.asset].insuranceFund += moved
        if let contract = fund.contract { contractFunds[contract] += moved }
        events.append(
            .liquidation(
                .insuranceFund(
                    FundPayment(
                        fund: fund, account: account, instrument: instrument, reason: reason, change: moved,
                        balance: fundBalance(fund)))))
        return moved
    }

    /// Brings a fully liquidated scope's equity to zero: a surplus goes to the insurance fund, a
    /// deficit is paid by it, and what the fund cannot pay is recorded as bad debt.
    /// `walletBefore` is the asset's wallet when the liquidation began: closing an isolated position
    /// released its margin into the wallet, and what that brought back is the position's remainder.
    /// `lead` is the instrument whose fund and style govern (the largest position); under dYdX's
    /// style a surplus stays with the trader, the fund having taken its fee on each fill.
    mutating func settleRemainder(
        _ account: AccountID, _ scope: LiquidationScope, walletBefore: Money, lead: InstrumentID? = nil,
        _ events: inout [Event]
    ) {
        let asset = scopeAsset(scope)
        let remainder: Money
        switch scope {
        case .isolated: remainder = accounts[account].wallets[asset] - walletBefore
        case .cross: remainder = accounts[account].wallets[asset]
        }
        guard remainder != .zero else { return }
        let fund = lead.map(fundID(for:)) ?? InsuranceFundID(asset: asset)
        if remainder.units > 0 {
            if let lead, liquidationStyles[lead] == .dydx { return }
            payFund(fund, remainder, account: account, instrument: nil, reason: .remainder, &events)
            return
        }
        let unpaid = remainder.magnitude - Swift.min(remainder.magnitude, fundBalance(fund))
        if unpaid.units > 0 {
            ledgers[asset].badDebt += unpaid
            accounts[account].wallets[asset] += unpaid
            events.append(.liquidation(.badDebt(account: account, asset: asset, amount: unpaid)))
        }
        payFund(fund, remainder + unpaid, account: account, instrument: nil, reason: .remainder, &events)
    }
}

extension Exchange {
    /// Brings a fully liquidated scope's equity to zero: a surplus goes to the insurance fund, a
    /// deficit is paid by it, and what the fund cannot pay is recorded as bad debt.
    /// `walletBefore` is the asset's wallet when the liquidation began: closing an isolated position
    /// released its margin into the wallet, and what that brought back is the position's remainder.
    mutating func settleRemainder(
        _ account: AccountID, _ scope: LiquidationScope, walletBefore: Money, _ events: inout [Event]
    ) {
        let holder = account
        let asset = scopeAsset(scope)
        let remainder: Money
        switch scope {
        case .isolated: remainder = accounts[holder].wallets[asset] - walletBefore
        case .cross: remainder = accounts[holder].wallets[asset]
        }
        guard remainder != .zero else { return }
        var change = remainder
        if remainder.units < 0 {
            let covered = Swift.min(remainder.magnitude, ledgers[asset].insuranceFund)
            change = -covered
            let unpaid = remainder.magnitude - covered
            if unpaid.units > 0 {
                ledgers[asset].badDebt += unpaid
                events.append(.liquidation(.badDebt(account: account, asset: asset, amount: unpaid)))
            }
            accounts[holder].wallets[asset] += remainder.magnitude
        } else {
            accounts[holder].wallets[asset] -= remainder
        }
        ledgers[asset].insuranceFund += change
        events.append(.liquidation(.insuranceFund(asset: asset, change: change, balance: ledgers[asset].insuranceFund)))
    }
}

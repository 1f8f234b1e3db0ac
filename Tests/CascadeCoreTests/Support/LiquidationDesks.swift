@testable import CascadeCore

/// Starting points for liquidation tests (LiquidationStepTests, LiquidationScenarioTests). BTC-PERP:
/// tick 0.1 USD, lot 0.001 BTC, taker 0.05%, maker 0.02%, MMR 0.4%; LP (equity = MM) and BK
/// (equity = 0) carry no closing fee, each the first tick at which it holds (down for a long).
extension ExchangeDesk {
    /// Account 1 (the trader) with `trader` USDC, accounts 2 and 3 with 100,000 each, BTC-PERP's mark
    /// at 60,000, and an insurance fund of `fund` unless `configure` changes it.
    private static func threeAccounts(
        trader: Int64, fund: Int64, _ configure: (inout LiquidationRules) -> Void
    ) -> ExchangeDesk {
        var configuration = ExchangeConfiguration()
        configuration.liquidation.insuranceFundWholeUnits = fund
        configure(&configuration.liquidation)
        var desk = ExchangeDesk(configuration)
        desk.deposit(1, usdc: trader)
        desk.deposit(2, usdc: 100_000)
        desk.deposit(3, usdc: 100_000)
        desk.oracle(600_000)
        return desk
    }

    /// Account 1: 10,000 USDC, isolated long 0.1 BTC at 60,000 at 10x, bought from account 2's ask.
    /// IM 600, taker fee 3 → isolated margin 597, wallet 9,400. C − W = 6,000 − 597 = 5,403:
    /// LP = 5,403 ÷ (0.1 × 0.996) = 54,246.98 → 54,246.9; BK = 5,403 ÷ 0.1 = 54,030.0.
    /// Account 3 (100,000 USDC) provides bids. The mark ends at 56,000, above LP.
    static func isolatedLong(_ configure: (inout LiquidationRules) -> Void = { _ in }) -> ExchangeDesk {
        var desk = threeAccounts(trader: 10_000, fund: 0, configure)
        desk.run(.setMarginMode(AccountID(1), btcPerp, .isolated))
        desk.limit(2, .sell, lots: 100, ticks: 600_000)
        desk.market(1, .buy, lots: 100)
        desk.oracle(560_000)
        return desk
    }

    /// Account 1 with 1,000 USDC in cross buys 0.1 BTC at 60,000 (fee 3, wallet 997) and bids 10 lots at
    /// 57,000, which holds 57 + 0.0285 → 57.285 of order margin. Cross LP = (6,000 − 997) ÷ 0.0996 =
    /// 50,230.92 → 50,230.9; BK = 5,003 ÷ 0.1 = 50,030.0. The mark steps to 52,000
    /// (account 3 bids there), then 50,200: equity 997 − 980 = 17 ≤ MM 5,020 × 0.4% = 20.08. The
    /// insurance fund starts at 1,000 unless `configure` says otherwise.
    static func crossLong(_ configure: (inout LiquidationRules) -> Void = { _ in }, bid: Int64) -> ExchangeDesk {
        var desk = threeAccounts(trader: 1_000, fund: 1_000, configure)
        desk.limit(2, .sell, lots: 100, ticks: 600_000)
        desk.market(1, .buy, lots: 100)
        desk.limit(1, .buy, lots: 10, ticks: 570_000)
        desk.oracle(520_000)
        desk.limit(3, .buy, lots: 100, ticks: bid)
        return desk
    }

    /// Account 1 with 1,000 USDC in cross buys 0.1 BTC at 60,000 and 1 ETH at 3,000 from account 2's
    /// asks (fees 3 and 1.5 → wallet 995.5); account 3 (100,000 USDC) is there to bid. Insurance fund
    /// 60 unless `configure` says otherwise.
    static func crossBitcoinAndEther(_ configure: (inout LiquidationRules) -> Void = { _ in }) -> ExchangeDesk {
        var desk = threeAccounts(trader: 1_000, fund: 60, configure)
        desk.oracle(300_000, in: ethPerp)
        desk.limit(2, .sell, lots: 100, ticks: 600_000)
        desk.market(1, .buy, lots: 100)
        desk.limit(2, .sell, lots: 100, ticks: 300_000, in: ethPerp)
        desk.market(1, .buy, lots: 100, in: ethPerp)
        return desk
    }
}

extension Exchange {
    /// Accounts (the backstop vault included) whose cross equity in an asset, or whose isolated
    /// position's equity, is negative, and for which `log` records no bad debt.
    func accountsBelowZero(unless log: [Event]) -> [AccountID] {
        var indebted: Set<AccountID> = []
        for case .liquidation(.badDebt(let account, _, _)) in log { indebted.insert(account) }
        return accounts.indices.filter { id in
            guard !indebted.contains(id) else { return false }
            let cross = assets.indices.contains { crossMargin(of: id, asset: $0).equity.units < 0 }
            let isolated = markets.indices.contains { instrument in
                let position = accounts[id].positions[instrument]
                guard position.mode == .isolated, !position.isFlat else { return false }
                return scopeMargin(id, .isolated(instrument)).equity.units < 0
            }
            return cross || isolated
        }
    }
}

extension LiquidationStep {
    /// A scope's remainder settled with the shared fund of `asset`, for `account` (1 unless said).
    static func insuranceFund(
        asset: AssetID, change: Money, balance: Money, account: AccountID = AccountID(1)
    ) -> LiquidationStep {
        .insuranceFund(
            FundPayment(
                fund: InsuranceFundID(asset: asset), account: account, instrument: nil, reason: .remainder,
                change: change, balance: balance))
    }
}

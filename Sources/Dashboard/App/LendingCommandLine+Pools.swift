import CascadeCore
import CascadeSim

extension LendingCommandLine {
    /// `supply 1000 [USDC]`: lends from the wallet for supply tokens. ETH and BTC the wallet lacks come
    /// from outside (simulated); USDC must be free in the trading account.
    func supply(_ words: [String]) -> Result<Plan, LendingCommandError> {
        let usage = ":supply 1000 USDC"
        guard (1...2).contains(words.count) else { return .failure(LendingCommandError("usage: \(usage)")) }
        return pool(words.count == 2 ? words[1] : "USDC").flatMap { pool in
            Self.amount(words[0], pool.asset, usage: usage).flatMap { amount in
                let asset = pool.asset
                let wallet = lending.wallet(asset)
                var outside = ""
                if asset == .usdc && amount > wallet {
                    return .failure(
                        LendingCommandError(
                            "only \(LendingFormat.amount(wallet, asset)) free to supply (:deposit 10000 tops up)"))
                } else if amount > wallet {
                    outside = " (\(LendingFormat.amount(amount - max(.zero, wallet), asset)) brought from outside)"
                }
                let preview =
                    "Supply \(LendingFormat.amount(amount, asset))\(outside) at \(LendingFormat.apy(pool.supplyRate)) "
                    + "APY: your supply \(DisplayFormat.money(pool.yourValue, asset)) → "
                    + "\(DisplayFormat.money(pool.yourValue + amount, asset)) \(asset.symbol)"
                return .success(Plan(request: .lending(.supply(asset, amount)), preview: preview))
            }
        }
    }

    /// `withdraw 500 [USDC]` or `withdraw all [USDC]`: redeems supply tokens, if the pool has the cash.
    func withdraw(_ words: [String]) -> Result<Plan, LendingCommandError> {
        let usage = ":withdraw 500 USDC or :withdraw all USDC"
        guard (1...2).contains(words.count) else { return .failure(LendingCommandError("usage: \(usage)")) }
        return pool(words.count == 2 ? words[1] : "USDC").flatMap { pool in
            let asset = pool.asset
            guard pool.yourTokens.units > 0 else {
                return .failure(LendingCommandError("you have supplied no \(asset.symbol)"))
            }
            let all = words[0].lowercased() == "all"
            let parsed = all ? .success(pool.yourValue) : Self.amount(words[0], asset, usage: usage)
            return parsed.flatMap { amount in
                guard amount <= pool.yourValue else {
                    return .failure(
                        LendingCommandError("you can withdraw at most \(LendingFormat.amount(pool.yourValue, asset))"))
                }
                guard amount <= pool.cash else {
                    return .failure(
                        LendingCommandError(
                            "the pool has only \(LendingFormat.amount(pool.cash, asset)) of cash now: the rest is lent")
                    )
                }
                let user = World.userAccount
                let preview =
                    "Withdraw \(LendingFormat.amount(amount, asset)) from the pool: your supply "
                    + "\(DisplayFormat.money(pool.yourValue, asset)) → "
                    + "\(DisplayFormat.money(pool.yourValue - amount, asset)) \(asset.symbol)"
                let command = LendingCommand.redeem(user, asset, all ? nil : amount)
                return .success(Plan(request: .command(.lending(command)), preview: preview))
            }
        }
    }
}

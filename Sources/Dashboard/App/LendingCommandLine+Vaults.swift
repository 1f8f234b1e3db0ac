import CascadeCore
import CascadeSim

extension LendingCommandLine {
    /// `deposit 2 ETH`: collateral into the user's newest vault of the kind holding it (one is opened
    /// when there is none); what the wallet lacks comes from outside (simulated). `deposit 10 cETH`
    /// pledges supply tokens the user holds from `:supply`.
    func deposit(_ words: [String]) -> Result<Plan, LendingCommandError> {
        let usage = ":deposit 2 ETH or :deposit 10 cETH (vault collateral; :deposit 10000 tops up USDC)"
        guard words.count == 2 else { return .failure(LendingCommandError("usage: \(usage)")) }
        guard let kindIndex = lending.kinds.firstIndex(where: { Self.names($0.collateral, words[1]) }) else {
            let assets = lending.kinds.map(\.collateral.symbol).joined(separator: " or ")
            return .failure(LendingCommandError("no vault takes \(words[1]) as collateral: \(assets)"))
        }
        let kind = lending.kinds[kindIndex]
        return Self.amount(words[0], kind.collateral, usage: usage).flatMap { amount in
            let vault = lending.vaults.last { $0.kind == kindIndex }
            if let vault, vault.auction != nil {
                return .failure(LendingCommandError("YOUR vault #\(vault.id.rawValue) is in an auction: it is frozen"))
            }
            let tokens = kind.collateral != kind.underlying
            if tokens {
                let held = lending.pool(kind.underlying)?.yourTokens ?? .zero
                guard amount <= held else {
                    return .failure(
                        LendingCommandError(
                            "you hold \(LendingFormat.amount(held, kind.collateral)): "
                                + ":supply \(kind.underlying.symbol) to get more"))
                }
            }
            let name = vault.map { "YOUR vault #\($0.id.rawValue)" } ?? "a new \(kind.name) vault"
            let collateral = (vault?.collateral ?? .zero) + amount
            let debt = vault?.debt ?? .zero
            let lacking = tokens ? .zero : amount - max(.zero, lending.wallet(kind.collateral))
            let outside =
                lacking.units > 0 ? " (\(LendingFormat.amount(lacking, kind.collateral)) brought from outside)" : ""
            let preview =
                "Deposit \(LendingFormat.amount(amount, kind.collateral))\(outside) into \(name): "
                + healthChange(vault, kind, collateral: collateral, debt: debt)
                + "; borrow up to \(LendingFormat.amount(room(kind, collateral: collateral, debt: debt), kind.debt))"
            return .success(Plan(request: .lending(.deposit(kind.collateral, amount)), preview: preview))
        }
    }

    /// `borrow 1500 [USDC] [ETH|BTC|cETH|#N]`: from the pool into the wallet, within the loan-to-value limit.
    func borrow(_ words: [String]) -> Result<Plan, LendingCommandError> {
        let usage = ":borrow 1500 USDC [ETH|BTC|cETH|#vault]"
        guard !words.isEmpty else { return .failure(LendingCommandError("usage: \(usage)")) }
        return vault(Array(words.dropFirst()), usage: usage).flatMap { vault, kind in
            Self.amount(words[0], kind.debt, usage: usage).flatMap { amount in
                let limit = room(kind, collateral: vault.collateral, debt: vault.debt)
                guard amount <= limit else {
                    return .failure(
                        LendingCommandError(
                            "YOUR vault #\(vault.id.rawValue) can borrow at most \(LendingFormat.amount(limit, kind.debt)) "
                                + "more (loan-to-value \(DisplayFormat.percent(kind.loanToValue, places: 1)))"))
                }
                if let pool = lending.pool(kind.debt), amount > pool.cash {
                    return .failure(
                        LendingCommandError(
                            "the \(kind.debt.symbol) pool has only \(LendingFormat.amount(pool.cash, kind.debt)) to lend"
                        ))
                }
                let debt = vault.debt + amount
                if debt < kind.auction.dust {
                    return .failure(
                        LendingCommandError(
                            "a debt must be at least \(LendingFormat.amount(kind.auction.dust, kind.debt)) (dust)"))
                }
                let preview =
                    "Borrow \(LendingFormat.amount(amount, kind.debt)) on YOUR vault #\(vault.id.rawValue): "
                    + healthChange(vault, kind, collateral: vault.collateral, debt: debt)
                    + liquidationText(kind, collateral: vault.collateral, debt: debt)
                let command = LendingCommand.borrow(World.userAccount, vault.id, amount)
                return .success(Plan(request: .command(.lending(command)), preview: preview))
            }
        }
    }

    /// `repay [AMOUNT|all] [USDC] [ETH|BTC|cETH|#N]`: from the wallet; without an amount, the whole debt.
    func repay(_ words: [String]) -> Result<Plan, LendingCommandError> {
        let usage = ":repay [AMOUNT|all] [ETH|BTC|cETH|#vault]"
        let amountGiven = words.first.map { $0.lowercased() == "all" || Double($0) != nil } ?? false
        return vault(Array(words.dropFirst(amountGiven ? 1 : 0)), usage: usage).flatMap { vault, kind in
            guard vault.debt.units > 0 else {
                return .failure(LendingCommandError("YOUR vault #\(vault.id.rawValue) owes nothing"))
            }
            let all = !amountGiven || words[0].lowercased() == "all"
            let parsed = all ? .success(vault.debt) : Self.amount(words[0], kind.debt, usage: usage)
            return parsed.flatMap { requested in
                let amount = min(requested, vault.debt)
                let wallet = lending.wallet(kind.debt)
                guard amount <= wallet else {
                    return .failure(
                        LendingCommandError("only \(LendingFormat.amount(wallet, kind.debt)) free in your wallet"))
                }
                let left = vault.debt - amount
                if left.units > 0 && left < kind.auction.dust {
                    return .failure(
                        LendingCommandError(
                            "that leaves \(LendingFormat.amount(left, kind.debt)), below the "
                                + "\(LendingFormat.amount(kind.auction.dust, kind.debt)) minimum: repay all or less"))
                }
                let preview =
                    "Repay \(LendingFormat.amount(amount, kind.debt)) on YOUR vault #\(vault.id.rawValue): "
                    + healthChange(vault, kind, collateral: vault.collateral, debt: left)
                let command = LendingCommand.repay(World.userAccount, vault.id, all ? nil : amount)
                return .success(Plan(request: .command(.lending(command)), preview: preview))
            }
        }
    }

    /// The user's vault that `words` name (`ETH`, `BTC`, `cETH`, `#3`; `USDC` names the debt and is skipped),
    /// else the selected one; it must not be in an auction.
    private func vault(_ words: [String], usage: String) -> Result<
        (LendingSnapshot.VaultRow, LendingSnapshot.Kind), LendingCommandError
    > {
        let names = words.filter { $0.uppercased() != "USDC" }
        guard names.count <= 1 else { return .failure(LendingCommandError("usage: \(usage)")) }
        guard !lending.vaults.isEmpty else {
            return .failure(LendingCommandError("you have no vault: :deposit 2 ETH opens one"))
        }
        let found: LendingSnapshot.VaultRow?
        if let name = names.first?.uppercased() {
            found =
                name.hasPrefix("#")
                ? lending.vaults.first { "#\($0.id.rawValue)" == name }
                : lending.vaults.last { Self.names(lending.kinds[$0.kind].collateral, name) }
        } else {
            found = lending.vaults[min(max(0, selectedVault), lending.vaults.count - 1)]
        }
        guard let vault = found else {
            return .failure(LendingCommandError("you have no vault \(names[0]); usage: \(usage)"))
        }
        guard vault.auction == nil else {
            return .failure(LendingCommandError("YOUR vault #\(vault.id.rawValue) is in an auction: it is frozen"))
        }
        return .success((vault, lending.kinds[vault.kind]))
    }

    /// Whether `word` names `asset`, in any case (`ceth` is `cETH`).
    static func names(_ asset: Asset, _ word: String) -> Bool { asset.symbol.uppercased() == word.uppercased() }

    /// `health 2.10 → 1.62 CAUTION`: the vault's health factor now (a new vault: none) and after.
    func healthChange(_ vault: LendingSnapshot.VaultRow?, _ kind: LendingSnapshot.Kind, collateral: Money, debt: Money)
        -> String
    {
        let before = vault.map { LendingFormat.health($0.health, hasDebt: $0.debt.units > 0).text } ?? "—"
        let after = LendingFormat.health(
            Self.health(kind, collateral: collateral, debt: debt), hasDebt: debt.units > 0)
        return "health \(before) → \(after.text) \(after.word)"
    }

    /// `, liquidated below 905.00 USDC/ETH`.
    private func liquidationText(_ kind: LendingSnapshot.Kind, collateral: Money, debt: Money) -> String {
        guard let price = LendingFormat.liquidationPrice(collateral: collateral, debt: debt, kind) else { return "" }
        return
            ", liquidatable below \(DisplayFormat.money(price, kind.debt)) \(kind.debt.symbol)/\(kind.collateral.symbol)"
    }

    /// The health factor of `collateral` against `debt` at the kind's price now.
    static func health(_ kind: LendingSnapshot.Kind, collateral: Money, debt: Money) -> Rate? {
        guard let price = kind.price else { return nil }
        return FixedBonusPlan.health(
            collateral: collateral, debt: debt, price: price, threshold: kind.liquidationThreshold)
    }

    /// How much more `debt` may grow against `collateral`: loan-to-value × value − debt, never negative.
    func room(_ kind: LendingSnapshot.Kind, collateral: Money, debt: Money) -> Money {
        guard let price = kind.price, let value = price.of(Int128(collateral.units), rounding: .down),
            let limit = value.multiplied(
                by: Int128(kind.loanToValue.units), dividedBy: Int128(Rate.one), rounding: .down)
        else { return .zero }
        return max(.zero, Money(units: Int64(clamping: limit)) - debt)
    }
}

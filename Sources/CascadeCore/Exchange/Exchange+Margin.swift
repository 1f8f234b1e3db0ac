extension Exchange {
    /// Cross-margin state of one account in one settlement asset.
    public struct CrossMargin: Sendable, Hashable {
        /// The account's wallet balance in the asset (isolated margin not included).
        public var wallet: Money
        /// Unrealised PnL of every cross position in the asset.
        public var unrealizedPnL: Money
        /// Wallet plus the unrealised PnL of every cross position in the asset.
        public var equity: Money { wallet + unrealizedPnL }
        /// Initial margin of the cross positions plus that of every open order in the asset.
        public var usedInitialMargin: Money
        /// Maintenance margin of the cross positions.
        public var maintenanceMargin: Money
        /// What new orders, isolated margin and withdrawals may still use.
        public var available: Money { equity - usedInitialMargin }
        /// Maintenance margin ÷ equity; the account's cross positions are liquidated at 100%.
        /// `nil` when equity is zero or negative.
        public var marginRatio: Rate? {
            equity.units > 0 ? Rate.ratio(maintenanceMargin, equity, rounding: .up) : nil
        }

        /// The arithmetic of equity, available margin and margin ratio, amounts shown in `asset`.
        public func derivations(in asset: Asset) -> [Derivation] {
            func money(_ value: Money) -> String { asset.format(value) }
            let unit = " " + asset.symbol
            let signedPnL =
                unrealizedPnL.units < 0 ? "− \(money(unrealizedPnL.magnitude))" : "+ \(money(unrealizedPnL))"
            return [
                Derivation(
                    name: "equity", formula: "wallet + cross uPnL", substituted: "\(money(wallet)) \(signedPnL)",
                    result: money(equity) + unit),
                Derivation(
                    name: "available", formula: "equity − initial margin of cross positions and open orders",
                    substituted: "\(money(equity)) − \(money(usedInitialMargin))", result: money(available) + unit),
                Derivation(
                    name: "margin ratio", formula: "maintenance margin ÷ equity",
                    substituted: "\(money(maintenanceMargin)) ÷ \(money(equity))",
                    result: marginRatio.map { $0.percent(places: 2) } ?? "no equity left"),
            ]
        }
    }

    /// The cross-margin figures of `account` in asset `asset`. Asked on every order admission, so it
    /// computes only these sums, not a full `PositionRisk` (which also solves liquidation prices).
    /// Without `orders`, the open orders' initial margin is left out: liquidation reads only equity
    /// and maintenance, and a market maker's hundreds of option quotes need not be priced for them.
    /// Under portfolio margin the initial and maintenance margin of the cross positions and their
    /// orders are the portfolio requirement's (`portfolioRequirement(of:asset:orders:)`).
    /// - Complexity: O(perpetuals + the options the account holds or has orders in).
    public func crossMargin(of account: AccountID, asset: AssetID) -> CrossMargin {
        crossMargin(of: account, asset: asset, orders: true)
    }

    func crossMargin(of account: AccountID, asset: AssetID, orders: Bool, evaluatingPortfolio: Bool = true)
        -> CrossMargin
    {
        let holder = account
        guard accounts.contains(holder) else {
            return CrossMargin(wallet: .zero, unrealizedPnL: .zero, usedInitialMargin: .zero, maintenanceMargin: .zero)
        }
        // Markets and accounts are read in place (chained subscripts), never copied: a copy of a
        // `Market` retains its book's buffers, and this runs on every order admission.
        var margin = CrossMargin(
            wallet: accounts[holder].wallets[asset], unrealizedPnL: .zero, usedInitialMargin: .zero,
            maintenanceMargin: .zero)
        func add(_ position: Position, _ index: InstrumentID, at price: Price) {
            guard let required = standardMargin(of: position, in: index, at: price) else { return }
            margin.unrealizedPnL += markets[index].terms.unrealizedPnL(
                of: position.size, costBasis: position.costBasis, at: price)
            margin.usedInitialMargin += required.initial
            margin.maintenanceMargin += required.maintenance
        }
        for index in perpetualIDs where instrumentAssets[index] == asset {
            let position = accounts[holder].positions[index]
            guard position.mode == .cross, !position.isFlat, let price = markets[index].valuationPrice else { continue }
            add(position, index, at: price)
        }
        for (index, position) in accounts[holder].positions.options
        where instrumentAssets[index] == asset && !position.isFlat {
            guard let price = markets[index].valuationPrice else { continue }
            add(position, index, at: price)
        }
        let portfolio = accounts[holder].crossMarginModels[asset] == .portfolio
        if portfolio && evaluatingPortfolio {
            let requirement = portfolioRequirement(of: holder, asset: asset, orders: orders, replacing: nil)
            margin.usedInitialMargin = requirement.initial
            margin.maintenanceMargin = requirement.maintenance
        }
        guard orders, !accounts[holder].openOrders.isEmpty else { return margin }
        // Exposures come in ascending id order, so their positions are found by one walk.
        var cursor = 0
        accounts[holder].orderExposures.forEach { index, exposure in
            guard instrumentAssets[index] == asset else { return }
            // Under portfolio margin only orders in isolated perpetuals are margined one by one.
            if portfolio && !isIsolatedPerpetual(holder, index) { return }
            let position = accounts[holder].positions.position(index, walking: &cursor)
            margin.usedInitialMargin += orderMargin(exposure, position, index)
        }
        return margin
    }

    /// The standard margin of one position at `price`: a perpetual's by its leverage and tiers, an
    /// option's by Deribit's standard rule at its underlying's index; `nil` for an option before that
    /// index exists. Reads the instrument's numbers as a plain value (`terms`): a copy of the
    /// `Instrument` would retain its strings and tier table, and this runs for every position summed.
    func standardMargin(of position: Position, in id: InstrumentID, at price: Price) -> (
        initial: Money, maintenance: Money
    )? {
        let terms = markets[id].terms
        if let option = terms.option {
            guard let spot = underlyingPrice(of: option) else { return nil }
            return terms.optionMargin(of: position.size, mark: price, underlying: spot)
        }
        return (
            terms.notional(of: position.size, at: price).initialMargin(leverage: position.leverage),
            markets[id].instrument.maintenanceMargin(of: position.size, at: price)
        )
    }

    /// Whether the account's position slot in `instrument` is an isolated perpetual.
    func isIsolatedPerpetual(_ account: AccountID, _ instrument: InstrumentID) -> Bool {
        instrument.index < perpetualCount && accounts[account].positions[instrument].mode == .isolated
    }

    /// The risk figures of one position, with the wallet and other positions as its mode sees them.
    public func risk(of account: AccountID, in instrument: InstrumentID) -> PositionRisk? {
        risk(of: account, in: instrument, tiers: nil)
    }

    /// `risk(of:in:)` with the instrument's tiers replaced by `tiers` when given: the same arithmetic
    /// for a requirement announced and not yet in effect.
    func risk(of account: AccountID, in instrument: InstrumentID, tiers: MarginTierTable?) -> PositionRisk? {
        let holder = account
        // An option's risk is its Greeks and its standard margin, not a liquidation price.
        guard accounts.contains(holder), isKnown(instrument), markets[instrument].instrument.option == nil else {
            return nil
        }
        let index = instrument
        let position = accounts[holder].positions[index]
        guard let price = markets[index].valuationPrice else { return nil }
        var input = positionInput(position, instrument: markets[index].instrument, price: price)
        if position.mode == .cross {
            let asset = assetID(of: instrument)
            // Only maintenance and unrealised PnL are read: the open orders' margin is summed only
            // where the portfolio requirement takes them in (a dealer's hundreds of option quotes are
            // otherwise priced on every fill for nothing).
            let all = crossMargin(of: account, asset: asset, orders: isPortfolio(account, asset: asset))
            input.wallet = accounts[holder].wallets[asset]
            input.otherMaintenance =
                all.maintenanceMargin - input.instrument.maintenanceMargin(of: position.size, at: price)
            input.otherUnrealized =
                all.unrealizedPnL
                - input.instrument.unrealizedPnL(of: position.size, costBasis: position.costBasis, at: price)
        }
        // Other positions keep their requirement: only this instrument's tiers change.
        if let tiers { input.instrument.tiers = tiers }
        return PositionRisk(input)
    }

    /// The risk inputs of a position as the engine judges it. No closing fee enters: the engine
    /// liquidates when equity reaches maintenance margin, so the liquidation price it shows is the
    /// price at which it acts.
    func positionInput(_ position: Position, instrument: Instrument, price: Price) -> PositionRiskInput {
        PositionRiskInput(
            instrument: instrument, size: position.size, costBasis: position.costBasis, mark: price,
            mode: position.mode, wallet: position.isolatedMargin, leverage: position.leverage)
    }
}

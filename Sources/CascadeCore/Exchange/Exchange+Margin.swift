extension Exchange {
    /// Cross-margin state of one account in one settlement asset.
    public struct CrossMargin: Sendable, Hashable {
        /// Wallet plus the unrealised PnL of every cross position in the asset.
        public var equity: Money
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
    }

    /// The cross-margin figures of `account` in asset `asset`.
    /// - Complexity: O(instruments + open orders of the account).
    public func crossMargin(of account: AccountID, asset: Int) -> CrossMargin {
        guard let holder = self.account(account) else {
            return CrossMargin(equity: .zero, usedInitialMargin: .zero, maintenanceMargin: .zero)
        }
        var margin = CrossMargin(equity: holder.wallets[asset], usedInitialMargin: .zero, maintenanceMargin: .zero)
        for (index, market) in markets.enumerated() where assetIndex(of: InstrumentID(index)) == asset {
            let position = holder.positions[index]
            guard position.mode == .cross, !position.isFlat, let price = market.valuationPrice else { continue }
            let risk = PositionRisk(positionInput(position, market: market, price: price, wallet: .zero))
            margin.equity += risk.unrealizedPnL
            margin.usedInitialMargin += risk.initialMargin
            margin.maintenanceMargin += risk.maintenanceMargin
        }
        for (index, exposure) in orderExposures(of: account).enumerated()
        where assetIndex(of: InstrumentID(index)) == asset {
            margin.usedInitialMargin += exposure.margin(for: holder.positions[index], on: markets[index].instrument)
        }
        return margin
    }

    /// The risk figures of one position, with the wallet and other positions as its mode sees them.
    public func risk(of account: AccountID, in instrument: InstrumentID) -> PositionRisk? {
        guard let holder = self.account(account), isKnown(instrument) else { return nil }
        let market = markets[instrument.rawValue]
        let position = holder.positions[instrument.rawValue]
        guard let price = market.valuationPrice else { return nil }
        var input = positionInput(position, market: market, price: price, wallet: position.isolatedMargin)
        if position.mode == .cross {
            let asset = assetIndex(of: instrument)
            let all = crossMargin(of: account, asset: asset)
            let own = PositionRisk(positionInput(position, market: market, price: price, wallet: .zero))
            input.wallet = holder.wallets[asset]
            input.otherMaintenance = all.maintenanceMargin - own.maintenanceMargin
            input.otherUnrealized = all.equity - holder.wallets[asset] - own.unrealizedPnL
        }
        return PositionRisk(input)
    }

    func positionInput(_ position: Position, market: Market, price: Price, wallet: Money) -> PositionRiskInput {
        PositionRiskInput(
            instrument: market.instrument, size: position.size, costBasis: position.costBasis, mark: price,
            mode: position.mode, wallet: wallet, leverage: position.leverage, closeFeeRate: market.instrument.takerFee)
    }
}

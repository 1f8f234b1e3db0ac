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
        for id in holder.openOrders {
            guard let owner = owners[id], assetIndex(of: owner.instrument) == asset else { continue }
            margin.usedInitialMargin += orderMargin(id, account: account, instrument: owner.instrument)
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

    /// Initial margin an open order holds: the part of it that would grow the position, at its limit
    /// price (its trigger price for a stop-market), divided by leverage, plus the taker fee on it.
    func orderMargin(_ id: OrderID, account: AccountID, instrument: InstrumentID) -> Money {
        let market = markets[instrument.rawValue]
        let position = accounts[Int(account.rawValue)].positions[instrument.rawValue]
        if let resting = market.book.restingOrder(id) {
            return openingMargin(
                side: resting.side, lots: resting.openQuantity.lots, price: resting.price, position: position,
                instrument: market.instrument)
        }
        guard let stop = market.book.pendingStop(id) else { return .zero }
        return openingMargin(
            side: stop.side, lots: stop.quantity.lots, price: stop.limit ?? stop.stop!.triggerPrice,
            position: position, instrument: market.instrument)
    }

    /// Initial margin plus taker fee for the lots of an order that would grow `position`.
    func openingMargin(side: Side, lots: Int64, price: Price, position: Position, instrument: Instrument) -> Money {
        let opening = openingLots(side: side, lots: lots, position: position)
        guard opening > 0 else { return .zero }
        let notional = instrument.notional(of: opening, at: price)
        let margin = Money(Int128(notional.units), over: Int128(Swift.max(1, position.leverage)), rounding: .up)!
        return margin + Swift.max(.zero, instrument.takerFee.of(notional, rounding: .up))
    }

    /// Lots of an order of `side` that would grow the position rather than reduce it.
    func openingLots(side: Side, lots: Int64, position: Position) -> Int64 {
        let reduces = position.size != 0 && (position.size > 0) != (side == .buy)
        return reduces ? Swift.max(0, lots - abs(position.size)) : lots
    }
}

extension LendingMarket {
    /// Starts an auction of an unsafe vault (Maker's `Dog.bark` and `Clipper.kick`): as much of its
    /// debt as the auction limits leave room for (all of it when the rest would be below `dust`), the
    /// same share of its collateral, a tab of debt × `chop`, a start price of the oracle × `buf`; the
    /// keeper earns `tip + chip × tab`.
    mutating func bark(_ keeper: AccountID, _ id: VaultID, _ context: inout Context) throws(LendingRejection) {
        guard rules.liquidation == .auction else { throw .wrongLiquidationMode }
        guard let vault = vault(id), vault.auction == nil, vault.normalisedDebt > 0 else { throw .unknownVault }
        guard let price = price(ofType: vault.type) else { throw .noPrice }
        guard (healthFactor(of: vault)?.units ?? Rate.one) < Rate.one else { throw .vaultSafe }
        let type = rules.vaultTypes[vault.type]
        let poolOffset = typePools[vault.type].debt
        let index = pools[poolOffset].borrowIndex
        var room = type.auction.hole - dirt[vault.type]
        if poolOffset == 0 { room = Swift.min(room, rules.hole - primaryDirt) }
        guard room.units > 0, room >= type.auction.dust else { throw .auctionLimitReached }
        let debt = debt(of: vault)
        var cleared = vault.normalisedDebt
        if let tab = type.auction.chop.scaled(debt), tab > room {
            // room ÷ chop ÷ rate, rounded down, as `dart` in dog.sol.
            let debtRoom = Int128(room.units) * Int128(Rate.one) / Int128(type.auction.chop.units)
            let partial = debtRoom.multiplied(by: Ray.scale, dividedBy: index.units, rounding: .down) ?? 0
            if LendingPool.debt(vault.normalisedDebt - partial, at: index) < type.auction.dust {
                cleared = vault.normalisedDebt
            } else {
                guard LendingPool.debt(partial, at: index) >= type.auction.dust else { throw .auctionLimitReached }
                cleared = partial
            }
        }
        let lotSize =
            cleared == vault.normalisedDebt
            ? vault.collateral
            : Money(units: Int64(Int128(vault.collateral.units) * cleared / vault.normalisedDebt))
        let before = pools[poolOffset].borrowed
        let after = LendingPool.debt(pools[poolOffset].normalisedDebt - cleared, at: index)
        let due = before - after
        guard lotSize.units > 0, let tab = type.auction.chop.scaled(due),
            let lot = AuctionLot(lot: lotSize, tab: tab, feed: price, rules: type.auction, at: context.now)
        else { throw .invalidAmount }
        auctionsStarted += 1
        let auction = AuctionID(auctionsStarted)
        let offset = Int(id.rawValue - 1)
        vaults[offset].collateral -= lotSize
        vaults[offset].normalisedDebt -= cleared
        vaults[offset].auction = auction
        refile(offset)
        pools[poolOffset].normalisedDebt -= cleared
        pools[poolOffset].auctionDebt += due
        dirt[vault.type] += tab
        auctions.append(DutchAuction(id: auction, vault: id, owner: vault.owner, type: vault.type, lot: lot, due: due))
        let paid = payIncentive(lot.incentive(rules: type.auction), from: poolOffset, to: keeper, &context)
        context.events.append(
            .auctionStarted(
                AuctionStart(
                    auction: auction, vault: id, keeper: keeper, lot: lotSize, tab: tab, debt: due, top: lot.top,
                    incentive: paid)))
    }

    /// Restarts a stale auction at the oracle × `buf` (`Clipper.redo`); the keeper earns the incentive
    /// only when tab and lot value are both at least `chost`, as in clip.sol.
    mutating func redo(_ keeper: AccountID, _ id: AuctionID, _ context: inout Context) throws(LendingRejection) {
        guard rules.liquidation == .auction else { throw .wrongLiquidationMode }
        guard let offset = auctions.firstIndex(where: { $0.id == id }) else { throw .unknownAuction }
        let auction = auctions[offset]
        let rules = self.rules.vaultTypes[auction.type].auction
        guard let price = price(ofType: auction.type) else { throw .noPrice }
        var lot = auction.lot
        guard lot.reset(feed: price, rules: rules, at: context.now) else { throw .auctionRunning }
        auctions[offset].lot = lot
        auctionsReset += 1
        let value = price.of(Int128(lot.lot.units), rounding: .down) ?? 0
        let earns = lot.tab >= rules.chost && value >= Int128(rules.chost.units)
        let paid =
            earns
            ? payIncentive(lot.incentive(rules: rules), from: typePools[auction.type].debt, to: keeper, &context)
            : .zero
        context.events.append(.auctionReset(id, keeper: keeper, top: lot.top, incentive: paid))
    }

    /// Sells collateral at the current price (`Clipper.take`): the proceeds repay the pool first and
    /// the penalty part goes to the surplus buffer; the auction ends when its tab or lot runs out.
    mutating func take(
        _ bidder: AccountID, _ id: AuctionID, _ amount: Money, _ maxPrice: Ray, _ context: inout Context
    ) throws(LendingRejection) {
        guard rules.liquidation == .auction else { throw .wrongLiquidationMode }
        guard let offset = auctions.firstIndex(where: { $0.id == id }) else { throw .unknownAuction }
        let auction = auctions[offset]
        let debtPool = typePools[auction.type].debt
        var lot = auction.lot
        let take: AuctionTake
        switch lot.take(amount, maxPrice: maxPrice, at: context.now, rules: rules.vaultTypes[auction.type].auction) {
        case .success(let result): take = result
        case .failure(let reason): throw reason
        }
        try context.require(take.owe, of: pools[debtPool].asset)
        auctions[offset].lot = lot
        let repaid = Swift.min(take.owe, auction.due)
        auctions[offset].due -= repaid
        pools[debtPool].cash += take.owe
        pools[debtPool].auctionDebt -= repaid
        pools[debtPool].addSurplus(take.owe - repaid)
        dirt[auction.type] -= take.owe
        context.move(bidder, pools[debtPool].asset, -take.owe)
        // A supply-token lot goes to the bidder as tokens, which it may redeem if the pool has cash.
        release(take.slice, ofType: auction.type, to: bidder, &context)
        context.events.append(.auctionTaken(id, bidder: bidder, take: take, tabLeft: lot.tab, lotLeft: lot.lot))
        if lot.lot.units == 0 || lot.tab.units == 0 { end(at: offset, &context) }
        pools[debtPool].renewRate()
    }

    /// Closes an auction: collateral left returns to the owner's wallet, tab left leaves the limits,
    /// and debt left unpaid is taken from the surplus buffer, the rest recorded as bad debt.
    private mutating func end(at offset: Int, _ context: inout Context) {
        let auction = auctions.remove(at: offset)
        let debtPool = typePools[auction.type].debt
        let returned = auction.lot.lot
        release(returned, ofType: auction.type, to: auction.owner, &context)
        dirt[auction.type] -= auction.lot.tab
        let unpaid = auction.due
        pools[debtPool].auctionDebt -= unpaid
        let covered = pools[debtPool].takeLoss(unpaid)
        vaults[Int(auction.vault.rawValue - 1)].auction = nil
        refile(Int(auction.vault.rawValue - 1))
        context.events.append(
            .auctionEnded(
                auction.id, returned: returned, unpaid: unpaid, coveredBySurplus: covered, badDebt: unpaid - covered))
    }

    /// Pays a keeper from the pool's cash (as far as it goes) out of the surplus buffer; what the
    /// buffer cannot pay is bad debt until the auction's penalty repays it (Maker mints it as system
    /// debt, `vat.suck`, healed by surplus later). Returns what was paid.
    mutating func payIncentive(_ amount: Money, from pool: Int, to keeper: AccountID, _ context: inout Context) -> Money
    {
        let paid = Swift.min(amount, pools[pool].cash)
        guard paid.units > 0 else { return .zero }
        pools[pool].cash -= paid
        pools[pool].takeLoss(paid)
        if pool == 0 { keeperIncentives += paid }
        context.move(keeper, pools[pool].asset, paid)
        return paid
    }

    /// Tab in auctions of vault types borrowing the first pool's asset: what the global `hole` limits.
    var primaryDirt: Money {
        dirt.indices.reduce(.zero) { $0 + (typePools[$1].debt == 0 ? dirt[$1] : .zero) }
    }
}

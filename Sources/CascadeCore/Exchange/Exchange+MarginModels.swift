extension Exchange {
    /// The models of the instruments whose model is adaptive, made when the exchange is, in id order.
    static func adaptiveMarginModels(_ configuration: ExchangeConfiguration) -> [MarginModelState] {
        configuration.instruments.enumerated().compactMap { index, instrument in
            let parameters = configuration.marginModelBySymbol[instrument.symbol] ?? configuration.marginModel
            guard parameters.kind.isAdaptive, instrument.option == nil else { return nil }
            return MarginModelState(instrument: InstrumentID(index), parameters: parameters, tiers: instrument.tiers)
        }
    }

    /// Runs every adaptive model's due work up to `now`, each in time order: an announced rise taking
    /// effect, then a sample of the mark, then a review. Called from `advanceTime` only when
    /// `nextMarginWork` is due, so a static exchange pays one comparison per clock step.
    /// - Complexity: O(samples due) per model, plus O(positions in the instrument) per change in
    ///   effect and O(accounts filed) per predictive review.
    mutating func runMarginModels(_ events: inout [Event]) {
        for slot in marginModels.indices {
            while marginModels[slot].nextWork <= now {
                let model = marginModels[slot]
                let id = model.instrument
                if let change = marginModels[slot].takeDue(at: Swift.min(model.nextSample, model.nextReview)) {
                    applyRequirement(change, slot: slot, &events)
                } else if model.nextSample <= model.nextReview {
                    marginModels[slot].sample(markets[id].mark?.price.ticks ?? 0)
                } else {
                    let addOn =
                        model.parameters.kind == .predictive
                        ? marginFragility(id, band: model.parameters.band).addOn(model.parameters) : 0
                    guard let change = marginModels[slot].review(at: now, addOn: addOn) else { continue }
                    if change.phase == .effective {
                        applyRequirement(change, slot: slot, &events)
                    } else {
                        events.append(.marginRequirement(change))
                    }
                }
            }
        }
        nextMarginWork = .max
        for model in marginModels { nextMarginWork = Swift.min(nextMarginWork, model.nextWork) }
    }

    /// Puts a change into effect: the event, the instrument's new tiers, and every position in it
    /// filed again under its new liquidation price (those now at or below maintenance are scheduled
    /// for liquidation, after the change's event).
    private mutating func applyRequirement(_ change: MarginRequirementChange, slot: Int, _ events: inout [Event]) {
        let id = change.instrument
        events.append(.marginRequirement(change))
        markets[id].instrument.tiers = marginModels[slot].tiers
        for index in 0..<accounts.count {
            let account = AccountID(index: index)
            if !accounts[account].positions[id].isFlat { rekey(account, &events) }
        }
    }

    /// The predictive model's inputs for `id` now, `band` (a share of the mark, at most 100%) wide;
    /// `none` before its first mark.
    /// - Complexity: O(accounts filed in its liquidation index + book levels within the band).
    public func marginFragility(_ id: InstrumentID, band given: Rate) -> MarginFragility {
        guard isKnown(id), id.index < perpetualCount, let mark = markets[id].mark?.price, mark.ticks > 0 else {
            return .none
        }
        let band = Rate(units: Swift.max(0, Swift.min(Rate.one, given.units)))
        let width = band.of(Money(units: mark.ticks), rounding: .towardZero).units
        var nearLots: Int64 = 0
        liquidationIndexes[id].forEachWatched { account, price in
            if abs(price.ticks - mark.ticks) <= width { nearLots += abs(accounts[account].positions[id].size) }
        }
        let terms = markets[id].terms
        let backstop = configuration.liquidation.backstopAccount
        let vault = accounts.contains(backstop) ? accounts[backstop].wallets[assetID(of: id)] : .zero
        let book = markets[id].book
        let depthLots =
            book.restingLots(of: .buy, through: Price(ticks: Swift.max(1, mark.ticks - width)))
            + book.restingLots(of: .sell, through: Price(ticks: mark.ticks + width))
        return MarginFragility(
            nearLiquidation: terms.notional(of: nearLots, at: mark),
            openInterest: terms.notional(of: markets[id].openInterest, at: mark),
            capacity: fundBalance(fundID(for: id)) + Swift.max(.zero, vault),
            depth: terms.notional(of: depthLots, at: mark), band: band)
    }

    /// The margin model of instrument `id` and what it shows now.
    public func marginStatus(_ id: InstrumentID) -> MarginModelStatus {
        let rate = markets[id].instrument.tiers.tiers[0].maintenanceRate
        guard let model = marginModels.first(where: { $0.instrument == id }) else {
            return MarginModelStatus(
                kind: .static, parameters: MarginModelParameters(), maintenanceRate: rate,
                initialRate: rate + rate, pending: nil, floor: rate, ceiling: rate, volatility: nil,
                horizonVolatility: nil, z: nil, addOn: 0, target: rate, bufferedTarget: rate, changes: 0,
                highestMaintenanceRate: rate)
        }
        let target = model.target(addOn: model.addOn)
        return MarginModelStatus(
            kind: model.parameters.kind, parameters: model.parameters, maintenanceRate: model.inForce,
            initialRate: model.inForce + model.inForce, pending: model.pending, floor: model.floor,
            ceiling: model.ceiling, volatility: model.estimator.volatility,
            horizonVolatility: model.horizonVolatility, z: model.z, addOn: model.addOn, target: target,
            bufferedTarget: model.buffered(target), changes: model.changes, highestMaintenanceRate: model.highest)
    }

    /// The risk of `account`'s position in `id` once the announced rise takes effect, at today's mark:
    /// the same arithmetic as `risk(of:in:)` with the tiers the change will set; nil without an
    /// announced rise or a position.
    /// - Complexity: O(the account's positions), as `risk(of:in:)`.
    public func riskAtAnnouncedRate(of account: AccountID, in id: InstrumentID) -> PositionRisk? {
        guard let model = marginModels.first(where: { $0.instrument == id }), let change = model.pending,
            accounts.contains(account), !accounts[account].positions[id].isFlat
        else { return nil }
        return risk(of: account, in: id, tiers: model.baseTiers.scaled(firstRate: change.newRate))
    }

    /// The margin model instrument `id` runs (`static` for options and unknown-model instruments).
    public func marginModel(_ id: InstrumentID) -> MarginModelKind { marginStatus(id).kind }
    /// Tier 1's maintenance rate in force for instrument `id`.
    public func maintenanceRate(_ id: InstrumentID) -> Rate { markets[id].instrument.tiers.tiers[0].maintenanceRate }
    /// A rise of instrument `id`'s requirement announced and not yet in effect, with its effective time.
    public func pendingMarginChange(_ id: InstrumentID) -> MarginRequirementChange? { marginStatus(id).pending }
    /// The last volatility estimate of instrument `id`'s model, per sample interval; `nil` for `static`.
    public func volatilityEstimate(_ id: InstrumentID) -> Double? { marginStatus(id).volatility }
}

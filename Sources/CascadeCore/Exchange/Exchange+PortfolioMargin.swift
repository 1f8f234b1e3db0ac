extension Exchange {
    /// What portfolio margin requires of an account in one settlement asset: per underlying, the
    /// evaluation of its positions, and the initial and maintenance margin summed over underlyings.
    public struct PortfolioRequirement: Sendable {
        /// Each underlying the account holds a position or an order on, in id order, with the
        /// evaluation of its positions alone (the matrix the screen shows, the scenario that binds).
        public var groups: [(underlying: InstrumentID, margin: PortfolioMargin)]
        /// The summed initial margin; with orders, each underlying's is the worst of its positions
        /// alone, with every buy order filled, and with every sell order filled.
        public var initial: Money
        /// The summed maintenance margin of the positions.
        public var maintenance: Money
    }

    /// The cross margin the account's positions in `asset` would need under standard margin, whatever
    /// its model (orders left out): what portfolio margin is compared with.
    public func standardCrossMargin(of account: AccountID, asset: AssetID) -> CrossMargin {
        crossMargin(of: account, asset: asset, orders: false, evaluatingPortfolio: false)
    }

    /// Whether `account` margins its cross positions in `asset` by portfolio. Inlined: see
    /// `hasExpired(_:)`.
    @inline(__always)
    public func isPortfolio(_ account: AccountID, asset: AssetID) -> Bool {
        accounts.contains(account) && accounts[account].crossMarginModels[asset] == .portfolio
    }

    /// The account's portfolio requirement in `asset` under `configuration.portfolioMargin`, whatever
    /// its model (so the screen can show what switching would require).
    ///
    /// Each linear perpetual settled in `asset` is an underlying: its cross position (a perpetual
    /// counts one for one) and every option on it are valued together in every scenario at the
    /// underlying's index, each option at its mark implied volatility with its own time to expiry.
    /// With `orders`, the resting-order worst case is added: each underlying's initial margin is the
    /// largest of its positions alone, with all its buy orders filled, and with all its sell orders
    /// filled (`replacing` swaps in the exposure an order being admitted or amended would leave).
    /// Figures are rounded up to the asset's unit; an evaluation that is not finite (no index yet)
    /// counts the group's positions at the standard margin instead.
    /// - Complexity: one `PortfolioMarginModel.evaluate` per underlying held (three with orders on it):
    ///   about 12 µs for 20 positions on Paradex's 24 scenarios.
    public func portfolioRequirement(of account: AccountID, asset: AssetID, orders: Bool = true)
        -> PortfolioRequirement
    {
        portfolioRequirement(of: account, asset: asset, orders: orders, replacing: nil)
    }

    func portfolioRequirement(
        of account: AccountID, asset: AssetID, orders: Bool, replacing: (InstrumentID, OrderExposure)?
    ) -> PortfolioRequirement {
        var requirement = PortfolioRequirement(groups: [], initial: .zero, maintenance: .zero)
        guard accounts.contains(account) else { return requirement }
        let unit = Double(assets[asset].unitsPerWhole)
        for underlying in perpetualIDs
        where instrumentAssets[underlying] == asset && markets[underlying].instrument.kind == .linear {
            let held = portfolioHoldings(account, on: underlying, orders: orders, replacing: replacing)
            guard !held.isEmpty else { continue }
            guard let spot = spot(of: underlying) else {
                let standard = standardMargin(account, held.map(\.instrument))
                requirement.initial += standard.initial
                requirement.maintenance += standard.maintenance
                continue
            }
            let margin = configuration.portfolioMargin.evaluate(held.map(\.position), spot: spot)
            var initial = margin.initialMargin
            if orders {
                for side in Side.allCases where held.contains(where: { $0.orderLots(side) != 0 }) {
                    let filled = held.map { holding in
                        var position = holding.position
                        position.size += holding.orderLots(side) * holding.coinsPerLot
                        return position
                    }
                    initial = Swift.max(
                        initial, configuration.portfolioMargin.evaluate(filled, spot: spot).initialMargin)
                }
            }
            guard let initialMoney = Money(roundingUp: initial * unit),
                let maintenanceMoney = Money(roundingUp: margin.maintenanceMargin * unit)
            else {
                let standard = standardMargin(account, held.map(\.instrument))
                requirement.initial += standard.initial
                requirement.maintenance += standard.maintenance
                continue
            }
            requirement.groups.append((underlying, margin))
            requirement.initial += initialMoney
            requirement.maintenance += maintenanceMoney
        }
        return requirement
    }

    /// One instrument of a portfolio group: the position as portfolio margin values it, and the
    /// account's open orders in it.
    struct PortfolioHolding {
        var instrument: InstrumentID
        var position: PortfolioPosition
        var coinsPerLot: Double
        var orders: OrderExposure

        /// Signed coins' worth of lots the orders on `side` would add (a sell is negative).
        func orderLots(_ side: Side) -> Double {
            side == .buy ? Double(orders.buyLots) : -Double(orders.sellLots)
        }
    }

    /// The account's cross perpetual on `underlying` and its options on it (held, or with orders
    /// when `orders`), in id order so the floating-point sums never depend on a table's order.
    func portfolioHoldings(
        _ account: AccountID, on underlying: InstrumentID, orders: Bool, replacing: (InstrumentID, OrderExposure)?
    ) -> [PortfolioHolding] {
        func exposure(_ id: InstrumentID) -> OrderExposure {
            guard orders else { return OrderExposure() }
            if let replacing, replacing.0 == id { return replacing.1 }
            return accounts[account].orderExposures[id]
        }
        var held: [PortfolioHolding] = []
        let perpetual = accounts[account].positions[underlying]
        let perpetualLot = markets[underlying].instrument.lotSize.doubleValue
        if perpetual.mode == .cross {
            let orders = exposure(underlying)
            if !perpetual.isFlat || orders != OrderExposure() {
                held.append(
                    PortfolioHolding(
                        instrument: underlying,
                        position: .perpetual(size: Double(perpetual.size) * perpetualLot), coinsPerLot: perpetualLot,
                        orders: orders))
            }
        }
        var options = accounts[account].positions.options.filter { !$0.1.isFlat }.map(\.0)
        if orders {
            accounts[account].orderExposures.forEach { id, exposure in
                if !perpetuals(contains: id), exposure != OrderExposure() { options.append(id) }
            }
            if let replacing, !perpetuals(contains: replacing.0) { options.append(replacing.0) }
            options = Array(Set(options)).sorted()
        }
        for id in options {
            guard let terms = markets[id].instrument.option, terms.underlying == underlying,
                let contract = portfolioContract(id, terms)
            else { continue }
            let lot = markets[id].instrument.lotSize.doubleValue
            let size = Double(accounts[account].positions[id].size) * lot
            held.append(
                PortfolioHolding(
                    instrument: id, position: PortfolioPosition(contract, size: size), coinsPerLot: lot,
                    orders: exposure(id)))
        }
        return held
    }

    /// Whether `id` is a perpetual (perpetuals take the first ids).
    private func perpetuals(contains id: InstrumentID) -> Bool { id.index < perpetualCount }

    /// An option as portfolio margin values it: strike in whole units, days to expiry (at least a
    /// minute, so a series in its last instant still prices), and its mark implied volatility (the
    /// series' initial volatility before the first mark).
    private func portfolioContract(_ id: InstrumentID, _ terms: OptionTerms) -> PortfolioPosition.Contract? {
        guard !hasExpired(id) else { return nil }
        let tick = markets[terms.underlying].instrument.tickSize.doubleValue
        let days = Swift.max(1.0 / 1440, years(until: terms.expiry) * EuropeanOption.daysPerYear)
        let volatility =
            markets[id].optionMark?.volatility
            ?? optionSeries.first { $0.underlying == terms.underlying }?.rules.initialVolatility ?? 0.6
        return .option(terms.right, strike: Double(terms.strike.ticks) * tick, days: days, volatility: volatility)
    }

    /// The underlying's index (else its valuation price) in whole units of its quote: the spot
    /// portfolio margin is evaluated at.
    func spot(of underlying: InstrumentID) -> Double? {
        guard let price = markets[underlying].index?.price ?? markets[underlying].valuationPrice else { return nil }
        return Double(price.ticks) * markets[underlying].instrument.tickSize.doubleValue
    }

    /// The standard margin of the account's cross positions in `instruments`: what a group counts when
    /// it cannot be evaluated (before its underlying's first price).
    private func standardMargin(_ account: AccountID, _ instruments: [InstrumentID]) -> (
        initial: Money, maintenance: Money
    ) {
        var total = (initial: Money.zero, maintenance: Money.zero)
        for id in instruments {
            let position = accounts[account].positions[id]
            guard !position.isFlat, let price = markets[id].valuationPrice,
                let required = standardMargin(of: position, in: id, at: price)
            else { continue }
            total.initial += required.initial
            total.maintenance += required.maintenance
        }
        return total
    }
}

extension PositionRisk {
    /// The arithmetic behind every figure, with the values the engine used, in reading order.
    public var derivations: [Derivation] {
        let instrument = input.instrument
        let asset = instrument.settlementAsset
        func money(_ value: Money) -> String { instrument.format(value) }
        func price(_ value: Price?) -> String { value.map(instrument.format) ?? "none" }
        /// "+ 5.00" or "− 5.00": a term added to what precedes it, its sign folded into the operator.
        func plus(_ value: Money) -> String { value.units < 0 ? "− \(money(value.magnitude))" : "+ \(money(value))" }
        let size = instrument.format(Quantity(lots: abs(input.size)))
        let signedSize = (input.size < 0 ? "-" : "") + size
        let isLinear = instrument.kind == .linear
        let cross = input.mode == .cross
        let wallet = input.effectiveWallet
        var steps: [Derivation] = []
        func add(_ name: String, _ formula: String, _ substituted: String, _ result: String) {
            steps.append(Derivation(name: name, formula: formula, substituted: substituted, result: result))
        }
        let unit = " " + asset.symbol
        add(
            "notional", isLinear ? "|size| × mark" : "|size| × contract ÷ mark",
            "\(size) × \(isLinear ? "" : "1 ÷ ")\(price(input.mark))", money(notional) + unit)
        add(
            "unrealized PnL", isLinear ? "size × mark − entry value" : "entry value − size ÷ mark",
            isLinear
                ? "\(signedSize) × \(price(input.mark)) − \(money(input.costBasis))"
                : "\(money(input.costBasis)) − \(signedSize) ÷ \(price(input.mark))",
            money(unrealizedPnL) + unit)
        add(
            "initial margin", "notional ÷ leverage", "\(money(notional)) ÷ \(input.leverage)",
            money(initialMargin) + unit)
        add(
            "maintenance margin", "notional × MMR − cum",
            "\(money(notional)) × \(tier.maintenanceRate) − \(money(tier.maintenanceAmount))",
            money(maintenanceMargin) + unit)
        add(
            "margin balance", cross ? "wallet + uPnL + other uPnL" : "isolated margin + uPnL",
            cross
                ? "\(money(input.wallet)) \(plus(unrealizedPnL)) \(plus(input.otherUnrealized))"
                : "\(money(input.wallet)) \(plus(unrealizedPnL))",
            money(marginBalance) + unit)
        add(
            "margin ratio", cross ? "(MM + other MM) ÷ margin balance" : "MM ÷ margin balance",
            cross
                ? "(\(money(maintenanceMargin)) + \(money(input.otherMaintenance))) ÷ \(money(marginBalance))"
                : "\(money(maintenanceMargin)) ÷ \(money(marginBalance))",
            marginRatio.map { $0.percent(places: 2) } ?? "no margin left")
        add(
            "available balance", "margin balance − initial margin",
            "\(money(marginBalance)) − \(money(initialMargin))", money(availableBalance) + unit)
        add(
            "ROE", "uPnL ÷ (entry value ÷ leverage)",
            "\(money(unrealizedPnL)) ÷ \(money(entryMargin))", roe.map { $0.percent(places: 2) } ?? "none")
        let walletTerm = cross ? "(wallet − other MM + other uPnL)" : "isolated margin"
        let walletValue =
            cross
            ? "(\(money(input.wallet)) − \(money(input.otherMaintenance)) \(plus(input.otherUnrealized)))"
            : money(wallet)
        let fee = input.closeFeeRate
        let liquidationRate = liquidationTier.maintenanceRate + fee
        if isLinear {
            add(
                "liquidation price", "(entry value − \(walletTerm) − cum) ÷ (size − |size| × (MMR + fee))",
                "(\(money(input.costBasis)) − \(walletValue) − \(money(liquidationTier.maintenanceAmount))) ÷ (\(signedSize) − \(size) × \(liquidationRate))",
                price(liquidationPrice))
            add(
                "bankruptcy price", "(entry value − \(walletTerm)) ÷ (size − |size| × fee)",
                "(\(money(input.costBasis)) − \(walletValue)) ÷ (\(signedSize) − \(size) × \(fee))",
                price(bankruptcyPrice))
        } else {
            add(
                "liquidation price", "(size + |size| × (MMR + fee)) ÷ (\(walletTerm) + entry value + cum)",
                "(\(signedSize) + \(size) × \(liquidationRate)) ÷ (\(walletValue) \(plus(input.costBasis)) + \(money(liquidationTier.maintenanceAmount)))",
                price(liquidationPrice))
            add(
                "bankruptcy price", "(size + |size| × fee) ÷ (\(walletTerm) + entry value)",
                "(\(signedSize) + \(size) × \(fee)) ÷ (\(walletValue) \(plus(input.costBasis)))",
                price(bankruptcyPrice))
        }
        return steps
    }
}

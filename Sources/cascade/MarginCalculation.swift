import ArgumentParser
import CascadeCore

/// Turns the flags of `cascade calc margin` into the engine's `PositionRiskInput`, naming the flag
/// behind any value that cannot be read.
struct MarginCalculation {
    let flags: CalcMarginCommand

    init(_ flags: CalcMarginCommand) { self.flags = flags }

    func input() throws -> PositionRiskInput {
        let kind: ContractKind = flags.contract == .linear ? .linear : .inverse
        let priceDecimals = Swift.max(decimals(flags.entry), flags.mark.map(decimals) ?? 0)
        let sizeDecimals = decimals(flags.size)
        guard
            let asset = Instrument.calculatorAsset(kind: kind, priceDecimals: priceDecimals, sizeDecimals: sizeDecimals)
        else { throw ValidationError("--entry, --mark and --size together have too many decimal places") }
        let feeRate = try flags.feeRate.map { try rate($0, "--fee-rate") } ?? .zero
        let table = try tierTable(kind: kind, asset: asset)
        guard
            let instrument = Instrument.calculator(
                kind: kind, asset: asset, priceDecimals: priceDecimals, sizeDecimals: sizeDecimals, tiers: table,
                feeRate: feeRate)
        else { throw ValidationError("--entry or --size has too many decimal places") }
        let entry = try price(flags.entry, "--entry", instrument)
        let mark = try flags.mark.map { try price($0, "--mark", instrument) } ?? entry
        let lots = try parse("--size", flags.size) { text throws(DecimalParseError) in
            try instrument.quantity(parsing: text)
        }.lots
        let size = flags.side == .long ? lots : -lots
        let costBasis = instrument.value(of: size, at: entry)
        let maxLeverage = table.tier(for: instrument.notional(of: size, at: mark)).maxLeverage
        guard flags.leverage <= maxLeverage else {
            throw ValidationError(
                "--leverage \(flags.leverage) is above the tier's maximum of \(maxLeverage)x at this size")
        }
        if let tier = table.tiers.first, table.tiers.count == 1,
            tier.maintenanceRate.of(instrument.notional(of: size, at: mark), rounding: .down) < tier.maintenanceAmount
        {
            throw ValidationError("--mm-amount is larger than notional × --mmr: maintenance margin would be negative")
        }
        let initialMargin = costBasis.initialMargin(leverage: flags.leverage)
        return PositionRiskInput(
            instrument: instrument, size: size, costBasis: costBasis, mark: mark,
            mode: flags.mode == .isolated ? .isolated : .cross,
            wallet: try flags.wallet.map { try money($0, "--wallet", asset) } ?? initialMargin,
            leverage: flags.leverage,
            otherMaintenance: try flags.otherMm.map { try money($0, "--other-mm", asset) } ?? .zero,
            otherUnrealized: try flags.otherUpnl.map { try money($0, "--other-upnl", asset) } ?? .zero,
            closeFeeRate: feeRate)
    }

    private func tierTable(kind: ContractKind, asset: Asset) throws -> MarginTierTable {
        if let path = flags.tiers {
            do {
                return try MarginTierTable(csv: try StandardStreams.readText(path), asset: asset)
            } catch let error as TierFileError {
                throw ValidationError("--tiers \(path): \(error)")
            } catch let error as InputFileError {
                throw ValidationError("--tiers \(error)")
            }
        }
        if let text = flags.mmr {
            let rate = try rate(text, "--mmr")
            guard rate.units > 0, rate.units <= Rate.one else {
                throw ValidationError("--mmr must be above 0 and at most 1")
            }
            let amount = try flags.mmAmount.map { try money($0, "--mm-amount", asset) } ?? .zero
            guard amount.units >= 0 else { throw ValidationError("--mm-amount must not be negative") }
            return .flat(rate: rate, maintenanceAmount: amount, maxLeverage: .max)
        }
        let reference = kind == .linear ? Instrument.btcPerp : Instrument.btcUsdInverse
        return reference.tiers.converted(from: reference.settlementAsset, to: asset)
    }

    private func decimals(_ text: String) -> Int {
        guard let point = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: point, to: text.endIndex) - 1
    }

    private func parse<Value>(_ flag: String, _ text: String, _ body: (String) throws(DecimalParseError) -> Value)
        throws -> Value
    {
        do {
            return try body(text)
        } catch {
            throw ValidationError("\(flag) '\(text)': \(error)")
        }
    }

    private func price(_ text: String, _ flag: String, _ instrument: Instrument) throws -> Price {
        try parse(flag, text) { text throws(DecimalParseError) in try instrument.price(parsing: text) }
    }

    /// An amount within ±10¹² whole units, so the engine's sums of amounts stay inside Int64.
    private func money(_ text: String, _ flag: String, _ asset: Asset) throws -> Money {
        let amount = try parse(flag, text) { text throws(DecimalParseError) in try asset.money(parsing: text) }
        let limit = Int64.max / 8
        guard amount.units > -limit, amount.units < limit else {
            throw ValidationError("\(flag) '\(text)' is too large")
        }
        return amount
    }

    private func rate(_ text: String, _ flag: String) throws -> Rate {
        try parse(flag, text) { text throws(DecimalParseError) in try Rate(parsing: text) }
    }
}

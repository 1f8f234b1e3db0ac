/// The inputs of `cascade calc margin` as text, the way they were given on the command line.
public struct MarginCalculationFlags: Sendable {
    /// `--side`: `true` for a long, `false` for a short.
    public var long: Bool
    /// `--entry`: entry price as decimal text, e.g. `"60000.5"`; its decimals set the tick grid.
    public var entry: String
    /// `--size`: positive decimal text, base units (linear) or USD contracts (inverse); sets the lot grid.
    public var size: String
    /// `--leverage`: 1 or more, and at most the tier's maximum at this size.
    public var leverage: Int
    /// `--contract inverse`: margin and PnL in the coin, as on BitMEX XBTUSD; linear when `false`.
    public var inverse = false
    /// `--mode cross`: the wallet backs this position with `otherMm` and `otherUpnl`; isolated when `false`.
    public var cross = false
    /// `--wallet`: isolated margin or cross wallet balance; `nil` uses the entry's initial margin.
    public var wallet: String?
    /// `--mark`: the price to value the position at; `nil` uses the entry price.
    public var mark: String?
    /// `--mmr`: one flat maintenance rate instead of tiers; `nil` uses `tiers` or the reference table.
    public var mmr: String?
    /// `--mm-amount`: the cum deducted with `mmr`, which it needs; `nil` is zero.
    public var mmAmount: String?
    /// The text of a `--tiers` CSV file, and the name to call it by.
    public var tiers: (name: String, csv: String)?
    /// `--other-mm`: cross only, maintenance margin of the other cross positions; `nil` is zero.
    public var otherMm: String?
    /// `--other-upnl`: cross only, unrealised PnL of the other cross positions (signed); `nil` is zero.
    public var otherUpnl: String?
    /// `--fee-rate`: closing fee rate counted in the liquidation price, e.g. `"0.05%"`; `nil` is zero.
    public var feeRate: String?

    /// The four required flags; every optional one starts unset (linear, isolated, reference tiers).
    public init(long: Bool, entry: String, size: String, leverage: Int) {
        self.long = long
        self.entry = entry
        self.size = size
        self.leverage = leverage
    }
}

/// A value of `cascade calc margin` that cannot be used, with the flag that gave it.
public struct MarginCalculationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The whole message, naming the flag and the value at fault.
    public var message: String
    /// An error whose `message` is shown as is.
    public init(_ message: String) { self.message = message }
    /// The message, as the CLI prints it after `Error: `.
    public var description: String { message }
}

/// Turns the flags of `cascade calc margin` into the engine's `PositionRiskInput` and its risk
/// figures, naming the flag behind any value that cannot be read, lies outside its range, or gives
/// a figure that does not fit the engine's integers (a clamped figure is never an answer).
///
/// Ranges: prices and sizes above zero; `--leverage` from 1; `--mmr` above 0 and below 100%;
/// `--fee-rate` from 0 below 10%, and with the maintenance rate below 100% (else a short would
/// liquidate below its entry); `--wallet`, `--mm-amount` and `--other-mm` 0 or more; every amount
/// and every position value within ±`PositionRisk.amountLimit` units (about 1.15 × 10¹² USDC at
/// 6 decimals).
public struct MarginCalculation: Sendable {
    /// The flags as given; `risk()` reads and checks them on every call.
    public let flags: MarginCalculationFlags

    /// The largest closing fee rate accepted: 10%, far above any venue's (0.02–0.1%).
    static let feeRateLimit = Rate(units: Rate.one / 10)

    /// Wraps the flags; nothing is parsed or checked until `risk()`.
    public init(_ flags: MarginCalculationFlags) { self.flags = flags }

    /// The position's risk figures, every one of them fitting its integer.
    public func risk() throws(MarginCalculationError) -> PositionRisk {
        let input = try input()
        let risk: PositionRisk
        do {
            risk = try PositionRisk(checking: input)
        } catch {
            throw MarginCalculationError(problem(error, input))
        }
        guard flags.leverage <= risk.tier.maxLeverage else {
            throw MarginCalculationError(
                "--leverage \(flags.leverage) is above the tier's maximum of \(risk.tier.maxLeverage)x at this size")
        }
        if input.instrument.tiers.tiers.count == 1,
            risk.tier.maintenanceRate.of(risk.notional, rounding: .down) < risk.tier.maintenanceAmount
        {
            throw MarginCalculationError(
                "--mm-amount is larger than notional × --mmr: maintenance margin would be negative")
        }
        return risk
    }

    /// The engine's input from the flags, each value read and in its range.
    private func input() throws(MarginCalculationError) -> PositionRiskInput {
        guard flags.leverage >= 1 else {
            throw MarginCalculationError("--leverage must be a whole number of 1 or more, got \(flags.leverage)")
        }
        if !flags.cross && (flags.otherMm != nil || flags.otherUpnl != nil) {
            throw MarginCalculationError(
                "--other-mm and --other-upnl describe other cross positions: use them with --mode cross")
        }
        let kind: ContractKind = flags.inverse ? .inverse : .linear
        let priceDecimals = Swift.max(decimals(flags.entry), flags.mark.map(decimals) ?? 0)
        let sizeDecimals = decimals(flags.size)
        guard
            let asset = Instrument.calculatorAsset(kind: kind, priceDecimals: priceDecimals, sizeDecimals: sizeDecimals)
        else { throw MarginCalculationError("--entry, --mark and --size together have too many decimal places") }
        let feeRate =
            try flags.feeRate.map { text throws(MarginCalculationError) in try rate(text, "--fee-rate") } ?? .zero
        guard feeRate.units >= 0, feeRate < Self.feeRateLimit else {
            throw MarginCalculationError("--fee-rate must be 0 or more and below \(Self.feeRateLimit), got \(feeRate)")
        }
        let table = try tierTable(kind: kind, asset: asset)
        if let highest = table.tiers.map(\.maintenanceRate).max(), (highest + feeRate).units >= Rate.one {
            throw MarginCalculationError(
                "--fee-rate \(feeRate) with a maintenance rate of \(highest) reaches 100%: their sum must stay below it"
            )
        }
        guard
            let instrument = Instrument.calculator(
                kind: kind, asset: asset, priceDecimals: priceDecimals, sizeDecimals: sizeDecimals, tiers: table,
                feeRate: feeRate)
        else { throw MarginCalculationError("--entry or --size has too many decimal places") }
        let entry = try price(flags.entry, "--entry", instrument)
        let mark =
            try flags.mark.map { text throws(MarginCalculationError) in try price(text, "--mark", instrument) } ?? entry
        let lots = try positive("--size", flags.size) { text throws(DecimalParseError) in
            try instrument.quantity(parsing: text).lots
        }
        let size = flags.long ? lots : -lots
        guard let costBasis = instrument.checkedValue(of: size, at: entry), fits(costBasis) else {
            throw MarginCalculationError(
                "--size \(flags.size) at --entry \(flags.entry) is a position worth more than \(limit(asset))")
        }
        return PositionRiskInput(
            instrument: instrument, size: size, costBasis: costBasis, mark: mark,
            mode: flags.cross ? .cross : .isolated,
            wallet: try flags.wallet.map { text throws(MarginCalculationError) in
                try money(text, "--wallet", asset, nonNegative: true)
            } ?? costBasis.initialMargin(leverage: flags.leverage),
            leverage: flags.leverage,
            otherMaintenance: try flags.otherMm.map { text throws(MarginCalculationError) in
                try money(text, "--other-mm", asset, nonNegative: true)
            } ?? .zero,
            otherUnrealized: try flags.otherUpnl.map { text throws(MarginCalculationError) in
                try money(text, "--other-upnl", asset, nonNegative: false)
            } ?? .zero,
            closeFeeRate: feeRate)
    }

    /// What to tell the user when a figure of `input` does not fit, naming the flags behind it.
    private func problem(_ overflow: PositionRiskOverflow, _ input: PositionRiskInput) -> String {
        let asset = input.instrument.settlementAsset
        let rateRange = "beyond \(Rate(units: .max)) and cannot be shown"
        switch overflow {
        case .entryValue:
            return "--size \(flags.size) at --entry \(flags.entry) is a position worth more than \(limit(asset))"
        case .markValue:
            let mark = flags.mark.map { "--mark \($0)" } ?? "--entry \(flags.entry)"
            return "--size \(flags.size) at \(mark) is a position worth more than \(limit(asset))"
        case .amount:
            return "--wallet, --other-mm and --other-upnl must each lie within \(limit(asset))"
        case .marginRatio:
            let flag =
                input.mode == .cross && input.otherMaintenance.units > 0
                ? "--other-mm \(flags.otherMm ?? "")" : "--wallet \(flags.wallet ?? "(the initial margin)")"
            return "\(flag): the margin ratio (maintenance margin ÷ margin balance) is \(rateRange)"
        case .returnOnEquity:
            return
                "--mark \(flags.mark ?? flags.entry) against --entry \(flags.entry): the ROE (PnL ÷ entry margin) is \(rateRange)"
        case .liquidationPrice, .bankruptcyPrice:
            let which = overflow == .liquidationPrice ? "liquidation" : "bankruptcy"
            return
                "the \(which) price lies beyond the largest price this grid can show: check --wallet, --mmr and --fee-rate"
        }
    }

    private func tierTable(kind: ContractKind, asset: Asset) throws(MarginCalculationError) -> MarginTierTable {
        if flags.mmAmount != nil && flags.mmr == nil { throw MarginCalculationError("--mm-amount needs --mmr") }
        if let file = flags.tiers {
            guard flags.mmr == nil else { throw MarginCalculationError("give --mmr or --tiers, not both") }
            do {
                return try MarginTierTable(csv: file.csv, asset: asset)
            } catch {
                throw MarginCalculationError("--tiers \(file.name): \(error)")
            }
        }
        if let text = flags.mmr {
            let rate = try rate(text, "--mmr")
            guard rate.units > 0, rate.units < Rate.one else {
                throw MarginCalculationError("--mmr must be above 0 and below 100%, got \(rate)")
            }
            let amount =
                try flags.mmAmount.map { text throws(MarginCalculationError) in
                    try money(text, "--mm-amount", asset, nonNegative: true)
                } ?? .zero
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
        throws(MarginCalculationError) -> Value
    {
        do {
            return try body(text)
        } catch {
            throw MarginCalculationError("\(flag) '\(text)': \(error)")
        }
    }

    /// A price or size: above zero, and then on the grid and in range.
    private func positive(_ flag: String, _ text: String, _ body: (String) throws(DecimalParseError) -> Int64)
        throws(MarginCalculationError) -> Int64
    {
        if let value = try? DecimalStep(units: 1, scale: 0)!.count(of: text, rounding: .up), value <= 0 {
            throw MarginCalculationError("\(flag) must be above 0, got \(text)")
        }
        return try parse(flag, text, body)
    }

    private func price(_ text: String, _ flag: String, _ instrument: Instrument) throws(MarginCalculationError) -> Price
    {
        Price(
            ticks: try positive(flag, text) { text throws(DecimalParseError) in
                try instrument.price(parsing: text).ticks
            })
    }

    private func fits(_ amount: Money) -> Bool {
        amount.units > -PositionRisk.amountLimit && amount.units < PositionRisk.amountLimit
    }

    private func limit(_ asset: Asset) -> String {
        "\(asset.format(Money(units: PositionRisk.amountLimit), places: 0)) \(asset.symbol)"
    }

    /// An amount within ±`PositionRisk.amountLimit` units, so the engine's sums of amounts stay
    /// inside Int64; with `nonNegative`, 0 or more.
    private func money(_ text: String, _ flag: String, _ asset: Asset, nonNegative: Bool)
        throws(MarginCalculationError) -> Money
    {
        let amount: Money
        do {
            amount = try asset.money(parsing: text)
        } catch .outOfRange {
            throw MarginCalculationError("\(flag) '\(text)' is beyond \(limit(asset))")
        } catch {
            throw MarginCalculationError("\(flag) '\(text)': \(error)")
        }
        guard fits(amount) else { throw MarginCalculationError("\(flag) '\(text)' is beyond \(limit(asset))") }
        if nonNegative && amount.units < 0 { throw MarginCalculationError("\(flag) must be 0 or more, got \(text)") }
        return amount
    }

    private func rate(_ text: String, _ flag: String) throws(MarginCalculationError) -> Rate {
        try parse(flag, text) { text throws(DecimalParseError) in try Rate(parsing: text) }
    }
}

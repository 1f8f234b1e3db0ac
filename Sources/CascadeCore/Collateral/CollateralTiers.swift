/// A collateral value ratio tiered by the quantity held, Bybit's method for its unified trading
/// account: each slice of a holding counts at its own tier's ratio, so a large holding, which is
/// harder to sell in a crash, counts for less per coin (Bybit help centre, "Collateral Value Ratio
/// List (UTA)"). Bands start at zero, follow one another without gaps, and end in an open band;
/// ratios lie in 0...1 and never rise from one band to the next.
public struct CollateralTiers: Sendable, Hashable {
    /// One band of quantity and the share of its value that counts as collateral.
    public struct Tier: Sendable, Hashable {
        /// Where the band starts, in the asset.
        public var from: Money
        /// Where it ends; `nil` for the last band, which has no end.
        public var to: Money?
        /// The share of the band's value that counts.
        public var ratio: Rate

        /// A band from `from` to `to` (open when `nil`) counting at `ratio`.
        public init(from: Money, to: Money?, ratio: Rate) {
            (self.from, self.to, self.ratio) = (from, to, ratio)
        }
    }

    /// Why a list of bands is not a tier table; each names the 1-based tier at fault.
    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        case empty
        case firstStartsAboveZero
        case gap(tier: Int)
        case notAboveStart(tier: Int)
        case openBeforeLast(tier: Int)
        case lastIsClosed(tier: Int)
        case ratioOutOfRange(tier: Int)
        case ratioRises(tier: Int)

        /// The tier at fault (0 for an empty table).
        public var tier: Int {
            switch self {
            case .empty: 0
            case .firstStartsAboveZero: 1
            case .gap(let tier), .notAboveStart(let tier), .openBeforeLast(let tier), .lastIsClosed(let tier),
                .ratioOutOfRange(let tier), .ratioRises(let tier):
                tier
            }
        }

        /// What is wrong, in a user's words.
        public var description: String {
            switch self {
            case .empty: "no tiers given"
            case .firstStartsAboveZero: "the first tier must start at 0"
            case .gap: "it must start where the tier before it ends"
            case .notAboveStart: "its end must be above its start"
            case .openBeforeLast: "only the last tier may be open-ended (N+)"
            case .lastIsClosed: "the last tier must be open-ended, such as 50+:0"
            case .ratioOutOfRange: "its ratio must be from 0 to 1"
            case .ratioRises: "its ratio is above the tier before it's: ratios may only fall as the holding grows"
            }
        }
    }

    /// The bands, lowest first.
    public let tiers: [Tier]

    /// The table, or the first problem found reading its bands in order.
    public init(_ tiers: [Tier]) throws(Problem) {
        guard let first = tiers.first else { throw .empty }
        guard first.from == .zero else { throw .firstStartsAboveZero }
        for (offset, tier) in tiers.enumerated() {
            let number = offset + 1
            if offset > 0 { guard tiers[offset - 1].to == tier.from else { throw .gap(tier: number) } }
            guard (0...Rate.one).contains(tier.ratio.units) else { throw .ratioOutOfRange(tier: number) }
            if offset > 0 { guard tier.ratio <= tiers[offset - 1].ratio else { throw .ratioRises(tier: number) } }
            if let end = tier.to {
                guard end > tier.from else { throw .notAboveStart(tier: number) }
                guard offset < tiers.count - 1 else { throw .lastIsClosed(tier: number) }
            } else if offset < tiers.count - 1 {
                throw .openBeforeLast(tier: number)
            }
        }
        self.tiers = tiers
    }

    /// What `amount` of an asset worth `price` (settlement units per whole unit of `asset`) counts
    /// for, slice by slice; `nil` when a figure leaves Int64 (more than 9.2 trillion USDC). Every
    /// slice's value is rounded down, the side that never overstates the collateral, and the total is
    /// their sum, so a printed breakdown adds up to the unit.
    /// - Complexity: O(tiers the amount reaches).
    public func value(of amount: Money, in asset: Asset, at price: Money) -> CollateralValuation? {
        guard amount.units >= 0, price.units >= 0 else { return nil }
        let perWhole = Int128(asset.unitsPerWhole)
        guard
            let market = Int128(amount.units).multiplied(by: Int128(price.units), dividedBy: perWhole, rounding: .down),
            let marketValue = Int64(exactly: market)
        else { return nil }
        var parts: [CollateralValuation.Part] = []
        var total: Int64 = 0
        for tier in tiers where tier.from < amount {
            let held = Swift.min(amount, tier.to ?? amount) - tier.from
            guard
                let wide = (Int128(held.units) * Int128(price.units)).multiplied(
                    by: Int128(tier.ratio.units), dividedBy: perWhole * Int128(Rate.one), rounding: .down),
                let value = Int64(exactly: wide)
            else { return nil }
            parts.append(CollateralValuation.Part(tier: tier, amount: held, value: Money(units: value)))
            total += value
        }
        return CollateralValuation(parts: parts, value: Money(units: total), marketValue: Money(units: marketValue))
    }
}

/// What a holding counts for as collateral: slice by slice, and in total.
public struct CollateralValuation: Sendable, Hashable {
    /// The slice of the holding inside one tier and the value it contributes.
    public struct Part: Sendable, Hashable {
        /// The tier.
        public var tier: CollateralTiers.Tier
        /// How much of the holding lies in it, in the asset.
        public var amount: Money
        /// amount × price × the tier's ratio, rounded down, in the price's units.
        public var value: Money
    }

    /// The tiers the holding reaches, lowest first.
    public var parts: [Part]
    /// The collateral value: the parts' values summed.
    public var value: Money
    /// amount × price, rounded down: the holding's value before any ratio.
    public var marketValue: Money

    /// value ÷ market value, rounded down; `nil` for a holding worth nothing.
    public var effectiveRatio: Rate? {
        marketValue.units > 0 ? Rate.ratio(value, marketValue, rounding: .down) : nil
    }
}

/// Why a tier table was refused.
public enum MarginTierTableError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    /// Tier `index` (from 1) does not start where the one before it ends, or is empty.
    case notContiguous(tier: Int)
    /// Tier `index` lowers the maintenance rate or raises the maximum leverage.
    case notMonotonic(tier: Int)
    /// Tier `index` has a maintenance amount other than the one the recurrence gives.
    case wrongMaintenanceAmount(tier: Int, expected: Money)
    /// Tier `index` has a rate outside (0, 100%] or a leverage below 1.
    case invalidParameter(tier: Int)

    /// The reason in words, tiers numbered from 1, for tier-file and calculator messages.
    public var description: String {
        switch self {
        case .empty: "the table has no tiers"
        case .notContiguous(let tier): "tier \(tier) does not start where tier \(tier - 1) ends, or is empty"
        case .notMonotonic(let tier): "tier \(tier) lowers the maintenance rate or raises the maximum leverage"
        case .wrongMaintenanceAmount(let tier, let expected):
            "tier \(tier) has the wrong maintenance amount (the recurrence gives \(expected.units) units)"
        case .invalidParameter(let tier): "tier \(tier) has a rate outside (0, 100%] or a leverage below 1"
        }
    }
}

/// A validated maintenance-margin table, first tier first.
///
/// Tiers are contiguous, rates rise and leverage falls from tier to tier, and every maintenance
/// amount obeys the cumulative recurrence, so maintenance margin is a continuous function of notional.
public struct MarginTierTable: Sendable, Hashable {
    /// The tiers, lowest notional first: the first starts at zero, each next one where the last ends.
    public let tiers: [MarginTier]

    /// Checks a complete table as published (with its maintenance amounts).
    public init(tiers: [MarginTier]) throws(MarginTierTableError) {
        guard let first = tiers.first else { throw .empty }
        guard first.floor == .zero else { throw .notContiguous(tier: 1) }
        for (index, tier) in tiers.enumerated() {
            let number = index + 1
            guard tier.maintenanceRate.units > 0, tier.maintenanceRate.units <= Rate.one, tier.maxLeverage >= 1 else {
                throw .invalidParameter(tier: number)
            }
            guard tier.cap > tier.floor else { throw .notContiguous(tier: number) }
            let expected: Money
            if index == 0 {
                expected = .zero
            } else {
                let previous = tiers[index - 1]
                guard previous.cap == tier.floor else { throw .notContiguous(tier: number) }
                guard tier.maintenanceRate >= previous.maintenanceRate, tier.maxLeverage <= previous.maxLeverage else {
                    throw .notMonotonic(tier: number)
                }
                expected =
                    previous.maintenanceAmount
                    + (tier.maintenanceRate - previous.maintenanceRate)
                    .of(tier.floor, rounding: .up)
            }
            guard tier.maintenanceAmount == expected else {
                throw .wrongMaintenanceAmount(tier: number, expected: expected)
            }
        }
        self.tiers = tiers
    }

    /// Builds a table from brackets `(floor, cap, maintenance rate, max leverage)`, deriving each
    /// maintenance amount by the recurrence.
    public init(brackets: [(floor: Money, cap: Money, rate: Rate, maxLeverage: Int)]) throws(MarginTierTableError) {
        var tiers: [MarginTier] = []
        for bracket in brackets {
            let amount: Money =
                tiers.last.map { previous in
                    previous.maintenanceAmount
                        + (bracket.rate - previous.maintenanceRate).of(bracket.floor, rounding: .up)
                } ?? .zero
            tiers.append(
                MarginTier(
                    floor: bracket.floor, cap: bracket.cap, maintenanceRate: bracket.rate,
                    maxLeverage: bracket.maxLeverage, maintenanceAmount: amount))
        }
        try self.init(tiers: tiers)
    }

    /// A one-tier table: a flat maintenance rate (and amount) at any size.
    public static func flat(rate: Rate, maintenanceAmount: Money = .zero, maxLeverage: Int) -> MarginTierTable {
        MarginTierTable(
            unchecked: [
                MarginTier(
                    floor: .zero, cap: Money(units: .max), maintenanceRate: rate, maxLeverage: maxLeverage,
                    maintenanceAmount: maintenanceAmount)
            ])
    }

    /// A table already known to be valid.
    init(unchecked tiers: [MarginTier]) { self.tiers = tiers }

    /// The largest notional a position may reach: the last tier's cap.
    var positionLimit: Money { tiers[tiers.count - 1].cap }

    /// The tier a position of `notional` falls in; beyond the last cap, the last tier.
    public func tier(for notional: Money) -> MarginTier {
        let magnitude = notional.magnitude
        return tiers.first { magnitude < $0.cap } ?? tiers[tiers.count - 1]
    }
}

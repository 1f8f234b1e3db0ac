/// Why the exchange refused a command before it reached a book. Nothing changed.
public enum ExchangeRejection: Sendable, Hashable, CustomStringConvertible {
    case unknownInstrument
    /// No wallet for this asset: no listed instrument settles in it.
    case unknownAsset
    /// Cancel or amend of an id that is not an open order.
    case unknownOrder
    /// Account ids are dense small numbers; this one is beyond the exchange's capacity.
    case unknownAccount
    case invalidAmount
    /// The order (or change) needs more initial margin than the account has free.
    case insufficientMargin(required: Money, available: Money)
    /// Withdrawals and margin moves may take only free margin.
    case insufficientFreeMargin(available: Money)
    case leverageAboveTierMaximum(maximum: Int)
    /// The position the order could leave is larger than the instrument's last tier allows.
    case positionLimitExceeded
    case invalidLeverage
    case reduceOnlyWouldIncrease
    case priceOutsideBand(low: Price, high: Price)
    /// The order belongs to another account.
    case notOwner
    case positionOrOrdersOpen
    case noIsolatedPosition
    /// A market order asked to rest (good-till-cancelled or post-only without a limit price); the
    /// book refuses the same terms with `RejectReason.marketOrderCannotRest`.
    case marketOrderCannotRest
    /// The option has expired and settled.
    case expired
    /// Options are cross-margined by their standard margin: no leverage, no isolated margin.
    case notForOptions
    /// Portfolio margin values linear contracts only; this asset settles an inverse one.
    case notForPortfolio

    /// A short reason for messages and logs; amounts in minor units, prices in ticks.
    public var description: String {
        switch self {
        case .unknownInstrument: "unknown instrument"
        case .unknownAsset: "no instrument settles in this asset"
        case .unknownOrder: "no open order with this id"
        case .unknownAccount: "unknown account"
        case .invalidAmount: "amount must be positive"
        case .insufficientMargin(let required, let available):
            "insufficient margin: needs \(required.units), has \(available.units) free (minor units)"
        case .insufficientFreeMargin(let available): "only \(available.units) minor units are free"
        case .leverageAboveTierMaximum(let maximum): "leverage above the tier maximum of \(maximum)x"
        case .positionLimitExceeded: "position would exceed the instrument's largest tier"
        case .invalidLeverage: "leverage must be at least 1"
        case .reduceOnlyWouldIncrease: "reduce-only order would increase the position"
        case .priceOutsideBand(let low, let high): "limit price outside the band \(low.ticks)…\(high.ticks) ticks"
        case .notOwner: "the order belongs to another account"
        case .positionOrOrdersOpen: "close the position and cancel its orders first"
        case .noIsolatedPosition: "no isolated position to adjust"
        case .marketOrderCannotRest: "a market order cannot rest in the book"
        case .expired: "the option has expired"
        case .notForOptions: "options are cross-margined without leverage"
        case .notForPortfolio: "portfolio margin covers linear perpetuals and options only"
        }
    }
}

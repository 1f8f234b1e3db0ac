/// The parameters of one collateral type's liquidation auctions: Maker's Liquidation 2.0 (`Dog`
/// and `Clipper`, makerdao/dss `dog.sol` and `clip.sol`). Amounts are in the debt asset.
///
/// Defaults are Maker's ETH-A values (spells-mainnet `config.sol`): start 20% above the oracle, 1%
/// cut every 90 s, reset after 140 min or below 40% of the start, a 13% penalty, keeper incentive
/// 300 + 0.1% of the tab, dust 15,000.
public struct AuctionRules: Sendable, Hashable {
    /// Start price ÷ oracle price (`buf`), at least 1.
    public var buf = Rate(units: 120_000_000)
    /// How the price falls (`calc`).
    public var curve = AuctionCurve.stairstep(cut: Rate(units: 99_000_000), step: 90)
    /// Seconds after which the auction needs a reset (`tail`).
    public var tail: Int64 = 140 * 60
    /// Price ÷ start price below which it needs a reset (`cusp`).
    public var cusp = Rate(units: 40_000_000)
    /// The keeper's proportional incentive, a fraction of the tab (`chip`).
    public var chip = Rate(units: 100_000)
    /// The keeper's flat incentive (`tip`).
    public var tip: Money
    /// Debt × `chop` is what the auction must raise: the liquidation penalty (`chop`, 1.13 = 13%).
    public var chop = Rate(units: 113_000_000)
    /// The smallest debt a vault may keep, and the smallest partial liquidation (`dust`).
    public var dust: Money
    /// The most tab this collateral type may have in auctions at once (`ilk.hole`).
    public var hole: Money

    /// Maker's ETH-A parameters with amounts given in the debt asset's minor units.
    public init(tip: Money, dust: Money, hole: Money) {
        self.tip = tip
        self.dust = dust
        self.hole = hole
    }

    /// `dust × chop` (`chost`): a partial take must leave at least this much tab.
    public var chost: Money { chop.scaled(dust) ?? Money(units: .max) }
}

extension Rate {
    /// `money × self` rounded by `rule` (up by default: a penalty is never short), for factors above 1
    /// (penalties, `buf`) that `of` does not take; `nil` when the product leaves Int64.
    func scaled(_ money: Money, rounding rule: RoundingRule = .up) -> Money? {
        Money(Int128(money.units) * Int128(units), over: Int128(Rate.one), rounding: rule)
    }
}

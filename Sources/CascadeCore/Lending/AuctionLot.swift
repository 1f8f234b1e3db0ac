/// Collateral for sale in a Dutch auction and what it must raise: the arithmetic of Maker's
/// `Clipper` (makerdao/dss `clip.sol`: `kick`, `status`, `redo`, `take`) without the bookkeeping of
/// who owns what, so `cascade calc auction` and the lending market share it.
///
/// Prices are rays of debt-asset minor units per collateral minor unit (1,800 USDC per ETH is 1.8:
/// 1,800 × 10⁶ µUSDC over 10⁹ gwei), so a slice times a price is an amount owed without conversion.
public struct AuctionLot: Sendable, Hashable {
    /// Collateral left for sale, in its minor units (`lot`).
    public var lot: Money
    /// Debt-asset amount still to raise, penalty included (`tab`).
    public var tab: Money
    /// The start price of the current round (`top`).
    public var top: Ray
    /// When the current round started (`tic`): the kick, or the last reset.
    public var start: SimTime

    /// A lot as `kick` starts it: `top = feed × buf` (rounded down, as `rmul`).
    public init?(lot: Money, tab: Money, feed: Ray, rules: AuctionRules, at now: SimTime) {
        guard lot.units > 0, tab.units > 0, let top = feed.times(Ray(rules.buf)) else { return nil }
        self.lot = lot
        self.tab = tab
        self.top = top
        self.start = now
    }

    /// Whole seconds since the round started (`dur`).
    public func elapsedSeconds(at now: SimTime) -> Int64 { Swift.max(0, now - start) / SimTime.second }

    /// The price now: `top` times the curve's factor, rounded down (`rmul`).
    public func price(at now: SimTime, rules: AuctionRules) -> Ray {
        let factor = rules.curve.factor(afterSeconds: elapsedSeconds(at: now)) ?? .zero
        return top.times(factor) ?? .zero
    }

    /// Whether the round has run too long (`tail`) or the price has fallen below `cusp × top`, or to
    /// zero: no one may take until someone resets it.
    public func needsReset(at now: SimTime, rules: AuctionRules) -> Bool {
        let price = price(at: now, rules: rules)
        guard price.units > 0, let fraction = Ray(price.units, over: top.units, rounding: .down) else { return true }
        return elapsedSeconds(at: now) > rules.tail || fraction < Ray(rules.cusp)
    }

    /// The keeper's incentive for starting or resetting this lot: `tip + chip × tab` (rounded down).
    public func incentive(rules: AuctionRules) -> Money {
        rules.tip + rules.chip.of(tab, rounding: .down)
    }

    /// Starts a new round at `feed × buf` (`redo`); `false` when the lot does not need a reset.
    public mutating func reset(feed: Ray, rules: AuctionRules, at now: SimTime) -> Bool {
        guard needsReset(at: now, rules: rules), let top = feed.times(Ray(rules.buf)), top.units > 0 else {
            return false
        }
        self.top = top
        start = now
        return true
    }

    /// Sells up to `amount` of collateral at the current price if it is at most `maxPrice` (`take`).
    ///
    /// Maker's rules: the bidder pays `slice × price` (rounded up, so no sale is below the curve);
    /// if that exceeds the tab, the bidder pays the tab and gets `tab ÷ price` (rounded down); a
    /// partial take may not leave less than `chost` of tab (it is cut back to leave exactly that, and
    /// a tab already at or below `chost` must be taken whole).
    public mutating func take(
        _ amount: Money, maxPrice: Ray, at now: SimTime, rules: AuctionRules
    ) -> Result<AuctionTake, LendingRejection> {
        guard amount.units > 0 else { return .failure(.invalidAmount) }
        guard !needsReset(at: now, rules: rules) else { return .failure(.auctionNeedsReset) }
        let price = price(at: now, rules: rules)
        guard maxPrice >= price else { return .failure(.priceAboveLimit(price: price)) }
        var slice = Swift.min(lot, amount)
        guard var owe = price.of(Int128(slice.units), rounding: .up).flatMap({ Money($0, rounding: .exact) }) else {
            return .failure(.invalidAmount)
        }
        if owe > tab {
            owe = tab
            slice = Self.slice(paying: owe, at: price)
        } else if owe < tab && slice < lot && tab - owe < rules.chost {
            guard tab > rules.chost else { return .failure(.mustTakeWholeLot) }
            owe = tab - rules.chost
            slice = Self.slice(paying: owe, at: price)
        }
        guard slice.units > 0 else { return .failure(.takeTooSmall) }
        tab -= owe
        lot -= slice
        return .success(AuctionTake(slice: slice, owe: owe, price: price))
    }

    /// Collateral that `owe` buys at `price`, rounded down (the bidder never gets more than paid for).
    public static func slice(paying owe: Money, at price: Ray) -> Money {
        let units = Int128(owe.units).multiplied(by: Ray.scale, dividedBy: price.units, rounding: .down) ?? 0
        return Money(units: Int64(exactly: units) ?? 0)
    }
}

/// What one `take` bought: collateral, what it cost, at which price.
public struct AuctionTake: Sendable, Hashable {
    /// Collateral bought, in its minor units.
    public var slice: Money
    /// Debt-asset amount paid.
    public var owe: Money
    /// The auction price it was bought at (minor units per minor unit).
    public var price: Ray
}

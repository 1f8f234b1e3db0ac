/// The funding formula shared by BitMEX, Binance, Bybit and Hyperliquid
/// (shared/reference/exchange-mechanics.md §2):
/// premium P = [max(0, impact bid − index) − max(0, index − impact ask)] ÷ index;
/// rate F = avg(P) + clamp(I − avg(P), −0.05%, +0.05%), then capped at ±cap.
enum FundingRate {
    /// Interest per funding interval: 0.01% per 8 hours.
    static let interest = Rate(units: 10_000)
    /// The clamp around the interest rate.
    static let clamp = Rate(units: 50_000)

    /// One premium sample; `nil` when the book cannot fill the impact notional on both sides.
    static func premium(impactBid: Price?, impactAsk: Price?, index: Price) -> Rate? {
        guard let bid = impactBid, let ask = impactAsk, index.ticks > 0 else { return nil }
        let above = Swift.max(0, bid.ticks - index.ticks)
        let below = Swift.max(0, index.ticks - ask.ticks)
        let quotient = (Int128(above - below) * Int128(Rate.one)).divided(
            by: Int128(index.ticks), rounding: .towardZero)!
        return Rate(units: Int64(clamping: quotient))
    }

    /// The rate for one interval from the average premium, with the interest clamp and the cap.
    static func rate(averagePremium: Rate, interest: Rate = interest, cap: Rate) -> Rate {
        let nudge = Swift.min(Swift.max(interest - averagePremium, Rate(units: -clamp.units)), clamp)
        let raw = averagePremium + nudge
        return Swift.min(Swift.max(raw, Rate(units: -cap.units)), cap)
    }
}

import TerminalKit

/// The glossary overlay (`G`): the terms the explain panel, the replays and the lessons use, in
/// plain words, with the formula where there is one.
enum GlossaryView {
    struct Term: Sendable {
        var name: String
        var definition: String
    }

    static let terms: [Term] =
        [
            Term(
                name: "mark price",
                definition: "The fair price the engine values positions at: the index plus a smoothed premium of the "
                    + "book over it, so one wild trade cannot liquidate anyone."),
            Term(
                name: "index price",
                definition: "The weighted median of the spot venues' prices; stale or offline venues drop out."),
            Term(name: "size", definition: "The position in contracts; positive long, negative short."),
            Term(
                name: "entry value",
                definition: "What the position cost: the sum of size × price over the fills that opened it."),
            Term(
                name: "notional",
                definition: "What the position is worth now: |size| × mark (inverse contracts: ÷ mark)."),
            Term(
                name: "leverage",
                definition: "Notional ÷ the margin you put up. Higher leverage needs less margin and leaves less room "
                    + "before liquidation."),
            Term(
                name: "initial margin",
                definition: "The margin an order or position needs to open: notional ÷ leverage."),
            Term(
                name: "maintenance margin",
                definition: "The least margin a position may keep: notional × MMR − cum. Reach it and the engine "
                    + "liquidates."),
            Term(
                name: "tier",
                definition: "Bigger positions sit in higher tiers, each with a lower maximum leverage and a higher MMR."
            ),
            Term(name: "MMR", definition: "Maintenance margin rate of the tier the notional falls in."),
            Term(
                name: "cum",
                definition:
                    "The tier's cumulative maintenance amount: subtracting it makes maintenance margin continuous "
                    + "where tiers meet."),
            Term(name: "wallet", definition: "Deposits plus realised PnL, minus fees and funding paid."),
            Term(
                name: "equity",
                definition: "The account's worth at the mark: wallet + the uPnL of its cross positions (plus isolated "
                    + "margins in the account panel)."),
            Term(
                name: "unrealized PnL",
                definition: "What closing at the mark would gain or lose: size × mark − entry value (longs gain as the "
                    + "price rises)."),
            Term(
                name: "margin balance",
                definition:
                    "Equity backing the position: cross, the wallet plus every cross position's uPnL; isolated, "
                    + "the margin set aside for it plus its uPnL."),
            Term(
                name: "margin ratio",
                definition: "Maintenance margin ÷ margin balance. At 100% the account is liquidated; the gauge shows "
                    + "how close you are."),
            Term(
                name: "available balance",
                definition: "Margin balance − initial margin in use (positions and open orders): what new orders can "
                    + "use. The account panel calls it available."),
            Term(name: "ROE", definition: "Return on the margin: uPnL ÷ (entry value ÷ leverage)."),
            Term(
                name: "cross margin",
                definition: "Every cross position shares the whole wallet: gains in one support another, and a "
                    + "liquidation can take everything."),
            Term(
                name: "isolated margin",
                definition: "A position with its own margin: it can lose no more than that, and you can add to it "
                    + "(:margin +200) to move its liquidation price away."),
            Term(
                name: "liquidation price",
                definition: "The mark at which margin balance falls to maintenance margin. No closing fee enters: "
                    + "the engine liquidates exactly there, and the explain panel shows it with fee = 0%."),
            Term(
                name: "bankruptcy price",
                definition: "The price at which the position's margin is exactly used up; the engine closes no worse "
                    + "than a slippage tolerance beyond it."),
            Term(
                name: "slippage tolerance",
                definition:
                    "How far past bankruptcy a liquidation order may fill (1%); what the book cannot fill within "
                    + "it goes to the backstop vault."),
            Term(
                name: "partial liquidation",
                definition: "Large positions are closed 20% at a time with a cooldown, so they hit the book less hard."),
            Term(
                name: "funding",
                definition:
                    "Payments between longs and shorts that pull the perpetual toward the index: when the rate is "
                    + "positive longs pay shorts notional × rate, every 8 h (hourly, pro rata, in some scenarios)."),
            Term(
                name: "insurance fund",
                definition: "Gets what is left of a liquidated account's margin; pays when a liquidation closes worse "
                    + "than bankruptcy."),
            Term(
                name: "backstop vault",
                definition: "An account with its own capital that takes over positions the book cannot absorb, at the "
                    + "bankruptcy price (like Hyperliquid's HLP)."),
            Term(
                name: "ADL",
                definition:
                    "Auto-deleveraging: when the fund and the vault cannot take a loss, the most profitable, most "
                    + "leveraged positions on the other side are closed at the bankruptcy price (never beyond their own)."
            ),
            Term(
                name: "ADL level",
                definition: "Your place in the ADL queue as five lights: 5 means the top fifth, first in line."),
            Term(name: "bad debt", definition: "A loss nobody could cover; recorded, never hidden. Normally zero."),
            Term(name: "open interest", definition: "The total size of open long positions (equal to the shorts)."),
            Term(
                name: "liquidation heatmap",
                definition:
                    "Notional of open positions by liquidation price over time: where a move would force selling "
                    + "(longs) or buying (shorts). `h` switches to an estimate from public data only."),
            Term(
                name: "reduce-only", definition: "An order that may only shrink a position, never open or flip one."),
        ] + optionTerms

    /// The options vocabulary the Options workspace, its explain panel and the options lesson use.
    static let optionTerms: [Term] = [
        Term(
            name: "call",
            definition: "The right, not the duty, to buy the underlying at the strike: pays max(S − K, 0) at expiry."),
        Term(
            name: "put",
            definition: "The right to sell the underlying at the strike: pays max(K − S, 0) at expiry."),
        Term(
            name: "strike", definition: "K, the price a call buys or a put sells at; listed on a grid around the index."
        ),
        Term(
            name: "expiry",
            definition: "When an option settles (08:00 UTC): dailies, Friday weeklies and last-Friday monthlies. "
                + "Names carry it: BTC-11DEC26-65000-C."),
        Term(
            name: "implied volatility",
            definition: "The volatility σ at which Black-76 gives a quoted price; the mark IV is read off the fitted "
                + "smile. Higher IV, dearer options."),
        Term(
            name: "smile",
            definition: "Implied volatility against strike for one expiry; the exchange fits a raw SVI curve to the "
                + "out-of-the-money mids each second. Crypto puts usually sit higher (skew)."),
        Term(
            name: "delta",
            definition: "Δ: how much the option's value moves per 1 USD of the index; a call's is N(d1), between 0 "
                + "and 1, about 0.5 at the money. In coins, the perpetual position that moves alike."),
        Term(
            name: "gamma",
            definition: "Γ = φ(d1) ÷ (F σ √T): how fast delta changes with the index; largest at the money near expiry."
        ),
        Term(
            name: "vega",
            definition: "How much the value moves per volatility point (0.01 of σ): F φ(d1) √T ÷ 100."),
        Term(
            name: "theta",
            definition: "The value lost per day with everything else fixed: −F φ(d1) σ ÷ (2√T) ÷ 365. A long "
                + "option pays it; it grows as expiry nears."),
        Term(
            name: "standard option margin",
            definition: "Deribit's rule: a long option needs only its premium, paid up front, and is never "
                + "liquidated for itself; a short call holds max(0.15·S − OTM, 0.10·S) + mark, maintenance "
                + "0.075·S + mark (puts alike)."),
        Term(
            name: "settlement",
            definition: "At expiry every open option pays its intrinsic value against the index averaged over the "
                + "last 30 minutes, in USDC, through the ledger; the option then closes."),
    ]

    static func lines() -> [OverlayPage.Line] {
        terms.map { term in ("\(term.name): \(term.definition)", Style(.text)) }
    }

    static func draw(offset: Int, _ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        OverlayPage.draw(
            lines(), title: "Glossary (↑↓ scroll, Esc closes)", offset: offset, in: bounds, glyphs: context.glyphs,
            canvas: &canvas)
    }
}

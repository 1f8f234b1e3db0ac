import CascadeCore
import CascadeSim

/// The lessons that ship, in teaching order. Each runs on a built-in scenario (narrowed to one
/// market, and for some lessons with a funding schedule or reserves changed to make the point),
/// always from the same seed, so every learner sees the same market.
public enum LessonLibrary {
    /// The random seed every lesson's world starts from, so the market moves alike for every learner.
    public static let seed: UInt64 = 7

    /// Every shipped lesson in teaching order: the picker's list.
    public static let all: [Lesson] = [
        leverage, isolatedAndCross, addingMargin, funding, cascade, deleveraging, insuranceFund, adaptiveMargin,
        optionsBasics,
        portfolioMargin, lendingAuction,
    ]

    /// The lessons' names in teaching order, for messages that list them.
    public static var names: [String] { all.map(\.name) }

    /// The lesson `cascade lesson NAME` and `:lesson NAME` ask for; nil for an unknown name.
    public static func named(_ name: String) -> Lesson? { all.first { $0.name == name } }

    /// A built-in scenario trading only its first market.
    static func market(_ name: String, change: (inout Scenario) -> Void = { _ in }) -> Scenario {
        // The built-in scenarios are parsed by the tests; a failure here is a packaging error.
        var scenario = try! ScenarioLibrary.named(name)
        scenario.markets = [scenario.markets[0]]
        scenario.markets[0].share = 1
        // Options only on the market kept (the exchange refuses options on an unlisted underlying).
        scenario.options?.markets.removeAll { $0 != scenario.markets[0].symbol }
        change(&scenario)
        return scenario
    }

    static let openLong =
        "Press b for a buy ticket, type a size (0.5), Tab to Leverage and pick 20x with →; the preview shows "
        + "the liquidation price before you commit. Enter places the order."

    static let leverage = Lesson(
        name: "leverage", title: "Leverage and the liquidation price",
        summary: "Open a leveraged long, read its liquidation price, and move the mark until it is liquidated",
        scenario: market("calm"),
        steps: [
            .read(
                "Leverage lets a little margin hold a large position: at 20x, 1,600 USDC holds 0.5 BTC (32,000), and "
                    + "a move of under 5% against it uses that margin up. Enter to go on.", panel: .account),
            LessonStep(
                "Press m for isolated margin: the position gets only its own margin, so the leverage alone decides "
                    + "how far the price may move.", panel: .account, goal: .marginMode(.isolated)),
            LessonStep(openLong, panel: .positions, goal: .position(side: .buy, mode: .isolated, minimumLeverage: 10)),
            .read(
                "The Positions panel shows your entry, the mark, PnL and Liq. price; the Account gauge shows the "
                    + "margin ratio (100% = liquidation). Higher leverage puts Liq. closer to the entry. Enter.",
                panel: .positions),
            LessonStep(
                "Press e to see the engine's own arithmetic: initial margin = notional ÷ leverage, maintenance = "
                    + "notional × MMR − cum, and the liquidation price that follows.", panel: .positions,
                goal: .overlay(.explain)),
            LessonStep(
                "Esc, then w: move the hypothetical mark down with ← (PgDn: 5% a step) until the verdict says "
                    + "liquidated. That distance is all the room 20x leaves.", panel: .positions,
                goal: .whatIfLiquidates),
            LessonStep("Esc, then x closes the position at market.", panel: .positions, goal: .flat),
        ])

    static let isolatedAndCross = Lesson(
        name: "isolated-vs-cross", title: "Isolated versus cross margin",
        summary: "The same long in both modes: whose money backs it, and where it is liquidated",
        scenario: market("calm"),
        steps: [
            .read(
                "Cross margin backs every position with the whole wallet; isolated margin gives a position its own "
                    + "margin and nothing more. Same trade, two liquidation prices. Enter.", panel: .account),
            LessonStep(
                "Press m to switch BTC-PERP to isolated margin (possible only while flat).", panel: .account,
                goal: .marginMode(.isolated)),
            LessonStep(openLong, panel: .positions, goal: .position(side: .buy, mode: .isolated, minimumLeverage: 10)),
            LessonStep(
                "Press e: margin balance = isolated margin + uPnL. Only notional ÷ leverage stands between the entry "
                    + "and liquidation: note the liquidation price.", panel: .positions, goal: .overlay(.explain)),
            LessonStep("Esc, then x to close it.", panel: .positions, goal: .flat),
            LessonStep("Press m to switch back to cross margin.", panel: .account, goal: .marginMode(.cross)),
            LessonStep(
                "Open the same long again (b, 0.5, 20x, Enter).", panel: .positions,
                goal: .position(side: .buy, mode: .cross, minimumLeverage: 10)),
            LessonStep(
                "Press e: now margin balance = wallet + uPnL, and the liquidation price lies much further away. The "
                    + "price of that room: a liquidation can take the whole wallet.", panel: .positions,
                goal: .overlay(.explain)),
            LessonStep("Esc, then x to close it.", panel: .positions, goal: .flat),
        ])

    static let addingMargin = Lesson(
        name: "adding-margin", title: "Adding margin to a position",
        summary: "Move money into an isolated position and watch its liquidation price retreat",
        scenario: market("calm"),
        steps: [
            .read(
                "An isolated position can only lose its own margin, but you can add to that margin at any time: "
                    + "the position then survives a bigger move. Enter.", panel: .positions),
            LessonStep("Press m for isolated margin.", panel: .account, goal: .marginMode(.isolated)),
            LessonStep(
                "Open a long at 25x (b, size 0.5, Tab to Leverage, → to 25x, Enter).", panel: .positions,
                goal: .position(side: .buy, mode: .isolated, minimumLeverage: 20)),
            LessonStep(
                "Note its Liq. price. Now type :margin +500 and Enter: 500 USDC move from the wallet into the "
                    + "position.", panel: .positions, goal: .logged(.margin, userOnly: true, count: 1)),
            .read(
                "The liquidation price moved away from the mark: equity must now fall 500 more before it reaches "
                    + "maintenance, and the position's effective leverage fell. Enter.", panel: .positions),
            LessonStep(
                "Press e: the isolated margin in the margin balance and liquidation price is larger now.",
                panel: .positions, goal: .overlay(.explain)),
            LessonStep("Esc, then x to close the position.", panel: .positions, goal: .flat),
        ])

    static let funding = Lesson(
        name: "funding", title: "Funding: what holding a perpetual costs",
        summary: "Hold a position through a funding payment in a market trading above spot",
        scenario: market("funding-spiral") { $0.fundingEvery = .hour },
        steps: [
            .read(
                "A perpetual never expires; funding keeps it near the index. Here it is paid every hour, an eighth "
                    + "of the 8 h rate: longs pay shorts when the rate is positive. The header shows the rate and "
                    + "the countdown. Enter."),
            LessonStep(
                "Open a position either way (b or s, size 0.5, Enter). The perp is about to trade above spot.",
                panel: .positions, goal: .position(side: nil, mode: nil, minimumLeverage: 1)),
            LessonStep(
                "Speed up with > (60x or more) and wait for the next funding payment: the Events log and the status "
                    + "line show what you paid or received.", panel: .log,
                goal: .logged(.funding, userOnly: true, count: 1)),
            LessonStep(
                "Press e: funding per 8 h = notional × rate. Longs pay while the perp trades above the index; that "
                    + "cost is what pulls the price back.", panel: .positions, goal: .overlay(.explain)),
            LessonStep("Esc, then x to close.", panel: .positions, goal: .flat),
        ])

    static let cascade = Lesson(
        name: "cascade", title: "The insurance fund and a liquidation cascade",
        summary: "Read the heatmap before a crash, watch the cascade, replay a liquidation step by step",
        scenario: market("flash-crash"),
        steps: [
            .read(
                "The heatmap plots where open positions would be liquidated: bands below the price are leveraged "
                    + "longs' liquidation prices. Many longs are about to pile in. Enter.", panel: .heatmap),
            LessonStep(
                "Speed up with > and watch: when the price falls into the bands, liquidations sell into a thinning "
                    + "book and push it further down. Wait for the cascade.", panel: .heatmap,
                goal: .logged(.liquidation, userOnly: false, count: 25)),
            .read(
                "The header's insurance fund takes what margin is left when an account is closed better than its "
                    + "bankruptcy price, and pays when one closes worse; the backstop vault takes what the book "
                    + "cannot. Enter.", panel: .log),
            LessonStep(
                "Press r to list the liquidations, pick one with ↑↓ and press Enter: its trigger, orders, fills and "
                    + "the fund's change, step by step.", goal: .overlay(.replayOpened)),
            LessonStep(
                "Esc twice, then h: the heatmap as public analytics sites estimate it from trades and open interest "
                    + "alone. Compare it with the engine's truth.", panel: .heatmap, goal: .heatmapSource(.estimate)),
        ])

    static let deleveraging = Lesson(
        name: "adl", title: "Auto-deleveraging hits a winning position",
        summary: "With the insurance fund and backstop vault nearly empty, a crash closes profitable shorts",
        scenario: market("flash-crash") {
            $0.insuranceFund = 500
            $0.backstopCapital = 0
        },
        steps: [
            .read(
                "When neither the insurance fund nor the backstop vault can take a liquidated position, the exchange "
                    + "closes the most profitable, most leveraged positions on the other side at the bankruptcy "
                    + "price: auto-deleveraging. Here both are almost empty. Enter.", panel: .account),
            LessonStep(
                "Press m for isolated margin: the short will stand on its own small margin, so it is highly "
                    + "leveraged (cross, your whole wallet would back it and lower its effective leverage).",
                panel: .account, goal: .marginMode(.isolated)),
            LessonStep(
                "Open a short at 50x: s, size 1, Tab to Leverage, → to 50x, Enter. A crash is coming.",
                panel: .positions, goal: .position(side: .sell, mode: .isolated, minimumLeverage: 25)),
            LessonStep(
                "Speed up with >. ADL ranks by PnL% × effective leverage: as your short gains, its ADL lights climb "
                    + "toward 5 (first in line). Wait for the crash.", panel: .positions,
                goal: .logged(.deleveraging, userOnly: true, count: 1)),
            .read(
                "ADL closed part or all of your winning short against a bankrupt long, at that long's bankruptcy "
                    + "price (never beyond your own) and with no fee: profit realised on what was closed, by no "
                    + "choice of yours. ADL takes only the size the loss needs: whatever it left stays open in "
                    + "Positions. Enter.",
                panel: .log),
            LessonStep(
                "Press r, find a liquidation with ADL steps and open it with Enter: the counterparties and prices.",
                goal: .overlay(.replayOpened)),
        ])

    static let insuranceFund = Lesson(
        name: "insurance-fund", title: "An insurance fund that pays, until it cannot",
        summary: "The flash crash under Binance's waterfall drains the fund until ADL starts; then under Hyperliquid's",
        scenario: market("flash-crash") { $0.liquidation.style = .binance },
        steps: [
            .read(
                "This market liquidates the Binance way (the header says liq Binance): a liquidation order goes to "
                    + "the book at the bankruptcy price or worse and the insurance fund pays the gap; what the book "
                    + "cannot take, the fund takes over. No backstop vault. Enter."),
            LessonStep(
                "Press 2 for Markets: the fund's line against its peak. Speed up with > and wait for the crash: the "
                    + "fund pays for every liquidation worse than bankruptcy.",
                goal: .logged(.liquidation, userOnly: false, count: 25)),
            LessonStep(
                "Keep watching the fund: what it took over loses as the price falls, and when it can no longer carry "
                    + "that loss, auto-deleveraging starts (ADL lines in the Events log).",
                goal: .logged(.deleveraging, userOnly: false, count: 1)),
            .read(
                "The fund paid until its balance, with the loss on what it holds, could not carry more; then winners "
                    + "were deleveraged. Next: the same market, same seed, under Hyperliquid's waterfall. Enter."),
            LessonStep(
                "Hyperliquid's way: the book only within 1% of bankruptcy, then the backstop vault, then ADL. Speed "
                    + "up with > and watch the fund in Markets (2): it barely moves; the vault takes the losses.",
                goal: .logged(.liquidation, userOnly: false, count: 25), restart: .style(.hyperliquid)),
            LessonStep(
                "Press r and open a liquidation: each insurance fund payment is listed with why it was made.",
                goal: .overlay(.replayOpened)),
        ])
}

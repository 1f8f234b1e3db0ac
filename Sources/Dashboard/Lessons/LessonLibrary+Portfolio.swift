import CascadeCore
import CascadeSim

extension LessonLibrary {
    /// A short straddle under portfolio margin on `flash-crash`'s BTC market with options listed: the
    /// risk matrix, a delta hedge in the perpetual, and position reduction step by step in the crash.
    static let portfolioMargin = Lesson(
        name: "portfolio-margin", title: "Portfolio margin: a short straddle, a hedge, reduction in a crash",
        summary:
            "Margin a short straddle by portfolio, read the risk matrix, hedge its delta, watch the crash reduce it",
        scenario: market("flash-crash") { scenario in
            scenario.options = OptionsSetup(markets: ["BTC-PERP"])
            scenario.userBalance = 1_650
        },
        steps: [
            .read(
                "Standard margin holds each short option on its own (about 15% of the index plus its premium). "
                    + "Portfolio margin values your whole book in 24 spot and volatility scenarios and holds the "
                    + "worst weighted loss, so positions that offset need less. Enter."),
            LessonStep(
                "Type :margin portfolio and Enter: your USDC cross margin is now the portfolio's (the account "
                    + "panel says Portfolio IM and MM).", goal: .crossModel(.portfolio)),
            LessonStep(
                "Press 3 for Options. On the strike marked ▸ ◂, keep the call side (←), press s, type 0.15 and "
                    + "Enter: you sold calls and took their premium.", goal: .shortOption(.call)),
            LessonStep(
                "→ to the put on the same strike, s, 0.15, Enter: a short straddle. It earns if the price stays "
                    + "put and loses if it moves far either way.", goal: .shortOption(.put)),
            LessonStep(
                "Press R: the risk matrix. Each cell is your PnL if spot moves (rows) and volatility shifts "
                    + "(columns); the bracketed cell binds, and half its loss is your maintenance margin.",
                goal: .riskMatrix),
            .read(
                "Under the grid, 'hedge:' names the perpetual trade that would take your net delta to zero, and "
                    + "the IM and MM it would leave. Enter."),
            LessonStep(
                "Press 1 for Trade and send that hedge on BTC-PERP (b or s, the size the hedge line named). A "
                    + "hedge needs no margin of its own when it lowers the portfolio's.",
                goal: .position(side: nil, mode: nil, minimumLeverage: 1)),
            LessonStep(
                "Speed up with >. At 40 minutes the price falls 12%. Below maintenance the engine does not close "
                    + "everything: it buys back a quarter of a position at a time (POSITION REDUCED).",
                goal: .logged(.liquidation, userOnly: true, count: 1)),
            LessonStep(
                "Press e: the scenario arithmetic of what you hold now, and how far equity is above maintenance.",
                goal: .overlay(.explain)),
        ])
}

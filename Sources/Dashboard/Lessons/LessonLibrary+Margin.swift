import CascadeCore
import CascadeSim

extension LessonLibrary {
    /// The flash crash twice from the same seed: under static margin, then under the predictive
    /// model, with the liquidated notional of both runs compared at the end.
    static let adaptiveMargin = Lesson(
        name: "adaptive-margin", title: "Adaptive margin: the same crash, static and predictive",
        summary: "Run the flash crash under static margin, then with predictive margin, and compare the liquidations",
        scenario: market("flash-crash"),
        steps: [
            .read(
                "Until now every market held one maintenance rate (MMR) whatever happened: static margin, the "
                    + "published tiers. Clearing houses move margin with volatility instead, raise it before stress, "
                    + "announce each rise ahead and limit how fast it climbs. This lesson runs the same flash crash "
                    + "twice from the same seed: static, then predictive. Enter."),
            LessonStep(
                "Press 2 for Markets: the Margin panel (bottom right) draws BTC-PERP's MMR over time above its "
                    + "volatility. Speed up with > a few times, watch the crash at 00:40 and wait until the clock "
                    + "passes 00:55: under static margin the rate never moves.",
                goal: .clock(55 * .minute)),
            .read(
                "Note the liquidations panel and the fund. Next, the same market and seed under the predictive "
                    + "model: an EWMA volatility forecast scaled to a 5-minute liquidation horizon at 99%, plus an "
                    + "add-on for positions crowded near liquidation, thin depth and a fund too small for them. Enter."
            ),
            LessonStep(
                "Predictive margin now. Speed up with > and watch the Margin panel: each rise is announced two "
                    + "minutes ahead (the header and the account panel count down, the Events log says when), and "
                    + "positions move to the new rate when it applies. Wait until 00:55.",
                goal: .clock(55 * .minute), restart: .marginModel(.predictive)),
            LessonStep(
                "Press e here in Markets: the model's arithmetic with its live inputs (volatility, horizon, "
                    + "confidence, the add-on, floor and the rules that limit a rise). The clock waits, so both "
                    + "runs are compared at the same time.",
                pausesClock: true, goal: .overlay(.explain)),
            .compare(
                "Esc, then compare the two runs of the same crash (notional liquidated, highest MMR). A higher "
                    + "requirement before the crash means less leverage when it comes; a rise during it can itself "
                    + "push positions over the line, which is why it is announced and limited. One seed is one "
                    + "story: cascade sweep compares many. Enter."),
        ])
}

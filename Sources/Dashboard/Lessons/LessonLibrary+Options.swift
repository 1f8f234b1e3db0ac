import CascadeCore
import CascadeSim

extension LessonLibrary {
    /// Buying a call, watching its theta and delta, and its settlement at expiry, on `calm`'s BTC
    /// market and its options.
    static let optionsBasics = Lesson(
        name: "options-basics", title: "Options: buy a call, watch theta and delta, see it settle",
        summary: "Buy a call in the Options workspace, read its Greeks, and hold it through expiry settlement",
        scenario: market("calm"),
        steps: [
            .read(
                "A call pays max(S − K, 0) at expiry, S the index averaged over the last 30 minutes and K the "
                    + "strike. You pay the premium now; that is all you can lose. Enter."),
            LessonStep(
                "Press 3 for the Options workspace: calls left, strikes in the middle, puts right.",
                goal: .workspace(.options)),
            LessonStep(
                "The soonest expiry shows first (f/F change it). Pick the strike marked ▸ ◂ (at the money) with ↑↓, "
                    + "keep the call side (←), press b, type 1 and Enter: the preview shows premium, fee and Greeks.",
                goal: .longOption(.call)),
            .read(
                "Option positions shows your call's Greeks: Δ (coins it moves like, about 0.5 at the money), Θ/day "
                    + "(what a day of waiting costs at this price) and vega. Watch Θ grow as expiry nears. Enter."),
            LessonStep(
                "Press e: the price and every Greek with Black-76's formula and the live index, strike, time and IV.",
                goal: .overlay(.explain)),
            LessonStep(
                "Esc, then > a few times to speed up. At 08:00 the expiry settles on the 30-minute index average: "
                    + "the event log and the status line say what your call paid.",
                goal: .logged(.settlement, userOnly: true, count: 1)),
        ])
}

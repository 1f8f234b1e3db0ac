import CascadeCore
import CascadeSim

extension LessonLibrary {
    /// A loan against ETH, the crash that makes it unsafe, and the user bidding in its auction, on
    /// `black-thursday`'s ETH market: keepers short of capital who want a large discount, so the
    /// auction decays long enough for the learner to take part of it. They react within minutes
    /// here (the scenario's take an hour in the crash, too slow for a lesson), and the learner may
    /// bark the vault first, as any keeper may.
    static let lendingAuction = Lesson(
        name: "lending-auction", title: "A loan, its liquidation, and you as the keeper",
        summary: "Borrow against ETH, let the crash push the vault below health 1, and bid in its Dutch auction",
        // The scenario's oracle lags an hour, so it lends at Maker's 175% ratio; here the oracle follows the
        // index and the vault keeps ETH-A's 83% threshold, so the health falls with the crash as the steps
        // tell. Its keepers wake every 5 minutes, ten times slower in the crash; here every 10 seconds (100
        // in the crash).
        scenario: market("black-thursday") {
            $0.lending?.oracleDelay = 0
            $0.lending?.liquidationRatio = nil
            $0.lending?.keeperLatency = 10 * .second
        },
        steps: [
            .read(
                "A vault borrows against collateral. Its health factor is collateral × oracle price × 83% ÷ debt; "
                    + "below 1, any keeper may auction the collateral off to repay the debt. Enter."),
            LessonStep("Press 4 for the Lending workspace: pools, your vaults, auctions.", goal: .workspace(.lending)),
            LessonStep(
                "Type :deposit 2 ETH and Enter (the ETH comes from outside), then :borrow 3000 USDC: the command line "
                    + "previews the health factor, about 1.1. Enter.",
                goal: .vaultHealth(below: Rate(units: 120_000_000))),
            LessonStep(
                "Press e: the health factor, the liquidation price and the auction that would follow, live. Esc.",
                goal: .overlay(.explain)),
            LessonStep(
                "ETH falls 45% from 00:30 (here the oracle follows the index; in the scenario it lags an hour). Press > "
                    + "to speed up and watch HF fall; below 1 "
                    + "a keeper starts an auction of your vault (Maker calls it barking): Auctions shows it as YOURS.",
                goal: .ownAuction
            )
            .nudging(
                when: .vaultHealth(below: Rate(units: Rate.one)),
                "Your vault is below 1 and no keeper has barked yet: be the keeper, :bark N (N your vault's number) "
                    + "starts its auction and pays you the tip."),
            LessonStep(
                "The price curve falls 1% every 90 s from 20% above the oracle. When it is well below the index, be the "
                    + "keeper: :take N 0.5 (N the auction's number) buys 0.5 ETH of your own lot.",
                goal: .tookInAuction),
            .read(
                "What you paid repaid your own debt; the penalty went to the surplus buffer. Starved keepers let the "
                    + "price decay far below the market: that is how Maker got bad debt on Black Thursday. Enter."),
        ])
}

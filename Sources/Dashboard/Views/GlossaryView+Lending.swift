extension GlossaryView {
    /// The lending market's words: what the Lending workspace, its commands and the vault explain
    /// panel use (Maker's Liquidation 2.0 names in brackets).
    static let lendingTerms: [Term] = [
        Term(
            name: "supply token",
            definition: "What the pool gives a lender (cUSDC, cETH): a share of the pool whose value in the asset "
                + "rises as borrowers pay interest, less the reserve factor's part."),
        Term(
            name: "health factor",
            definition: "Collateral × oracle price × liquidation threshold ÷ debt. Above 1 the vault is safe; below "
                + "1 any keeper may liquidate it. Interest and a falling price both lower it."),
        Term(
            name: "LTV",
            definition: "Loan-to-value: debt ÷ collateral value. Borrowing and withdrawing collateral stop at the "
                + "vault kind's limit (ETH-A 80.5%), a little below the liquidation threshold."),
        Term(
            name: "liquidation threshold",
            definition: "The share of the collateral's value a debt may reach before the vault can be liquidated "
                + "(ETH-A 83%); the health factor is 1 exactly there."),
        Term(
            name: "Dutch auction",
            definition: "A sale whose price starts high and falls with time until someone buys: Maker's way to sell "
                + "an unsafe vault's collateral. Anyone may take part or all of the lot at the price of the moment."),
        Term(
            name: "tab",
            definition: "What an auction must raise: the vault's debt times the liquidation penalty (chop, 1.13 = "
                + "13%). Proceeds beyond the debt go to the surplus buffer."),
        Term(
            name: "lot",
            definition: "The collateral an auction has for sale; what is left when the tab is raised goes "
                + "back to the vault's owner."),
        Term(
            name: "buf",
            definition: "Start price ÷ oracle price (1.20): an auction starts above the market, so the price falls "
                + "to where keepers buy rather than starts too low."),
        Term(
            name: "tail",
            definition: "Seconds an auction round may run (140 min); after it the auction needs a reset (redo) at a "
                + "new start price from the oracle."),
        Term(
            name: "cusp",
            definition: "Price ÷ start price below which an auction needs a reset (40%): it stops a stale round from "
                + "selling far below a market that moved."),
        Term(
            name: "tip",
            definition: "The flat incentive a keeper earns for starting or resetting an auction (10 USDC here; paid "
                + "from the surplus buffer)."),
        Term(
            name: "chip",
            definition: "The keeper's proportional incentive: a fraction of the tab (0.1%), on top of the tip."),
        Term(
            name: "keeper",
            definition: "Anyone who watches vaults and liquidates unsafe ones: starts (barks) auctions, resets them, "
                + "and buys collateral in them. :bark and :take make you one."),
        Term(
            name: "surplus buffer",
            definition: "The protocol's cushion: the reserve factor's share of interest and the liquidation penalties. "
                + "It pays keepers' incentives and absorbs what auctions fail to raise."),
        Term(
            name: "bad debt",
            definition: "Debt an auction could not repay and the surplus buffer could not cover: a loss the pool's "
                + "suppliers bear until later surplus repays it (Maker, 12–13 March 2020)."),
    ]
}

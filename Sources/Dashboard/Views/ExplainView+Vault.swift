import CascadeCore
import TerminalKit

extension ExplainView {
    /// The explain panel in the Lending workspace: the selected vault's health factor, liquidation
    /// price and borrowing limit with live numbers, then the auction (or fixed-bonus liquidation)
    /// that would follow if it fell below 1, in the market's own parameters.
    static func vaultLines(_ lending: LendingSnapshot, _ context: ViewContext) -> [(text: String, style: Style)] {
        guard !lending.vaults.isEmpty else {
            return [
                ("No vault of yours yet", Style(.title, bold: true)),
                (
                    ":deposit 2 ETH opens an ETH-A vault with 2 ETH as collateral; :borrow 1500 USDC then borrows "
                        + "against it. Press e again here to see its health factor, liquidation price and the auction "
                        + "that would follow, with live numbers.", Style(.text)
                ),
            ]
        }
        let vault = lending.vaults[min(context.state.lendingSelection.vault, lending.vaults.count - 1)]
        let kind = lending.kinds[vault.kind]
        let money = { (amount: Money) in DisplayFormat.money(amount, kind.debt) }
        let coins = { (amount: Money) in DisplayFormat.money(amount, kind.collateral) }
        let percent = { (rate: Rate) in DisplayFormat.percent(rate, places: 1) }
        let pair = "\(kind.debt.symbol)/\(kind.collateral.symbol)"
        var lines: [(String, Style)] = [
            (
                "YOUR vault #\(vault.id.rawValue) · \(kind.name) · \(LendingFormat.amount(vault.collateral, kind.collateral)) "
                    + "collateral · owes \(LendingFormat.amount(vault.debt, kind.debt))", Style(.title, bold: true)
            )
        ]
        guard let price = kind.price else { return lines + [("No oracle price yet.", Style(.muted))] }
        let oracle = LendingFormat.price(price, kind)
        let health = LendingFormat.health(vault.health, hasDebt: vault.debt.units > 0)
        lines += [
            ("", .text), ("Health factor", Style(.accent, bold: true)),
            ("= collateral × oracle price × liquidation threshold ÷ debt", Style(.muted)),
            (
                "= \(coins(vault.collateral)) × \(oracle) × \(percent(kind.liquidationThreshold)) ÷ \(money(vault.debt)) "
                    + "= \(health.text) \(health.word)", Style(health.role, bold: true)
            ),
            ("Below 1.00 any keeper may liquidate the vault.", Style(.text)),
        ]
        let room = LendingCommandLine(lending: lending).room(kind, collateral: vault.collateral, debt: vault.debt)
        lines.append(
            (
                "Borrowing limit: loan-to-value \(percent(kind.loanToValue)) of the collateral's value; "
                    + "\(LendingFormat.amount(room, kind.debt)) more can be borrowed now.", Style(.text)
            ))
        let delay =
            lending.oracleDelay > 0
            ? "The oracle runs \(DisplayFormat.clock(lending.oracleDelay)) behind the market (Maker's OSM): "
                + "liquidations see the price of an hour ago."
            : "The oracle follows the index without delay."
        lines.append((delay, Style(.muted)))
        guard let liquidation = LendingFormat.liquidationPrice(collateral: vault.collateral, debt: vault.debt, kind)
        else { return lines + [("", .text), ("No debt: nothing can liquidate this vault.", Style(.marginSafe))] }
        let oracleWhole = LendingFormat.wholePrice(price, kind)
        let distance = (Double(liquidation.units) / Double(max(1, oracleWhole.units)) - 1) * 100
        lines += [
            ("", .text), ("Liquidation price", Style(.accent, bold: true)),
            ("= debt ÷ (collateral × liquidation threshold)", Style(.muted)),
            (
                "= \(money(vault.debt)) ÷ (\(coins(vault.collateral)) × \(percent(kind.liquidationThreshold))) = "
                    + "\(money(liquidation)) \(pair); the oracle is at \(oracle) "
                    + "(\(DisplayFormat.fixed(distance, 1))% away)", Style(.text, bold: true)
            ),
        ]
        return lines + (lending.mode == .auction ? auctionLines(vault, kind, liquidation) : fixedBonusLines(kind))
    }

    /// Maker's Liquidation 2.0 for this vault, were it unsafe now.
    private static func auctionLines(_ vault: LendingSnapshot.VaultRow, _ kind: LendingSnapshot.Kind, _ at: Money)
        -> [(text: String, style: Style)]
    {
        let rules = kind.auction
        let money = { (amount: Money) in DisplayFormat.money(amount, kind.debt) }
        let tab =
            Money(
                Int128(vault.debt.units) * Int128(rules.chop.units), over: Int128(Rate.one), rounding: .up)
            ?? vault.debt
        let incentive = rules.tip + rules.chip.of(tab, rounding: .down)
        let top = Money(Int128(at.units) * Int128(rules.buf.units), over: Int128(Rate.one), rounding: .down) ?? at
        let sold =
            Money(
                Int128(tab.units) * Int128(kind.collateral.unitsPerWhole), over: Int128(max(1, at.units)), rounding: .up
            )
            ?? vault.collateral
        let back = max(.zero, vault.collateral - sold)
        let curve =
            switch rules.curve {
            case .stairstep(let cut, let step):
                "falls to \(DisplayFormat.percent(cut, places: 0)) of itself every \(step) s"
            case .linear(let tau): "falls in a straight line to 0 over \(tau) s"
            case .exponential(let cut): "falls to \(DisplayFormat.percent(cut, places: 4)) of itself every second"
            }
        let penalty = DisplayFormat.percent(Rate(units: rules.chop.units - Rate.one), places: 0)
        return [
            ("", .text), ("The auction that would follow (Maker's Liquidation 2.0)", Style(.accent, bold: true)),
            (
                "tab = debt × chop = \(money(vault.debt)) × \(DisplayFormat.fixed(Double(rules.chop.units) / 1e8, 2)) = "
                    + "\(LendingFormat.amount(tab, kind.debt)) (a \(penalty) penalty)", Style(.text)
            ),
            (
                "lot = all \(LendingFormat.amount(vault.collateral, kind.collateral)) (part of it when the auction "
                    + "limits are full)", Style(.text)
            ),
            (
                "start price = oracle × buf; at the liquidation price \(money(at)) × "
                    + "\(DisplayFormat.fixed(Double(rules.buf.units) / 1e8, 2)) = \(money(top)); it \(curve), and needs "
                    + "a reset after \(rules.tail / 60) min or below \(DisplayFormat.percent(rules.cusp, places: 0)) of the start",
                Style(.text)
            ),
            (
                "keeper incentive = tip + chip × tab = \(money(rules.tip)) + \(DisplayFormat.percent(rules.chip, places: 1)) "
                    + "× \(money(tab)) = \(LendingFormat.amount(incentive, kind.debt))", Style(.text)
            ),
            (
                "Sold at the liquidation price, raising the tab takes \(LendingFormat.amount(min(sold, vault.collateral), kind.collateral)); "
                    + "\(LendingFormat.amount(back, kind.collateral)) would come back to you. If keepers wait and the price "
                    + "decays, more is sold for the same tab; what it cannot raise falls on the surplus buffer, then is bad debt.",
                Style(.text)
            ),
        ]
    }

    /// Aave v3's fixed-bonus liquidation, in this market's parameters.
    private static func fixedBonusLines(_ kind: LendingSnapshot.Kind) -> [(text: String, style: Style)] {
        let rules = kind.fixedBonus
        return [
            ("", .text), ("The liquidation that would follow (Aave v3, fixed bonus)", Style(.accent, bold: true)),
            (
                "A liquidator repays up to \(DisplayFormat.percent(rules.closeFactor, places: 0)) of the debt (all of it "
                    + "below health \(DisplayFormat.fixed(Double(rules.fullCloseBelow.units) / 1e8, 2))) and takes that "
                    + "much collateral at the oracle price plus a "
                    + "\(DisplayFormat.percent(Rate(units: rules.bonus.units - Rate.one), places: 0)) bonus; the protocol "
                    + "keeps \(DisplayFormat.percent(rules.protocolFee, places: 0)) of the bonus.", Style(.text)
            ),
        ]
    }
}

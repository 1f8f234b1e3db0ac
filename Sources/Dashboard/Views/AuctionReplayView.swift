import CascadeCore
import CascadeSim
import TerminalKit

/// Auction replays (`r`, then `a`): the lending market's newest auctions as a list, and one told
/// step by step, its bark, takes, resets and end, under its price curve over its whole life (each
/// round from its start price, Maker's Liquidation 2.0 curve,
/// https://docs.makerdao.com/smart-contract-modules/dog-and-clipper-detailed-documentation) with the
/// takes marked; ←→ move the curve step by step.
enum AuctionReplayView {
    static func draw(_ browser: ReplayBrowser, _ context: ViewContext, in bounds: Rect, canvas: inout Canvas) {
        let auctions = context.snapshot.lending?.replays ?? []
        if let lending = context.snapshot.lending, let auction = browser.openedAuction(auctions) {
            drawOpened(auction, browser, lending, context, in: bounds, canvas: &canvas)
            return
        }
        let columns = [
            TableColumn(title: "#", width: 6, alignment: .right), TableColumn(title: "Time", width: 8),
            TableColumn(title: "Vault", width: 12), TableColumn(title: "Lot", width: 14, alignment: .right),
            TableColumn(title: "Tab", width: 14, alignment: .right),
            TableColumn(title: "Start", width: 11, alignment: .right),
            TableColumn(title: "Takes", width: 5, alignment: .right),
            TableColumn(title: "Resets", width: 6, alignment: .right), TableColumn(title: "Outcome", width: 0),
        ]
        let rows = context.snapshot.lending.map { lending in browser.listed(auctions).map { row($0, lending) } } ?? []
        ReplayView.drawList(
            "Auctions up to #\(browser.newestAuction)", switching: "liquidations", browser, columns: columns,
            rows: rows,
            empty: browser.yoursOnly ? "No auction of your vaults, and you took part in none." : "No auctions yet.",
            in: bounds, glyphs: context.glyphs, canvas: &canvas)
    }

    private static func row(_ auction: AuctionReplay, _ lending: LendingSnapshot) -> [TableCell] {
        let kind = lending.kinds[auction.kind]
        let style = Style(auction.isYours ? .marginDanger : .text, bold: auction.isYours)
        let start = auction.start
        let outcome = self.outcome(auction, kind)
        return [
            TableCell(text: "\(auction.auction.rawValue)", style: style),
            TableCell(text: DisplayFormat.clock(auction.started % (24 * .hour)), style: Style(.muted)),
            TableCell(
                text: (auction.isVaultRow ? "YOURS #" : "#") + "\(auction.vault.rawValue)", style: style),
            TableCell(text: start.map { LendingFormat.amount($0.lot, kind.collateral) } ?? "—"),
            TableCell(text: start.map { LendingFormat.amount($0.tab, kind.debt) } ?? "—"),
            TableCell(text: start.map { LendingFormat.price($0.top, kind) } ?? "—"),
            TableCell(text: "\(auction.takes.count)"), TableCell(text: "\(auction.rounds.count - 1)"),
            TableCell(text: outcome.text, style: Style(outcome.role)),
        ]
    }

    /// How the auction stands: running, or how it ended.
    private static func outcome(_ auction: AuctionReplay, _ kind: LendingSnapshot.Kind) -> (text: String, role: Role) {
        guard let end = auction.end else { return ("running", .muted) }
        if end.badDebt.units > 0 { return ("BAD DEBT \(LendingFormat.amount(end.badDebt, kind.debt))", .marginDanger) }
        if end.unpaid.units > 0 {
            return ("buffer paid \(LendingFormat.amount(end.unpaid, kind.debt))", .marginWarning)
        }
        return ("\(LendingFormat.amount(end.returned, kind.collateral)) returned", .buy)
    }

    /// Rows the opened auction's curve takes above its steps in `bounds`: none in a small overlay.
    static func chartHeight(in bounds: Rect) -> Int {
        let height = OverlayPage.frame(in: bounds).height - 2
        return height >= 16 ? min(14, height / 2) : 0
    }

    /// The opened auction's wrapped lines and how many show: what scrolling needs.
    static func extent(_ auction: AuctionReplay, _ browser: ReplayBrowser, _ snapshot: MarketSnapshot, in bounds: Rect)
        -> (total: Int, visible: Int)
    {
        guard let lending = snapshot.lending else { return (0, 0) }
        return OverlayPage.extent(
            lines(auction, step: browser.step, lending), in: bounds, reserving: chartHeight(in: bounds))
    }

    private static func drawOpened(
        _ auction: AuctionReplay, _ browser: ReplayBrowser, _ lending: LendingSnapshot, _ context: ViewContext,
        in bounds: Rect, canvas: inout Canvas
    ) {
        let chart = OverlayPage.draw(
            lines(auction, step: browser.step, lending),
            title: "Auction #\(auction.auction.rawValue), step by step (←→ step, ↑↓ scroll, Esc back)",
            offset: browser.offset, reserving: chartHeight(in: bounds), in: bounds, glyphs: context.glyphs,
            canvas: &canvas)
        guard chart.height >= 4 else { return }
        drawCurve(auction, upTo: browser.step, lending, in: chart, glyphs: context.glyphs, canvas: &canvas)
    }

    /// The price over the auction's life up to its end (or now): each round from its start price
    /// along the vault kind's curve, bright up to step `step` (all when nil), the takes so far as
    /// points, and the price at which the whole lot would just raise the tab as a level.
    static func drawCurve(
        _ auction: AuctionReplay, upTo step: Int?, _ lending: LendingSnapshot, in rect: Rect, glyphs: Glyphs,
        canvas: inout Canvas
    ) {
        let kind = lending.kinds[auction.kind]
        let rules = kind.auction
        let rounds = auction.rounds
        let shown = min(step ?? auction.steps.count - 1, auction.steps.count - 1)
        let cursor = auction.steps[shown]
        let end = auction.end?.time ?? lending.time
        let length = max(1, Double(end - auction.started) / Double(SimTime.second))
        var header = "step \(shown + 1) of \(auction.steps.count) · \(DisplayFormat.clock(cursor.time % (24 * .hour)))"
        if let round = rounds.last(where: { $0.time <= cursor.time }) {
            let factor = rules.curve.factor(afterSeconds: (cursor.time - round.time) / SimTime.second) ?? .zero
            if let price = round.top.times(factor) { header += " · price \(LendingFormat.price(price, kind))" }
        }
        var levels: [ChartLevel] = []
        if let start = auction.start, let cover = price(paying: start.tab, for: start.lot, kind) {
            levels.append(ChartLevel(value: plotted(cover, kind), style: Style(.chartIndex), label: "covers tab"))
            header += " · the whole lot covers the tab at \(DisplayFormat.money(cover, kind.debt))"
        }
        canvas.putFitting(header, x: rect.x, y: rect.y, style: Style(.text, bold: true), maxWidth: rect.width)
        let seconds = { (time: SimTime) in Double(time - auction.started) / Double(SimTime.second) }
        let takes = auction.takes.filter { $0.time <= cursor.time }.map { take in
            (seconds(take.time), LendingFormat.plotted(take.take.price, kind))
        }
        let price = { (second: Double) -> Double? in
            let time = auction.started + SimTime(second * Double(SimTime.second))
            guard let round = rounds.last(where: { $0.time <= time }) else { return nil }
            let factor = rules.curve.factor(afterSeconds: (time - round.time) / SimTime.second) ?? .zero
            return round.top.times(factor).map { LendingFormat.plotted($0, kind) }
        }
        let lowest =
            ([price(length)] + takes.map { Optional($0.1) } + levels.map { Optional($0.value) }).compactMap { $0 }.min()
            ?? 0
        let chart = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 2)
        AuctionCurveView.plot(
            length: length, elapsed: seconds(cursor.time), price: price, takes: takes, levels: levels,
            top: rounds.map { LendingFormat.plotted($0.top, kind) }.max() ?? 1, bottom: lowest * 0.9,
            role: auction.isVaultRow ? .marginDanger : .chartLine, in: chart, glyphs: glyphs, canvas: &canvas)
        // Under the curve, a mark where each step shown happened: ▲ a take, ↺ a reset (colour never alone).
        let ascii = glyphs.up.isASCII
        for entry in auction.steps.prefix(shown + 1) {
            let mark: (text: String, role: Role)
            switch entry.what {
            case .taken: mark = (ascii ? "^" : "▲", .buy)
            case .reset: mark = (ascii ? "R" : "↺", .marginWarning)
            default: continue
            }
            let x = chart.x + min(chart.width - 1, Int(seconds(entry.time) / length * Double(chart.width - 1)))
            canvas.put(mark.text, x: x, y: chart.maxY, style: Style(mark.role, bold: true))
        }
    }

    /// Debt per whole collateral at which `lot` raises `debt`: `debt × unit ÷ lot`, rounded down.
    private static func price(paying debt: Money, for lot: Money, _ kind: LendingSnapshot.Kind) -> Money? {
        guard lot.units > 0 else { return nil }
        return Money(
            units: Int64(clamping: Int128(debt.units) * Int128(kind.collateral.unitsPerWhole) / Int128(lot.units)))
    }

    /// A whole-debt amount as a plain number, for charts.
    private static func plotted(_ money: Money, _ kind: LendingSnapshot.Kind) -> Double {
        Double(money.units) / Double(kind.debt.unitsPerWhole)
    }

    /// The auction as numbered steps, each with the numbers it carried and why; the step at `step`
    /// stands out and later ones are dim.
    static func lines(_ auction: AuctionReplay, step: Int?, _ lending: LendingSnapshot) -> [OverlayPage.Line] {
        let kind = lending.kinds[auction.kind]
        let rules = kind.auction
        let owner = auction.isVaultRow ? "YOUR vault" : "vault"
        var lines: [OverlayPage.Line] = [
            (
                "Auction #\(auction.auction.rawValue) of \(owner) #\(auction.vault.rawValue) (\(kind.name)), from "
                    + DisplayFormat.clock(auction.started % (24 * .hour)), Style(.title, bold: true)
            )
        ]
        let shown = step ?? auction.steps.count - 1
        for (number, entry) in auction.steps.enumerated() {
            let role: Role = number == shown ? .selection : number > shown ? .muted : entry.isYours ? .accent : .text
            let time = DisplayFormat.clock(entry.time % (24 * .hour))
            lines.append(("\(number + 1). \(time) \(KeeperActivityView.text(entry, lending))", Style(role)))
            lines.append(("     " + detail(entry, rules, kind), Style(.muted)))
        }
        let takes = auction.takes
        let sold = takes.reduce(Money.zero) { $0 + $1.take.slice }
        let paid = takes.reduce(Money.zero) { $0 + $1.take.owe }
        if let average = price(paying: paid, for: sold, kind) {
            lines.append(
                (
                    "Sold \(LendingFormat.amount(sold, kind.collateral)) for \(LendingFormat.amount(paid, kind.debt)) "
                        + "in \(takes.count) take\(takes.count == 1 ? "" : "s"), on average "
                        + "\(DisplayFormat.money(average, kind.debt)) \(kind.debt.symbol)/\(kind.collateral.symbol)",
                    Style(.title, bold: true)
                ))
        } else {
            lines.append(("Nothing sold\(auction.end == nil ? " yet" : "")", Style(.title, bold: true)))
        }
        return lines
    }

    /// Why a step happened and what it moved, in the rules' terms.
    private static func detail(_ entry: LendingActivity, _ rules: AuctionRules, _ kind: LendingSnapshot.Kind) -> String
    {
        let percent = { (rate: Rate) in DisplayFormat.percent(rate, places: 1) }
        switch entry.what {
        case .started:
            return "the vault's health factor was below 1; tab = debt × chop (\(percent(rules.chop))), start price = "
                + "oracle × buf (\(percent(rules.buf))); the keeper earns tip + chip × tab"
        case .reset:
            return "the round passed its tail or fell below cusp (\(percent(rules.cusp))) of its start: a new round "
                + "from the oracle × buf"
        case .taken(let take, _, let lotLeft):
            return "paid \(LendingFormat.amount(take.owe, kind.debt)) at the curve's price; "
                + "\(LendingFormat.amount(lotLeft, kind.collateral)) left for sale"
        case .ended(let returned, let unpaid, let badDebt):
            if unpaid.units > 0 {
                return "the lot ran out short of the tab: the surplus buffer paid "
                    + "\(LendingFormat.amount(unpaid - badDebt, kind.debt)), the rest is bad debt the suppliers bear"
            }
            return returned.units > 0
                ? "the tab was raised: the collateral left goes back to the vault's owner"
                : "the tab was raised with the whole lot"
        case .liquidated:
            return ""
        }
    }
}

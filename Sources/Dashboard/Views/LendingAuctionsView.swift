import CascadeCore
import TerminalKit

/// Running auctions, the user's own first: collateral kind, lot, tab, the price now and how far it
/// is below the oracle, and the time until the round needs a reset. ↑↓ select the one whose curve
/// the curve panel draws; `:take N AMOUNT` buys from it.
enum LendingAuctionsView {
    static func draw(_ lending: LendingSnapshot, _ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let count = lending.auctions.count
        let inner = Box.draw(
            in: rect, title: "Auctions · \(count) running", focused: false, glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        guard count > 0 else {
            let text =
                lending.mode == .auction
                ? "None running. A vault below health 1 is auctioned by the first keeper to bark."
                : "Fixed-bonus mode: liquidators repay debt for collateral at a bonus; no auctions."
            canvas.putWrapped(text, in: inner, y: inner.y, style: Style(.muted), indent: 0)
            return
        }
        let columns = [
            TableColumn(title: "#", width: 2), TableColumn(title: "Vault", width: 5),
            TableColumn(title: "Lot", width: 6, alignment: .right),
            TableColumn(title: "Tab", width: 6, alignment: .right),
            TableColumn(title: "Price", width: 7, alignment: .right),
            TableColumn(title: "vs oracle", width: 6, alignment: .right),
            TableColumn(title: "Reset in", width: 8, alignment: .right),
        ]
        let rows = lending.auctions.map { row($0, lending, context.glyphs) }
        Table(columns: columns, rows: rows, selectedRow: min(context.state.lendingSelection.auction, count - 1)).draw(
            in: inner, canvas: &canvas)
    }

    /// One auction's cells; the user's vault's auction is labelled YOURS in the danger role.
    static func row(_ auction: LendingSnapshot.Auction, _ lending: LendingSnapshot, _ glyphs: Glyphs) -> [TableCell] {
        let kind = lending.kinds[auction.kind]
        let lot = auction.lot
        let price = lot.price(at: lending.time, rules: kind.auction)
        let whole = { (money: Money, asset: Asset) in Double(money.units) / Double(asset.unitsPerWhole) }
        let versus = kind.price.flatMap { oracle -> (text: String, direction: Int)? in
            guard oracle.units > 0 else { return nil }
            let change = (Double(price.units) / Double(oracle.units) - 1) * 100
            return DisplayFormat.change(change, places: 1, glyphs: glyphs)
        }
        let reset = lot.timeToReset(at: lending.time, rules: kind.auction)
        return [
            TableCell(text: "\(auction.id.rawValue)", style: Style(.title, bold: true)),
            TableCell(
                text: auction.isYours ? "YOURS #\(auction.vault.rawValue)" : "#\(auction.vault.rawValue)",
                style: Style(auction.isYours ? .marginDanger : .text, bold: auction.isYours)),
            TableCell(text: NumberFormat.compact(whole(lot.lot, kind.collateral)) + " " + kind.collateral.symbol),
            TableCell(text: NumberFormat.compact(whole(lot.tab, kind.debt))),
            TableCell(text: LendingFormat.price(price, kind), style: Style(.text, bold: true)),
            TableCell(text: versus?.text ?? "—", style: Style((versus?.direction ?? 0) < 0 ? .down : .up)),
            TableCell(
                text: reset == 0 ? "RESET" : DisplayFormat.clock(reset),
                style: Style(reset == 0 ? .marginWarning : .muted, bold: reset == 0)),
        ]
    }
}

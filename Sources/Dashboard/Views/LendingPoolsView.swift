import CascadeCore
import TerminalKit

/// The lending pools: what is supplied and borrowed, utilisation, supply and borrow yields and the
/// user's own supply; with room below, the first pool's kinked rate curve with its utilisation marked.
enum LendingPoolsView {
    static func draw(_ lending: LendingSnapshot, _ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let mode = lending.mode == .auction ? "Maker auctions" : "Aave fixed bonus"
        let inner = Box.draw(
            in: rect, title: "Lending pools · \(mode)", focused: false, glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        let columns = [
            TableColumn(title: "Pool", width: 4), TableColumn(title: "Supplied", width: 8, alignment: .right),
            TableColumn(title: "Borrowed", width: 8, alignment: .right),
            TableColumn(title: "Util", width: 5, alignment: .right),
            TableColumn(title: "Supply APY", width: 6, alignment: .right),
            TableColumn(title: "Borrow APY", width: 6, alignment: .right),
            TableColumn(title: "Yours", width: 8, alignment: .right),
        ]
        let rows = lending.pools.map { pool in
            let whole = { (money: Money) in Double(money.units) / Double(pool.asset.unitsPerWhole) }
            return [
                TableCell(text: pool.asset.symbol, style: Style(.title, bold: true)),
                TableCell(text: NumberFormat.compact(whole(pool.supplied))),
                TableCell(text: NumberFormat.compact(whole(pool.borrowed))),
                TableCell(text: DisplayFormat.percent(pool.utilisation, places: 1)),
                TableCell(text: LendingFormat.apy(pool.supplyRate), style: Style(.up)),
                TableCell(text: LendingFormat.apy(pool.borrowRate), style: Style(.down)),
                TableCell(
                    text: pool.yourTokens.units > 0 ? NumberFormat.compact(whole(pool.yourValue)) : "—",
                    style: Style(pool.yourTokens.units > 0 ? .accent : .muted, bold: pool.yourTokens.units > 0)),
            ]
        }
        let tableHeight = min(inner.height, rows.count + 1)
        Table(columns: columns, rows: rows).draw(
            in: Rect(x: inner.x, y: inner.y, width: inner.width, height: tableHeight), canvas: &canvas)
        let curve = Rect(x: inner.x, y: inner.y + tableHeight, width: inner.width, height: inner.height - tableHeight)
        if curve.height >= 4, let pool = lending.pools.first {
            RateCurveView.draw(pool, context, in: curve, canvas: &canvas)
        }
    }
}

import CascadeCore
import TerminalKit

/// The user's vaults, each as three lines: collateral and debt; the health factor as a gauge with
/// its word; the liquidation price against the oracle and what can still be borrowed. The selected
/// vault (←→) is marked; a vault in an auction says so. Without a vault, how to open one.
enum LendingVaultsView {
    static func draw(_ lending: LendingSnapshot, _ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let count = lending.vaults.count
        let inner = Box.draw(
            in: rect, title: count == 0 ? "YOUR vaults" : "YOUR vaults · \(count)", focused: true,
            glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        var y = inner.y
        func put(_ text: String, _ style: Style, x: Int? = nil) {
            guard y < inner.maxY else { return }
            let start = x ?? inner.x
            canvas.putFitting(text, x: start, y: y, style: style, maxWidth: inner.maxX - start)
            y += 1
        }
        guard count > 0 else {
            put("No vault yet.", Style(.text, bold: true))
            for line in [
                ":deposit 2 ETH opens one (ETH from outside), then :borrow 1500 USDC",
                ":supply 1000 USDC lends to the pool instead", walletLine(lending),
            ] {
                y = canvas.putWrapped(line, in: inner, y: y, style: Style(.muted))
            }
            return
        }
        let selected = min(context.state.lendingSelection.vault, count - 1)
        let perVault = 3
        let first = max(0, selected - max(1, inner.height / perVault) + 1)
        for (offset, vault) in lending.vaults.enumerated().dropFirst(first) where y < inner.maxY {
            let kind = lending.kinds[vault.kind]
            let marker = offset == selected ? "▶ " : "  "
            // Narrow panels drop the kind's name and the debt's symbol before any figure.
            let forms = [
                "\(marker)#\(vault.id.rawValue) \(kind.name)  \(LendingFormat.amount(vault.collateral, kind.collateral))"
                    + "  owes \(LendingFormat.amount(vault.debt, kind.debt))",
                "\(marker)#\(vault.id.rawValue) \(LendingFormat.amount(vault.collateral, kind.collateral)) · owes "
                    + DisplayFormat.money(vault.debt, kind.debt),
            ]
            put(
                forms.first { $0.count <= inner.width } ?? forms[1],
                Style(offset == selected ? .accent : .title, bold: true))
            if y < inner.maxY { gauge(vault, kind, y: y, inner, context, &canvas) }
            y += 1
            put(
                detail(vault, kind, lending),
                Style(vault.auction == nil ? .muted : .marginDanger, bold: vault.auction != nil))
        }
        if y < inner.maxY { put(walletLine(lending), Style(.muted)) }
    }

    /// `▌······ HF 1.62 CAUTION`: the health factor as a gauge (1 ÷ HF full: liquidatable) and a word.
    private static func gauge(
        _ vault: LendingSnapshot.VaultRow, _ kind: LendingSnapshot.Kind, y: Int, _ inner: Rect,
        _ context: ViewContext, _ canvas: inout Canvas
    ) {
        let health = LendingFormat.health(vault.health, hasDebt: vault.debt.units > 0)
        let text = "HF \(health.text) \(health.word)"
        let barWidth = max(0, inner.width - 2 - text.count - 1)
        Gauge.draw(
            fraction: LendingFormat.gaugeFraction(vault.health), label: "",
            in: Rect(x: inner.x + 2, y: y, width: barWidth, height: 1), gradient: .marginGauge, glyphs: context.glyphs,
            canvas: &canvas)
        canvas.put(text, x: inner.maxX - text.count, y: y, style: Style(health.role, bold: true))
    }

    /// The liquidation price against the oracle and the room left, or the auction it is in.
    private static func detail(
        _ vault: LendingSnapshot.VaultRow, _ kind: LendingSnapshot.Kind, _ lending: LendingSnapshot
    )
        -> String
    {
        if let auction = vault.auction { return "  IN AUCTION #\(auction.rawValue): frozen, keepers are selling it" }
        let pair = "\(kind.debt.symbol)/\(kind.collateral.symbol)"
        let oracle = kind.price.map { " · oracle \(LendingFormat.price($0, kind))" } ?? ""
        guard let price = LendingFormat.liquidationPrice(collateral: vault.collateral, debt: vault.debt, kind) else {
            return "  no debt\(oracle) · borrow up to "
                + LendingFormat.amount(
                    LendingCommandLine(lending: lending).room(kind, collateral: vault.collateral, debt: .zero),
                    kind.debt)
        }
        return "  liq. price \(DisplayFormat.money(price, kind.debt)) \(pair)\(oracle)"
    }

    /// `wallet 9,000.00 USDC free · 0.500000 ETH · 0.00000000 BTC`.
    static func walletLine(_ lending: LendingSnapshot) -> String {
        "wallet "
            + lending.pools.map { LendingFormat.amount(lending.wallet($0.asset), $0.asset) }.joined(separator: " · ")
    }
}

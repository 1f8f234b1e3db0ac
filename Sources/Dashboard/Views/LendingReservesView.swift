import CascadeCore
import TerminalKit

/// The protocol's cushion and its losses: each pool's surplus buffer (reserve factor and penalties)
/// and bad debt (losses the buffer could not cover, borne by suppliers), then the auction counts,
/// the incentives keepers earned, the vaults waiting for one (the first by number, for `:bark`), and
/// the oracle's delay.
enum LendingReservesView {
    static func draw(_ lending: LendingSnapshot, _ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let inner = Box.draw(
            in: rect, title: "Surplus buffer · bad debt", focused: false, glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        var y = inner.y
        for pool in lending.pools
        where y < inner.maxY && (pool.reserves.units != 0 || pool.badDebt.units != 0 || pool.asset == .usdc) {
            let bad = pool.badDebt.units > 0
            y = canvas.putWrapped(
                "\(pool.asset.symbol) buffer \(DisplayFormat.money(pool.reserves, pool.asset)) · bad debt "
                    + DisplayFormat.money(pool.badDebt, pool.asset) + (bad ? " (suppliers bear it)" : ""),
                in: inner, y: y, style: Style(bad ? .marginDanger : .text, bold: bad))
        }
        let delay = lending.oracleDelay > 0 ? "oracle \(DisplayFormat.clock(lending.oracleDelay)) late" : "oracle live"
        var lines = [
            "auctions \(lending.auctionsStarted) started · \(lending.auctionsReset) reset · keepers earned "
                + DisplayFormat.money(lending.keeperIncentives, .usdc),
            "\(lending.unsafeVaults) vault\(lending.unsafeVaults == 1 ? "" : "s") below health 1 · \(delay)",
        ]
        if lending.mode == .auction && !lending.unbarked.isEmpty {
            let more = lending.unsafeVaults > lending.unbarked.count ? " …" : ""
            lines.append(
                "waiting: " + lending.unbarked.map { "#\($0.id.rawValue)" }.joined(separator: " ") + more
                    + " · :bark N starts one, earns the tip")
        }
        for line in lines { y = canvas.putWrapped(line, in: inner, y: y, style: Style(.muted)) }
    }
}

import CascadeCore
import CascadeSim
import TerminalKit

/// What keepers did lately, newest first: auctions started (and what they earned), reset, takes at
/// which price, how auctions ended (collateral returned, bad debt), fixed-bonus liquidations. Lines
/// about the user's vaults or bids stand out; the user's vault is always `YOUR vault`, whoever acted
/// (the user may bark or bid in its own auction), and lines about an auction name its vault when it is
/// the user's.
enum KeeperActivityView {
    static func draw(_ lending: LendingSnapshot, _ context: ViewContext, in rect: Rect, canvas: inout Canvas) {
        let inner = Box.draw(
            in: rect, title: "Keeper activity", focused: false, glyphs: context.glyphs, canvas: &canvas)
        guard !inner.isEmpty else { return }
        guard !lending.activity.isEmpty else {
            canvas.putWrapped(
                "Nothing yet: keepers act when a vault's health factor falls below 1.", in: inner, y: inner.y,
                style: Style(.muted), indent: 0)
            return
        }
        for (row, entry) in lending.activity.reversed().prefix(inner.height).enumerated() {
            let style = Style(entry.isYours ? .accent : .text, bold: entry.isYours)
            let time = DisplayFormat.clock(entry.time % (24 * .hour))
            canvas.put(time, x: inner.x, y: inner.y + row, style: Style(.muted))
            canvas.putFitting(
                text(entry, lending), x: inner.x + time.count + 1, y: inner.y + row, style: style,
                maxWidth: inner.width - time.count - 1)
        }
    }

    /// One line of activity, in whole coins.
    static func text(_ entry: LendingActivity, _ lending: LendingSnapshot) -> String {
        let kind = lending.kinds[entry.kind]
        let user = entry.actor == World.userAccount
        let who = user ? "YOU" : "keeper \(entry.actor.rawValue)"
        let auction = entry.auction.map { "#\($0.rawValue)" } ?? ""
        let vault = entry.isYourVault ? "YOUR vault #\(entry.vault.rawValue)" : "vault #\(entry.vault.rawValue)"
        // Resets and takes name the auction; when it sells the user's collateral, they say so.
        let auctionOfYours = entry.isYourVault ? "\(auction) (\(vault))" : auction
        let earned = entry.incentive.units > 0 ? ", earned \(DisplayFormat.money(entry.incentive, kind.debt))" : ""
        switch entry.what {
        case .started(let lot, let tab, let top):
            return "\(who) started \(auction) of \(vault): \(LendingFormat.amount(lot, kind.collateral)) to raise "
                + "\(DisplayFormat.money(tab, kind.debt)) from \(LendingFormat.price(top, kind))\(earned)"
        case .reset(let top):
            return "\(who) reset \(auctionOfYours) at \(LendingFormat.price(top, kind))\(earned)"
        case .taken(let take, let tabLeft, _):
            return "\(who) took \(LendingFormat.amount(take.slice, kind.collateral)) of \(auctionOfYours) at "
                + "\(LendingFormat.price(take.price, kind)); tab left \(DisplayFormat.money(tabLeft, kind.debt))"
        case .ended(let returned, let unpaid, let badDebt):
            let loss = badDebt.units > 0 ? ", BAD DEBT \(DisplayFormat.money(badDebt, kind.debt))" : ""
            let back = entry.isYourVault ? " returned to YOU" : " returned"
            return "\(auction) of \(vault) ended: \(LendingFormat.amount(returned, kind.collateral))\(back), "
                + "unpaid \(DisplayFormat.money(unpaid, kind.debt))\(loss)"
        case .liquidated(let repaid, let seized):
            return "\(who) liquidated \(vault): repaid \(LendingFormat.amount(repaid, kind.debt)) for "
                + LendingFormat.amount(seized, kind.collateral)
        }
    }
}

import CascadeCore

extension LendingEvent {
    /// Describes the event as named fields (the caller ends the record): amounts in the minor units
    /// of the asset they are in, auction prices as 27-decimal ray text (debt minor units per
    /// collateral minor unit), health factors in 10⁻⁸.
    func describe<Writer: EventFieldWriter>(to writer: inout Writer, at time: Int64) {
        switch self {
        case .supplied(let account, let asset, let amount, let tokens):
            writer.begin("lending_supplied", time: time)
            writer.field("account", account.rawValue)
            writer.field("asset", asset.symbol)
            writer.field("amount", amount.units)
            writer.field("tokens", tokens.units)
        case .redeemed(let account, let asset, let amount, let tokens):
            writer.begin("lending_redeemed", time: time)
            writer.field("account", account.rawValue)
            writer.field("asset", asset.symbol)
            writer.field("amount", amount.units)
            writer.field("tokens", tokens.units)
        case .vaultOpened(let vault, let account, let type):
            writer.begin("vault_opened", time: time)
            writer.field("vault", vault.rawValue)
            writer.field("account", account.rawValue)
            writer.field("type", type)
        case .collateralMoved(let vault, let amount):
            writer.begin("vault_collateral", time: time)
            writer.field("vault", vault.rawValue)
            writer.field("amount", amount.units)
        case .debtChanged(let vault, let amount, let debt):
            writer.begin("vault_debt", time: time)
            writer.field("vault", vault.rawValue)
            writer.field("amount", amount.units)
            writer.field("debt", debt.units)
        case .auctionStarted(let start):
            writer.begin("auction_started", time: time)
            writer.field("auction", start.auction.rawValue)
            writer.field("vault", start.vault.rawValue)
            writer.field("keeper", start.keeper.rawValue)
            writer.field("lot", start.lot.units)
            writer.field("tab", start.tab.units)
            writer.field("debt", start.debt.units)
            writer.field("top", start.top.description)
            writer.field("incentive", start.incentive.units)
        case .auctionReset(let auction, let keeper, let top, let incentive):
            writer.begin("auction_reset", time: time)
            writer.field("auction", auction.rawValue)
            writer.field("keeper", keeper.rawValue)
            writer.field("top", top.description)
            writer.field("incentive", incentive.units)
        case .auctionTaken(let auction, let bidder, let take, let tabLeft, let lotLeft):
            writer.begin("auction_taken", time: time)
            writer.field("auction", auction.rawValue)
            writer.field("bidder", bidder.rawValue)
            writer.field("slice", take.slice.units)
            writer.field("owe", take.owe.units)
            writer.field("price", take.price.description)
            writer.field("tab_left", tabLeft.units)
            writer.field("lot_left", lotLeft.units)
        case .auctionEnded(let auction, let returned, let unpaid, let covered, let badDebt):
            writer.begin("auction_ended", time: time)
            writer.field("auction", auction.rawValue)
            writer.field("returned", returned.units)
            writer.field("unpaid", unpaid.units)
            writer.field("covered_by_surplus", covered.units)
            writer.field("bad_debt", badDebt.units)
        case .liquidated(let vault, let liquidator, let plan, let badDebt):
            writer.begin("vault_liquidated", time: time)
            writer.field("vault", vault.rawValue)
            writer.field("liquidator", liquidator.rawValue)
            writer.field("debt_covered", plan.debtToCover.units)
            writer.field("seized", plan.seized.units)
            writer.field("protocol_fee", plan.protocolFee.units)
            writer.field("bad_debt", badDebt.units)
        case .rejected(let account, let reason):
            writer.begin("lending_rejected", time: time)
            writer.field("account", account.rawValue)
            writer.field("reason", reason.description)
        }
    }
}

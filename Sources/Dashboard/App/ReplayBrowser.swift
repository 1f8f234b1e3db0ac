/// The replays overlay (`r`): a list of the newest liquidations, or of the lending market's
/// auctions (`a`), and one of them told step by step.
public struct ReplayBrowser: Sendable, Hashable {
    /// Only the user's own liquidations (auctions of the user's vaults, or where the user acted).
    var yoursOnly = false
    /// The list shows auctions instead of liquidations.
    var showsAuctions = false
    /// The selected row of the list, newest first.
    var selected = 0
    /// The replay told step by step, by id (an auction's number when `showsAuctions`); `nil` shows
    /// the list.
    var opened: Int?
    /// Lines scrolled in the step-by-step view.
    public var offset = 0
    /// In an opened auction, the step the price curve is drawn up to (←→), counted from 0; nil: the
    /// whole life.
    var step: Int?
    /// The newest replay when the list opened: later ones stay out, so rows do not move under the
    /// selection while the market runs.
    var newest: Int
    /// The newest auction when the list opened, likewise.
    var newestAuction: Int

    /// The list of replays up to id `newest` (the newest when it opens) and auctions up to
    /// `newestAuction`, all accounts', liquidations shown, first row selected.
    public init(newest: Int, newestAuction: Int = 0) {
        self.newest = newest
        self.newestAuction = newestAuction
    }

    /// The replays the list shows, newest first.
    func listed(_ replays: [LiquidationReplay]) -> [LiquidationReplay] {
        replays.reversed().filter { $0.id <= newest && (!yoursOnly || $0.isUser) }
    }

    /// The auctions the list shows, newest first.
    func listed(_ auctions: [AuctionReplay]) -> [AuctionReplay] {
        auctions.reversed().filter { Int($0.auction.rawValue) <= newestAuction && (!yoursOnly || $0.isYours) }
    }

    /// The opened auction, when an auction is open.
    func openedAuction(_ auctions: [AuctionReplay]) -> AuctionReplay? {
        guard showsAuctions, let opened else { return nil }
        return auctions.last { Int($0.auction.rawValue) == opened }
    }
}

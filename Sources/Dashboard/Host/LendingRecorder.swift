import CascadeCore
import CascadeSim
import DequeModule

/// Keeps what the lending market's events tell and its state cannot be asked for later: the newest
/// keeper activity (starts, resets, takes, ends), with the auction each concerns even after it ended,
/// and each auction's life gathered for the replays overlay.
/// - Complexity: O(1) per event, plus O(kept replays) to find a running auction's (a search from the
///   newest, where running auctions are) and to drop the oldest.
struct LendingRecorder {
    /// Lines of activity kept, and auction replays of other vaults kept (the user's are all kept).
    static let length = 200

    let user: AccountID
    /// Newest last.
    private(set) var activity = Deque<LendingActivity>()
    /// Auction replays by auction id, oldest first: the user's all, others' the newest `length`.
    private(set) var auctions: [AuctionReplay] = []
    /// The vault, its kind and whether the vault is the user's, of each running auction: an auction's end
    /// leaves the market before its events are read.
    private var running: [AuctionID: (vault: VaultID, kind: Int, isYours: Bool)] = [:]

    init(user: AccountID) { self.user = user }

    /// Takes in one lending event, applied at `place.now`.
    mutating func record(_ event: LendingEvent, _ place: Marketplace) {
        guard let market = place.exchange.lending else { return }
        let now = place.now
        switch event {
        case .auctionStarted(let start):
            guard let vault = market.vault(start.vault) else { return }
            let isYours = vault.owner == user || start.keeper == user
            running[start.auction] = (start.vault, vault.type, vault.owner == user)
            let entry = LendingActivity(
                time: now, auction: start.auction, vault: start.vault, kind: vault.type, actor: start.keeper,
                incentive: start.incentive, isYours: isYours,
                what: .started(lot: start.lot, tab: start.tab, top: start.top), isYourVault: vault.owner == user)
            auctions.append(AuctionReplay(entry, isVaultRow: vault.owner == user))
            if auctions.count > Self.length, let old = auctions.firstIndex(where: { !$0.isYours }) {
                auctions.remove(at: old)
            }
            append(entry)
        case .auctionReset(let id, let keeper, let top, let incentive):
            guard let auction = running[id] else { return }
            append(
                LendingActivity(
                    time: now, auction: id, vault: auction.vault, kind: auction.kind, actor: keeper,
                    incentive: incentive, isYours: auction.isYours || keeper == user, what: .reset(top: top),
                    isYourVault: auction.isYours))
        case .auctionTaken(let id, let bidder, let take, let tabLeft, let lotLeft):
            guard let auction = running[id] else { return }
            append(
                LendingActivity(
                    time: now, auction: id, vault: auction.vault, kind: auction.kind, actor: bidder,
                    isYours: auction.isYours || bidder == user,
                    what: .taken(take, tabLeft: tabLeft, lotLeft: lotLeft), isYourVault: auction.isYours))
        case .auctionEnded(let id, let returned, let unpaid, _, let badDebt):
            guard let auction = running.removeValue(forKey: id), let vault = market.vault(auction.vault) else {
                return
            }
            append(
                LendingActivity(
                    time: now, auction: id, vault: auction.vault, kind: auction.kind, actor: vault.owner,
                    isYours: auction.isYours, what: .ended(returned: returned, unpaid: unpaid, badDebt: badDebt),
                    isYourVault: auction.isYours))
        case .liquidated(let id, let liquidator, let plan, _):
            guard let vault = market.vault(id) else { return }
            append(
                LendingActivity(
                    time: now, vault: id, kind: vault.type, actor: liquidator,
                    isYours: vault.owner == user || liquidator == user,
                    what: .liquidated(repaid: plan.debtToCover, seized: plan.seized), isYourVault: vault.owner == user))
        default:
            break
        }
    }

    /// Adds `entry` to the activity, and to its auction's replay (a start has made it already).
    private mutating func append(_ entry: LendingActivity) {
        if let id = entry.auction, !entry.isStart, let index = auctions.lastIndex(where: { $0.auction == id }) {
            auctions[index].steps.append(entry)
        }
        activity.append(entry)
        if activity.count > Self.length { activity.removeFirst() }
    }
}

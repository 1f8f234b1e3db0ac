import CascadeCore

/// One auction's life as it happened, for the replays overlay: the bark (lot, tab, start price and
/// the keeper's incentive), each take (price, slice, bidder), each reset (new start price), and the
/// end (collateral returned to the owner, or debt left unpaid and bad debt). Built from the lending
/// events by `LendingRecorder`; the steps are the keeper activity lines of this auction.
struct AuctionReplay: Sendable, Hashable {
    var auction: AuctionID
    var vault: VaultID
    /// Offset of the vault's kind in `LendingSnapshot.kinds`.
    var kind: Int
    /// The user's own vault was auctioned.
    var isVaultRow: Bool
    /// Oldest first; the first is the start.
    var steps: [LendingActivity]

    /// A replay opened by its start (`steps` must begin with a `.started` activity of `auction`).
    init(_ start: LendingActivity, isVaultRow: Bool) {
        auction = start.auction ?? AuctionID(0)
        vault = start.vault
        kind = start.kind
        self.isVaultRow = isVaultRow
        steps = [start]
    }

    /// When the auction started.
    var started: SimTime { steps.first?.time ?? 0 }

    /// The user's vault, or the user acted in it (barked, reset, bought).
    var isYours: Bool { steps.contains(where: \.isYours) }

    /// The lot, tab and start price at the bark.
    var start: (lot: Money, tab: Money, top: Ray)? {
        guard case .started(let lot, let tab, let top) = steps.first?.what else { return nil }
        return (lot, tab, top)
    }

    /// Each round: when it began and its start price (the bark's, then each reset's).
    var rounds: [(time: SimTime, top: Ray)] {
        steps.compactMap { step in
            switch step.what {
            case .started(_, _, let top), .reset(let top): (step.time, top)
            default: nil
            }
        }
    }

    /// The takes, oldest first, with when they happened and who bought.
    var takes: [(time: SimTime, bidder: AccountID, take: AuctionTake)] {
        steps.compactMap { step in
            guard case .taken(let take, _, _) = step.what else { return nil }
            return (step.time, step.actor, take)
        }
    }

    /// How it ended: collateral returned, debt unpaid, bad debt; nil while it runs.
    var end: (time: SimTime, returned: Money, unpaid: Money, badDebt: Money)? {
        guard let last = steps.last, case .ended(let returned, let unpaid, let badDebt) = last.what else { return nil }
        return (last.time, returned, unpaid, badDebt)
    }
}

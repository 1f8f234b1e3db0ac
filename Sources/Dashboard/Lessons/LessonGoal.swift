import CascadeCore
import CascadeSim

/// What finishes a lesson step, detected from the snapshot and the screen state alone.
public enum LessonGoal: Sendable, Hashable {
    /// A reading step: Enter moves on.
    case read
    /// A position in the shown instrument, on `side` (any when nil), in `mode` (any when nil), at
    /// `minimumLeverage` or more.
    case position(side: Side?, mode: MarginMode?, minimumLeverage: Int)
    /// No position in the shown instrument.
    case flat
    /// The shown instrument's margin mode setting.
    case marginMode(MarginMode)
    /// This overlay is open.
    case overlay(OverlayKind)
    /// The what-if overlay shows a mark at which the position would be liquidated.
    case whatIfLiquidates
    case heatmapSource(AppState.HeatmapSource)
    /// This workspace is open.
    case workspace(Workspace)
    /// A long option position of this right (a call, a put) on the shown underlying.
    case longOption(OptionRight)
    /// A short option position of this right on the shown underlying.
    case shortOption(OptionRight)
    /// The account's USDC cross margin is under this model.
    case crossModel(CrossMarginModel)
    /// The Options workspace shows the risk matrix (`R`).
    case riskMatrix
    /// `count` log lines of `kind` since the step began (only the user's when `userOnly`).
    case logged(LogEntry.Kind, userOnly: Bool, count: Int)
    /// One of the user's vaults owes something at a health factor below this.
    case vaultHealth(below: Rate)
    /// An auction of one of the user's vaults is running.
    case ownAuction
    /// The user bought collateral in an auction.
    case tookInAuction
    /// The simulated clock has reached this time.
    case clock(SimTime)

    /// The overlays a goal can wait for; the replays overlay counts twice, as its list and as an opened replay.
    public enum OverlayKind: Sendable, Hashable {
        case explain, whatIf, glossary, replayList, replayOpened
    }

    /// Whether the goal is met; `since` is the newest log sequence when the step began.
    func isMet(snapshot: MarketSnapshot, state: AppState, since: Int) -> Bool {
        let position = snapshot.account.positions.first { $0.instrument == state.instrument }
        switch self {
        case .read:
            return false
        case .position(let side, let mode, let minimumLeverage):
            guard let position else { return false }
            let size = position.position.size
            return (side == nil || (size > 0) == (side == .buy)) && (mode == nil || position.position.mode == mode)
                && position.position.leverage >= minimumLeverage
        case .flat:
            return position == nil
        case .marginMode(let mode):
            return snapshot.account.mode(of: state.instrument) == mode
        case .overlay(let kind):
            return state.overlayKind == kind
        case .whatIfLiquidates:
            guard case .whatIf(let whatIf) = state.overlay, let position else { return false }
            return whatIf.liquidates(position, accountWallet: snapshot.account.wallet)
        case .heatmapSource(let source):
            return state.heatmapSource == source
        case .workspace(let workspace):
            return state.workspace == workspace
        case .longOption(let right), .shortOption(let right):
            let long = self == .longOption(right)
            return snapshot.account.optionPositions.contains {
                ($0.position.size > 0) == long && !$0.position.isFlat && $0.instrument.option?.right == right
                    && $0.instrument.option?.underlying == state.instrument
            }
        case .crossModel(let model):
            return snapshot.account.crossModel == model
        case .riskMatrix:
            return state.workspace == .options && state.options.riskMatrix
        case .logged(let kind, let userOnly, let count):
            let matching = snapshot.log.reversed().prefix { $0.sequence > since }.filter {
                $0.kind == kind && (!userOnly || $0.isUser)
            }
            return matching.count >= count
        case .vaultHealth(let limit):
            return snapshot.lending?.vaults.contains { $0.debt.units > 0 && ($0.health.map { $0 < limit } ?? false) }
                ?? false
        case .ownAuction:
            return snapshot.lending?.auctions.contains(where: \.isYours) ?? false
        case .clock(let time):
            return snapshot.time >= time
        case .tookInAuction:
            return snapshot.lending?.activity.contains {
                guard case .taken = $0.what else { return false }
                return $0.actor == World.userAccount
            } ?? false
        }
    }
}

extension AppState {
    /// The open overlay as a lesson goal names it.
    var overlayKind: LessonGoal.OverlayKind? {
        switch overlay {
        case .explain, .explainTicket: .explain
        case .whatIf: .whatIf
        case .glossary: .glossary
        case .replays(let browser): browser.opened == nil ? .replayList : .replayOpened
        default: nil
        }
    }
}

import CascadeCore

/// What the lending market did with one lending command of the user's, said in one line in whole
/// coins: supplied, withdrew, deposited, borrowed, repaid or bought at auction, with the vault's
/// health factor after it; or why it was refused.
struct LendingReply {
    let command: LendingCommand
    /// The asset the command moves (the pool's, or the vault kind's collateral or debt).
    let moving: Asset
    /// The vault kind the command concerns, when it concerns one.
    let kind: LendingSnapshot.Kind?
    /// The vault whose health the line ends with.
    private var vault: VaultID?
    private var text: String?
    private(set) var rejection: String?

    /// The reply for `command` on `market` as it is before the command; nil for a command the
    /// user does not send (`bark`, `redo`, `liquidate`).
    init?(_ command: LendingCommand, on market: LendingMarket?) {
        self.command = command
        func kind(_ type: Int?) -> LendingSnapshot.Kind? {
            guard let type, let market, market.rules.vaultTypes.indices.contains(type) else { return nil }
            return LendingSnapshot.Kind(market, type: type)
        }
        switch command {
        case .supply(_, let asset, _), .redeem(_, let asset, _):
            moving = asset
            self.kind = nil
        case .openVault(_, let name):
            self.kind = kind(market?.typeIndex(named: name))
            moving = self.kind?.collateral ?? .usdc
        case .depositCollateral(_, let id, _), .withdrawCollateral(_, let id, _):
            self.kind = kind(market?.vault(id)?.type)
            moving = self.kind?.collateral ?? .usdc
            vault = id
        case .borrow(_, let id, _), .repay(_, let id, _):
            self.kind = kind(market?.vault(id)?.type)
            moving = self.kind?.debt ?? .usdc
            vault = id
        case .take(_, let id, _, _):
            self.kind = kind(market?.auction(id)?.type)
            moving = self.kind?.debt ?? .usdc
        case .bark, .redo, .liquidate:
            return nil
        }
    }

    /// Takes in one event of the command.
    mutating func note(_ event: LendingEvent, user: AccountID) {
        switch event {
        case .rejected(let account, let reason) where account == user:
            rejection = "Refused: " + reason.userText(moving: moving, kind: kind)
        case .supplied(let account, let asset, let amount, let tokens) where account == user:
            text =
                "Supplied \(LendingFormat.amount(amount, asset)) to the pool for "
                + "\(DisplayFormat.money(tokens, asset)) c\(asset.symbol)"
        case .redeemed(let account, let asset, let amount, let tokens) where account == user:
            text =
                "Withdrew \(LendingFormat.amount(amount, asset)) from the pool for "
                + "\(DisplayFormat.money(tokens, asset)) c\(asset.symbol)"
        case .vaultOpened(let id, let account, let type) where account == user:
            text = "Opened YOUR vault #\(id.rawValue) (\(type))"
            vault = id
        case .collateralMoved(let id, let amount) where id == vault:
            let verb = amount.units >= 0 ? "Deposited" : "Withdrew"
            text =
                "\(verb) \(LendingFormat.amount(amount.magnitude, moving)) \(amount.units >= 0 ? "into" : "from") "
                + "YOUR vault #\(id.rawValue)"
        case .debtChanged(let id, let amount, let debt) where id == vault:
            let verb = amount.units >= 0 ? "Borrowed" : "Repaid"
            text =
                "\(verb) \(LendingFormat.amount(amount.magnitude, moving)) on YOUR vault #\(id.rawValue): "
                + "it owes \(LendingFormat.amount(debt, moving))"
        case .auctionTaken(let id, let bidder, let take, _, let lotLeft) where bidder == user:
            guard let kind else { return }
            text =
                "Bought \(LendingFormat.amount(take.slice, kind.collateral)) in auction #\(id.rawValue) at "
                + "\(LendingFormat.price(take.price, kind)) for \(LendingFormat.amount(take.owe, kind.debt)); "
                + "\(DisplayFormat.money(lotLeft, kind.collateral)) left for sale"
        default:
            break
        }
    }

    /// Ends the line with the vault's health factor on `market` after the command.
    mutating func finish(on market: LendingMarket?) {
        guard text != nil, let vault, let market, let state = market.vault(vault) else { return }
        let debt = market.debt(of: state)
        let health = LendingFormat.health(market.healthFactor(of: state), hasDebt: debt.units > 0)
        text! += "; health \(health.text) \(health.word)"
    }

    /// The line for the status bar, or nil when the command said nothing.
    var reply: (text: String, isError: Bool)? {
        if let rejection { return (rejection, true) }
        return text.map { ($0, false) }
    }
}

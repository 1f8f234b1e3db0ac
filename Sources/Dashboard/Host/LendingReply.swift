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
    /// For `bark`: the vault as it was before the command (`YOUR vault #3`, `vault #12`) and, when
    /// the market would refuse it, why in the user's words (its health factor when it is safe).
    private var barked: (name: String, refusal: String?)?

    /// The reply for `command` on `market` as it is before the command; nil for a command the
    /// user does not send (`redo`, `liquidate`).
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
        case .bark(let user, let id):
            self.kind = kind(market?.vault(id)?.type)
            moving = self.kind?.debt ?? .usdc
            barked = Self.barkTarget(id, user: user, on: market)
        case .redo, .liquidate:
            return nil
        }
    }

    /// How `bark` names vault `id` and, when the market will refuse it, why.
    private static func barkTarget(_ id: VaultID, user: AccountID, on market: LendingMarket?) -> (String, String?) {
        guard let market, let vault = market.vault(id) else {
            return ("vault #\(id.rawValue)", "there is no such vault")
        }
        let name = "\(vault.owner == user ? "YOUR vault" : "vault") #\(id.rawValue)"
        if let auction = vault.auction { return (name, "\(name) is already in auction #\(auction.rawValue)") }
        let debt = market.debt(of: vault)
        guard debt.units > 0 else { return (name, "\(name) owes nothing") }
        let factor = market.healthFactor(of: vault)
        guard let factor, factor.units < Rate.one else {
            let health = LendingFormat.health(factor, hasDebt: true)
            return (name, "\(name) is safe: health \(health.text) \(health.word); only below 1 can it be auctioned")
        }
        return (name, nil)
    }

    /// Takes in one event of the command.
    mutating func note(_ event: LendingEvent, user: AccountID) {
        switch event {
        case .rejected(let account, let reason) where account == user:
            let known = barked?.refusal.flatMap { [.vaultSafe, .unknownVault].contains(reason) ? $0 : nil }
            rejection = "Refused: " + (known ?? reason.userText(moving: moving, kind: kind))
        case .auctionStarted(let start) where start.keeper == user:
            guard let kind, let barked else { return }
            text =
                "Barked \(barked.name): auction #\(start.auction.rawValue) sells "
                + "\(LendingFormat.amount(start.lot, kind.collateral)) for a tab of "
                + "\(LendingFormat.amount(start.tab, kind.debt)) from \(LendingFormat.price(start.top, kind)); "
                + "you earned \(LendingFormat.amount(start.incentive, kind.debt))"
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

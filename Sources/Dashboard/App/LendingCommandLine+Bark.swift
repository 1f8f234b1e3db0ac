import CascadeCore
import CascadeSim

extension LendingCommandLine {
    /// `bark 12` (or `#12`): starts the auction of vault 12 if its health factor is below 1, as any
    /// keeper may (Maker's `Dog.bark`, https://docs.makerdao.com/smart-contract-modules/dog-and-clipper-detailed-documentation);
    /// the user earns the keeper's incentive, `tip + chip × tab`. The snapshot knows the user's own
    /// vaults and the first unsafe ones, so a safe vault among them is refused here with its health
    /// factor; for any other vault the engine decides and its reply says the health factor.
    func bark(_ words: [String]) -> Result<Plan, LendingCommandError> {
        let usage = ":bark VAULT"
        guard words.count == 1 else { return .failure(LendingCommandError("usage: \(usage)")) }
        let number = words[0].hasPrefix("#") ? String(words[0].dropFirst()) : words[0]
        guard let raw = Int64(number), raw > 0 else {
            return .failure(LendingCommandError("'\(words[0])' is not a vault number; usage: \(usage)"))
        }
        guard lending.mode == .auction else {
            return .failure(
                LendingCommandError("this market liquidates by fixed bonus, not auction: nothing to bark"))
        }
        let id = VaultID(raw)
        let command = LendingCommand.bark(World.userAccount, id)
        if let own = lending.vaults.first(where: { $0.id == id }) {
            return barkPlan(command, own, owner: "YOUR vault")
        }
        if let unsafe = lending.unbarked.first(where: { $0.id == id }) {
            return barkPlan(command, unsafe, owner: "vault")
        }
        let preview =
            "Bark vault #\(raw): starts its auction if its health factor is below 1; you earn the keeper's tip"
        return .success(Plan(request: .command(.lending(command)), preview: preview))
    }

    /// The plan for barking a vault the snapshot knows: refused while it is in an auction, owes
    /// nothing or is safe (with its health factor), else previewed with the lot, tab and incentive
    /// of a whole liquidation (the auction limits may make it partial).
    private func barkPlan(
        _ command: LendingCommand, _ vault: LendingSnapshot.VaultRow, owner: String
    ) -> Result<Plan, LendingCommandError> {
        let name = "\(owner) #\(vault.id.rawValue)"
        if let auction = vault.auction {
            return .failure(LendingCommandError("\(name) is already in auction #\(auction.rawValue)"))
        }
        guard vault.debt.units > 0 else { return .failure(LendingCommandError("\(name) owes nothing")) }
        let kind = lending.kinds[vault.kind]
        let health = LendingFormat.health(vault.health, hasDebt: true)
        guard let factor = vault.health, factor.units < Rate.one else {
            return .failure(
                LendingCommandError(
                    "\(name) is safe: health \(health.text) \(health.word); only below 1 can it be auctioned"))
        }
        let tab = kind.auction.chop.of(vault.debt, rounding: .up)
        let incentive = kind.auction.tip + kind.auction.chip.of(tab, rounding: .down)
        let preview =
            "Bark \(name) (health \(health.text)): auction \(LendingFormat.amount(vault.collateral, kind.collateral)) "
            + "for a tab of \(LendingFormat.amount(tab, kind.debt)); you earn about "
            + LendingFormat.amount(incentive, kind.debt)
        return .success(Plan(request: .command(.lending(command)), preview: preview))
    }
}

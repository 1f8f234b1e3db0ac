import CascadeCore
import CascadeSim

extension LendingCommandLine {
    /// `take 3 1.5 [max 1900]`: buys up to 1.5 of auction 3's collateral at its current price, if that
    /// is at most the limit (per whole coin; without one, the price shown now, so a reset's higher
    /// start never surprises). The user acts as a keeper: the collateral lands in the wallet.
    func take(_ words: [String]) -> Result<Plan, LendingCommandError> {
        let usage = ":take AUCTION AMOUNT [max PRICE]"
        guard words.count == 2 || (words.count == 4 && words[2].lowercased() == "max") else {
            return .failure(LendingCommandError("usage: \(usage)"))
        }
        let number = words[0].hasPrefix("#") ? String(words[0].dropFirst()) : words[0]
        guard let id = Int64(number), let auction = lending.auctions.first(where: { $0.id.rawValue == id }) else {
            let live = lending.auctions.map { "#\($0.id.rawValue)" }.joined(separator: ", ")
            return .failure(
                LendingCommandError("no running auction \(words[0]); running: \(live.isEmpty ? "none" : live)"))
        }
        let kind = lending.kinds[auction.kind]
        let all = words[1].lowercased() == "all"
        let parsed = all ? .success(auction.lot.lot) : Self.amount(words[1], kind.collateral, usage: usage)
        return parsed.flatMap { amount in
            let now = lending.time
            guard !auction.lot.needsReset(at: now, rules: kind.auction) else {
                return .failure(LendingCommandError("auction #\(id) needs a reset first (too old or too cheap)"))
            }
            let price = auction.lot.price(at: now, rules: kind.auction)
            var limit = price
            if words.count == 4 {
                guard let whole = try? kind.debt.money(parsing: words[3]), whole.units > 0,
                    let ray = Ray(Int128(whole.units), over: Int128(kind.collateral.unitsPerWhole), rounding: .down)
                else { return .failure(LendingCommandError("'\(words[3])' is not a price; usage: \(usage)")) }
                limit = ray
            }
            guard price <= limit else {
                return .failure(
                    LendingCommandError(
                        "auction #\(id) is at \(LendingFormat.price(price, kind)), above your limit "
                            + LendingFormat.price(limit, kind)))
            }
            let slice = min(amount, auction.lot.lot)
            let owe = min(
                auction.lot.tab, Money(units: Int64(clamping: price.of(Int128(slice.units), rounding: .up) ?? 0)))
            let wallet = lending.wallet(kind.debt)
            guard owe <= wallet else {
                return .failure(
                    LendingCommandError(
                        "buying \(LendingFormat.amount(slice, kind.collateral)) costs \(LendingFormat.amount(owe, kind.debt)); "
                            + "only \(LendingFormat.amount(wallet, kind.debt)) free"))
            }
            let market = kind.price.map { " (oracle \(LendingFormat.price($0, kind)))" } ?? ""
            let preview =
                "Take \(LendingFormat.amount(slice, kind.collateral)) of auction #\(id) at "
                + "\(LendingFormat.price(price, kind))\(market) for about \(LendingFormat.amount(owe, kind.debt))"
            let command = LendingCommand.take(World.userAccount, auction.id, amount, maxPrice: limit)
            return .success(Plan(request: .command(.lending(command)), preview: preview))
        }
    }
}

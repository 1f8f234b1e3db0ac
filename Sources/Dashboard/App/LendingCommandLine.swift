import CascadeCore
import CascadeSim

/// The lending commands of the command line: `supply 1000 USDC`, `withdraw 500 USDC`, `deposit 2
/// ETH`, `borrow 1500 USDC`, `repay [AMOUNT]`, `take AUCTION AMOUNT [max PRICE]`, `bark VAULT`. Each is checked
/// against the lending market of the latest snapshot and previewed (the health factor after it) as
/// it is typed; the engine still has the last word, and its refusal says why in the same units.
struct LendingCommandLine {
    /// What a well-formed command asks of the engine, and the line that says what it will do.
    struct Plan {
        var request: EngineRequest
        var preview: String
    }

    let lending: LendingSnapshot
    /// The vault the Lending workspace has selected (offset in `lending.vaults`): where `borrow` and
    /// `repay` go when the command names no collateral.
    var selectedVault = 0

    /// The verbs handled here (`deposit` only with ETH or BTC: without an asset, or with USDC, it is
    /// the trading account's top-up).
    static func handles(_ words: [String]) -> Bool {
        guard let verb = words.first?.lowercased() else { return false }
        switch verb {
        case "supply", "withdraw", "borrow", "repay", "take", "bark": return true
        case "deposit": return words.count >= 3 && words[2].uppercased() != "USDC"
        default: return false
        }
    }

    /// The plan for `words`, or why it cannot run, in the user's units.
    func plan(_ words: [String]) -> Result<Plan, LendingCommandError> {
        let verb = words.first?.lowercased() ?? ""
        let arguments = Array(words.dropFirst())
        switch verb {
        case "supply": return supply(arguments)
        case "withdraw": return withdraw(arguments)
        case "deposit": return deposit(arguments)
        case "borrow": return borrow(arguments)
        case "repay": return repay(arguments)
        case "take": return take(arguments)
        case "bark": return bark(arguments)
        default: return .failure(LendingCommandError("not a lending command"))
        }
    }

    /// The pool named `symbol` (any case), or the refusal naming the pools there are.
    func pool(_ symbol: String) -> Result<LendingSnapshot.Pool, LendingCommandError> {
        guard let pool = lending.pools.first(where: { $0.asset.symbol == symbol.uppercased() }) else {
            let names = lending.pools.map(\.asset.symbol).joined(separator: ", ")
            return .failure(LendingCommandError("no \(symbol) pool; pools: \(names)"))
        }
        return .success(pool)
    }

    /// A positive amount of `asset` from `text`, or the refusal quoting `usage`.
    static func amount(_ text: String, _ asset: Asset, usage: String) -> Result<Money, LendingCommandError> {
        guard let amount = try? asset.money(parsing: text), amount.units > 0, amount.units <= Int64.max / 16 else {
            return .failure(LendingCommandError("'\(text)' is not an amount of \(asset.symbol); usage: \(usage)"))
        }
        return .success(amount)
    }
}

/// Why a lending command cannot run, in the words the status line shows.
struct LendingCommandError: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}

/// A change to one account's wallet that a lending command makes; the exchange, which owns the
/// wallets, applies it. Positive credits the wallet, negative debits it.
public struct WalletTransfer: Sendable, Hashable {
    /// Whose wallet.
    public var account: AccountID
    /// Which asset's balance.
    public var asset: AssetID
    /// Signed change.
    public var amount: Money
}

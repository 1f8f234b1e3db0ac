/// Which insurance fund: the shared one of a settlement asset, or one contract's own pool (Bybit
/// isolates the pools of some contracts; https://help.bybit.com/hc/en-us/articles/900000031623).
public struct InsuranceFundID: Sendable, Hashable {
    /// The settlement asset the fund holds.
    public var asset: AssetID
    /// The contract whose pool it is; `nil` for the asset's shared fund.
    public var contract: InstrumentID?

    /// The shared fund of `asset`, or `contract`'s own pool.
    public init(asset: AssetID, contract: InstrumentID? = nil) {
        self.asset = asset
        self.contract = contract
    }
}

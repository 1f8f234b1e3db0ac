/// An asset's place in the exchange's list of settlement assets (`Exchange.assets`, first-listed
/// first): wallets, ledgers and insurance funds are indexed by it.
public struct AssetID: DenseID, CustomStringConvertible {
    /// Offset in `Exchange.assets` and in every array indexed by asset (wallets, ledgers).
    public let index: Int

    /// The id at position `index` of its dense table (0-based, as listed).
    @inlinable public init(index: Int) { self.index = index }
    /// The id at position `index` of its dense table (0-based, as listed).
    @inlinable public init(_ index: Int) { self.index = index }

    /// `"asset N"`, for logs and test failures; the `Asset` itself gives the symbol.
    public var description: String { "asset \(index)" }
}

extension AssetID {
    /// The settlement asset of the first-listed instrument (USDC in the built-in catalogue): the one
    /// headline figures such as the insurance fund and the user's balance are quoted in.
    public static let primary = AssetID(0)
}

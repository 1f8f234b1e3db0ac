/// An identifier that numbers the elements of a dense array from zero: instruments, assets,
/// accounts. `DenseArray` is indexed by it, so an account id cannot index the markets.
public protocol DenseID: Hashable, Comparable, Sendable {
    /// The element's offset in its array.
    var index: Int { get }
    init(index: Int)
}

extension DenseID {
    /// Orders by the underlying integer, so sorting and `min`/`max` need no conversion.
    @inlinable public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }

    /// The first id (index 0): the first listed instrument, the first account.
    @inlinable public static var first: Self { Self(index: 0) }
}

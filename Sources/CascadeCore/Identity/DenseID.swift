/// An identifier that numbers the elements of a dense array from zero: instruments, assets,
/// accounts. `DenseArray` is indexed by it, so an account id cannot index the markets.
public protocol DenseID: Hashable, Comparable, Sendable {
    /// The element's offset in its array.
    var index: Int { get }
    init(index: Int)
}

extension DenseID {
    @inlinable public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }
}

/// An array indexed by a typed id instead of a bare `Int`: `markets[instrument]`,
/// `wallets[asset]`, `accounts[account]`.
///
/// - Complexity: the same as `Array`; subscripting is an offset, with no hashing.
public struct DenseArray<ID: DenseID, Element>: RandomAccessCollection, MutableCollection {
    @usableFromInline var elements: [Element]

    /// Wraps `elements`; the element at position i belongs to the id with index i.
    @inlinable public init(_ elements: [Element] = []) { self.elements = elements }
    /// One copy of `element` for each of the first `count` ids.
    @inlinable public init(repeating element: Element, count: Int) {
        elements = Array(repeating: element, count: count)
    }

    /// The typed id is the index itself, so `startIndex` is id 0 and no bare `Int` can subscript.
    public typealias Index = ID
    /// `indices` yields every id in order; it holds the collection (a retain, not a copy of the elements).
    public typealias Indices = DefaultIndices<Self>

    /// The first id (index 0).
    @inlinable public var startIndex: ID { ID(index: 0) }
    /// One past the last id, as `Collection` requires.
    @inlinable public var endIndex: ID { ID(index: elements.count) }
    /// How many ids have an element; O(1).
    @inlinable public var count: Int { elements.count }
    /// The next id; O(1).
    @inlinable public func index(after id: ID) -> ID { ID(index: id.index + 1) }
    /// The previous id; O(1).
    @inlinable public func index(before id: ID) -> ID { ID(index: id.index - 1) }
    /// The id `distance` positions away; O(1), so the collection is random access.
    @inlinable public func index(_ id: ID, offsetBy distance: Int) -> ID { ID(index: id.index + distance) }
    /// How many positions lie between two ids; O(1).
    @inlinable public func distance(from start: ID, to end: ID) -> Int { end.index - start.index }

    /// The element for `id`; O(1), traps like an array on an id it does not hold. Reads borrow the
    /// element in place through the array's span: `Array`'s own getter returns a copy, and reading one
    /// field of a market or an account that way copied the whole struct (hundreds of bytes, with a
    /// retain for each of its buffers) on every order.
    @inlinable public subscript(id: ID) -> Element {
        _read { yield elements.span[id.index] }
        _modify { yield &elements[id.index] }
    }

    /// Whether `id` names an element.
    @inlinable public func contains(_ id: ID) -> Bool { id.index >= 0 && id.index < elements.count }

    /// Appends an element; its id is the old `endIndex`.
    @inlinable public mutating func append(_ element: Element) { elements.append(element) }
}

extension DenseArray: Sendable where Element: Sendable {}
extension DenseArray: Equatable where Element: Equatable {}
extension DenseArray: Hashable where Element: Hashable {}

extension DenseArray: ExpressibleByArrayLiteral {
    /// A table written as a list literal, first element for index 0.
    @inlinable public init(arrayLiteral elements: Element...) { self.init(elements) }
}

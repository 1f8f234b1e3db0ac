/// An array indexed by a typed id instead of a bare `Int`: `markets[instrument]`,
/// `wallets[asset]`, `accounts[account]`.
///
/// - Complexity: the same as `Array`; subscripting is an offset, with no hashing.
public struct DenseArray<ID: DenseID, Element>: RandomAccessCollection, MutableCollection {
    @usableFromInline var elements: [Element]

    @inlinable public init(_ elements: [Element] = []) { self.elements = elements }
    @inlinable public init(repeating element: Element, count: Int) {
        elements = Array(repeating: element, count: count)
    }

    public typealias Index = ID
    public typealias Indices = DefaultIndices<Self>

    @inlinable public var startIndex: ID { ID(index: 0) }
    @inlinable public var endIndex: ID { ID(index: elements.count) }
    @inlinable public var count: Int { elements.count }
    @inlinable public func index(after id: ID) -> ID { ID(index: id.index + 1) }
    @inlinable public func index(before id: ID) -> ID { ID(index: id.index - 1) }
    @inlinable public func index(_ id: ID, offsetBy distance: Int) -> ID { ID(index: id.index + distance) }
    @inlinable public func distance(from start: ID, to end: ID) -> Int { end.index - start.index }

    @inlinable public subscript(id: ID) -> Element {
        get { elements[id.index] }
        set { elements[id.index] = newValue }
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
    @inlinable public init(arrayLiteral elements: Element...) { self.init(elements) }
}

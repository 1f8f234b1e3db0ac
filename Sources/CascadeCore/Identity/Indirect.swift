/// A value stored out of line behind one reference, copied on write: a copy of the holder shares it
/// until one of them changes it.
///
/// For the large, rarely changed parts of a struct that is copied often. Swift copies a struct into a
/// temporary for each non-mutating method called on it from a mutating one or from another module,
/// and those copies cost in proportion to its inline size; out of line, such a part costs one word.
/// Reading goes through one more pointer; a change checks the reference for uniqueness.
struct Indirect<Value: Sendable>: @unchecked Sendable {
    // Unchecked: the box is changed only through `value`'s `_modify`, which first makes it unique,
    // so no box that two holders (or threads) share is ever written.
    private final class Box {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    /// The value, read in place (a borrow: nothing in it is retained or copied) or changed in place
    /// once this holder owns the only reference.
    var value: Value {
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}

/// Two lists each in increasing `key` order, merged into one in that order: how the recorders put
/// the user's own lines and replays, kept apart so the market's cannot push them out, back among
/// the market's.
/// - Complexity: O(n + m).
func mergedInOrder<Element>(
    _ first: some Collection<Element>, _ second: some Collection<Element>, by key: (Element) -> Int
) -> [Element] {
    var merged: [Element] = []
    merged.reserveCapacity(first.count + second.count)
    var rest = second[...]
    for element in first {
        while let next = rest.first, key(next) < key(element) {
            merged.append(next)
            rest = rest.dropFirst()
        }
        merged.append(element)
    }
    return merged + rest
}

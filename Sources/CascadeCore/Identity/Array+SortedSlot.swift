extension Array where Element: Comparable {
    /// Where `value` is, or would be inserted to keep the array ascending: the first index whose
    /// element is not below it. O(log n).
    func sortedSlot(of value: Element) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Puts `value` in the ascending array or takes it out, as `member` says; O(log n) to find, O(n)
    /// to move. Returns whether it was in before.
    @discardableResult
    mutating func setMembership(of value: Element, to member: Bool) -> Bool {
        let slot = sortedSlot(of: value)
        let present = slot < count && self[slot] == value
        if member && !present { insert(value, at: slot) }
        if !member && present { remove(at: slot) }
        return present
    }
}

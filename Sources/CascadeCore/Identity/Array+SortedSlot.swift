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
}

import CascadeCore

extension BookView {
    /// A grouping of `ticks` ticks as a price step of `instrument`: `10.0` for 100 ticks of 0.1.
    static func groupText(_ ticks: Int64, _ instrument: Instrument) -> String {
        instrument.format(Price(ticks: ticks))
    }

    /// Levels merged into groups of `ticks` ticks: bids round down and asks round up to the group, so
    /// a grouped price never looks better than the orders behind it. Sizes and order counts add up,
    /// the user's mark survives the merge and cumulative sizes are recounted.
    ///
    /// - Complexity: O(levels); levels arrive best first, so each group is a run of neighbours.
    static func grouped(_ levels: [DepthLevel], by ticks: Int64, side: Side) -> [DepthLevel] {
        guard ticks > 1 else { return levels }
        var result: [DepthLevel] = []
        var cumulative = Quantity.zero
        for level in levels {
            let group = side == .buy ? level.price.ticks / ticks : (level.price.ticks + ticks - 1) / ticks
            let price = Price(ticks: group * ticks)
            cumulative += level.quantity
            if let last = result.last, last.price == price {
                result[result.count - 1].quantity += level.quantity
                result[result.count - 1].orderCount += level.orderCount
                result[result.count - 1].cumulativeQuantity = cumulative
                result[result.count - 1].holdsAccountOrder = last.holdsAccountOrder || level.holdsAccountOrder
            } else {
                result.append(
                    DepthLevel(
                        price: price, quantity: level.quantity, orderCount: level.orderCount,
                        cumulativeQuantity: cumulative, holdsAccountOrder: level.holdsAccountOrder))
            }
        }
        return result
    }
}

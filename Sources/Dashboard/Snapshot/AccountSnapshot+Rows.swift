/// The rows of the positions panel, in the order it lists them: perpetual positions, option
/// positions, then open orders. `AppState.selectedRow` indexes them.
extension AccountSnapshot {
    /// How many rows the positions panel lists.
    var rowCount: Int { positions.count + optionPositions.count + orders.count }

    /// The row of the panel where the orders start.
    var firstOrderRow: Int { positions.count + optionPositions.count }

    /// The open order listed at `row`, or nil when that row is a position (or past the end).
    func order(atRow row: Int) -> OrderSnapshot? {
        let index = row - firstOrderRow
        return orders.indices.contains(index) ? orders[index] : nil
    }

    /// `row` moved by `step` and kept within the rows (0 when there are none).
    func row(_ row: Int, movedBy step: Int) -> Int { max(0, min(row + step, rowCount - 1)) }
}

extension OrderBook {
    /// Tells the book the position of an account that has (or may get) reduce-only orders here;
    /// `nil` forgets it. Reduce-only orders of an account the book knows no position for may fill
    /// in full, so the caller registers the account before placing them.
    mutating func setPosition(of account: AccountID, to size: Int64?) {
        reduceOnlyPositions[account.rawValue] = size
    }

    /// Lots a reduce-only order of `account` on `side` may still fill.
    func reducible(_ account: UInt32, side: Side) -> Int64 {
        guard let size = reduceOnlyPositions[account] else { return .max }
        return side == .buy ? Swift.max(0, -size) : Swift.max(0, size)
    }

    /// Moves the known positions of a fill's two accounts.
    mutating func recordFill(_ lots: Int64, maker: UInt32, taker: UInt32, takerSide: Side) {
        let takerChange = takerSide == .buy ? lots : -lots
        if let size = reduceOnlyPositions[taker] { reduceOnlyPositions[taker] = size + takerChange }
        if let size = reduceOnlyPositions[maker] { reduceOnlyPositions[maker] = size - takerChange }
    }
}

/// An account's positions, by instrument.
///
/// Perpetuals sit in a dense array, one slot per listed perpetual, because every account may hold any
/// of them and the hot paths (fills, margin, liquidation) index them directly. Options are listed and
/// expire by the hundred while an account holds a handful, so they sit in a short list sorted by id:
/// an account that trades no option carries none of them.
/// - Complexity: a perpetual is one offset; an option is a binary search over the account's options.
public struct PositionBook: Sendable, Hashable {
    /// One slot per perpetual, by `InstrumentID` (perpetuals take the first ids).
    public private(set) var perpetuals: DenseArray<InstrumentID, Position>
    /// Ids of the options the account has held since their listing and that have not expired, ascending.
    public private(set) var optionIDs: [InstrumentID] = []
    /// The position in each option of `optionIDs`, in the same order.
    private var optionPositions: [Position] = []

    /// `perpetuals` flat slots, each at `leverage`; no option.
    init(perpetuals: Int, leverage: Int) {
        var position = Position()
        position.leverage = leverage
        self.perpetuals = DenseArray(repeating: position, count: perpetuals)
    }

    /// The position in `instrument`; a flat default for an option the account never held.
    public subscript(instrument: InstrumentID) -> Position {
        get {
            if perpetuals.contains(instrument) { return perpetuals[instrument] }
            let slot = optionSlot(instrument)
            return slot < optionIDs.count && optionIDs[slot] == instrument ? optionPositions[slot] : Position()
        }
        set {
            if perpetuals.contains(instrument) {
                perpetuals[instrument] = newValue
                return
            }
            let slot = optionSlot(instrument)
            if slot < optionIDs.count && optionIDs[slot] == instrument {
                optionPositions[slot] = newValue
            } else if newValue != Position() {
                optionIDs.insert(instrument, at: slot)
                optionPositions.insert(newValue, at: slot)
            }
        }
    }

    /// The position in `instrument`, for a caller that asks in ascending id order: `cursor` (from
    /// 0) keeps where the last option was found, so a walk over an account's options reads its
    /// list once, in order, instead of searching it for each.
    func position(_ instrument: InstrumentID, walking cursor: inout Int) -> Position {
        if perpetuals.contains(instrument) { return perpetuals[instrument] }
        while cursor < optionIDs.count && optionIDs[cursor] < instrument { cursor += 1 }
        return cursor < optionIDs.count && optionIDs[cursor] == instrument ? optionPositions[cursor] : Position()
    }

    /// The account's options with their positions (flat ones included), by ascending id.
    public var options: Zip2Sequence<[InstrumentID], [Position]> { zip(optionIDs, optionPositions) }

    /// Forgets the position in option `instrument` (after its expiry settled it).
    mutating func removeOption(_ instrument: InstrumentID) {
        let slot = optionSlot(instrument)
        guard slot < optionIDs.count, optionIDs[slot] == instrument else { return }
        optionIDs.remove(at: slot)
        optionPositions.remove(at: slot)
    }

    /// Every instrument with an open position, perpetuals first, with the position.
    public var open: [(instrument: InstrumentID, position: Position)] {
        var result = zip(perpetuals.indices, perpetuals).filter { !$0.1.isFlat }.map { ($0.0, $0.1) }
        for (id, position) in zip(optionIDs, optionPositions) where !position.isFlat { result.append((id, position)) }
        return result
    }

    /// Whether no position is open in any instrument.
    public var isFlat: Bool { perpetuals.allSatisfy(\.isFlat) && optionPositions.allSatisfy(\.isFlat) }

    /// Whether an option position is open (its margin is then the options' standard margin).
    var holdsOptions: Bool { optionPositions.contains { !$0.isFlat } }

    /// Where `instrument` is or would be in `optionIDs`.
    private func optionSlot(_ instrument: InstrumentID) -> Int { optionIDs.sortedSlot(of: instrument) }
}

/// A set of vaults as one bit per vault id: membership changes in O(1) however many vaults are in
/// it, and members come out in id order by walking the words (64 vaults per step).
struct VaultSet: Sendable, Hashable {
    private var words: [UInt64] = []
    /// Members.
    private(set) var count = 0

    /// Puts the vault in or takes it out.
    mutating func set(_ vault: VaultID, _ member: Bool) {
        let offset = Int(vault.rawValue - 1)
        let (word, bit) = (offset >> 6, UInt64(1) << UInt64(offset & 63))
        if words.count <= word { words += Array(repeating: 0, count: word + 1 - words.count) }
        let present = words[word] & bit != 0
        guard present != member else { return }
        words[word] ^= bit
        count += member ? 1 : -1
    }

    /// Whether the vault is in the set.
    func contains(_ vault: VaultID) -> Bool {
        let offset = Int(vault.rawValue - 1)
        return offset >> 6 < words.count && words[offset >> 6] & (UInt64(1) << UInt64(offset & 63)) != 0
    }

    /// The members, lowest id first.
    /// - Complexity: O(vaults ÷ 64 + members).
    func members() -> [VaultID] {
        var members: [VaultID] = []
        for (index, word) in words.enumerated() where word != 0 {
            var rest = word
            while rest != 0 {
                members.append(VaultID(Int64(index << 6 + rest.trailingZeroBitCount) + 1))
                rest &= rest - 1
            }
        }
        return members
    }
}

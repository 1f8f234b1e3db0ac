/// What the Lending workspace has selected: one of the user's vaults (what `:borrow`, `:repay` and
/// the explain panel use) and one running auction (whose price curve it draws).
struct LendingSelection: Sendable, Hashable {
    /// Offset in `LendingSnapshot.vaults`, clamped when read.
    var vault = 0
    /// Offset in `LendingSnapshot.auctions`, clamped when read.
    var auction = 0
}

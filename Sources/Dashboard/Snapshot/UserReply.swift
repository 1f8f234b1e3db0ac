/// A line the status bar owes the user: the engine's answer to one of their commands (matched by
/// the command it was applied for, and for orders by their client order id), or later news of an
/// order of theirs or of their account. Numbered, so the UI shows each once.
struct UserReply: Sendable, Hashable {
    /// Counts up from 1 within one world (`MarketSnapshot.generation`).
    var sequence: Int
    var text: String
    var isError: Bool
}

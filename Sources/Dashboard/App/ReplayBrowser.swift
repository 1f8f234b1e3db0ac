/// The liquidation replays overlay (`r`): a list of the newest liquidations, and one of them told
/// step by step.
public struct ReplayBrowser: Sendable, Hashable {
    /// Only the user's own liquidations.
    var yoursOnly = false
    /// The selected row of the list, newest first.
    var selected = 0
    /// The replay told step by step, by id; `nil` shows the list.
    var opened: Int?
    /// Lines scrolled in the step-by-step view.
    public var offset = 0
    /// The newest replay when the list opened: later ones stay out, so rows do not move under the
    /// selection while the market runs.
    var newest: Int

    /// The list of replays up to id `newest` (the newest when it opens), all accounts', first row selected.
    public init(newest: Int) { self.newest = newest }

    /// The replays the list shows, newest first.
    func listed(_ replays: [LiquidationReplay]) -> [LiquidationReplay] {
        replays.reversed().filter { $0.id <= newest && (!yoursOnly || $0.isUser) }
    }
}

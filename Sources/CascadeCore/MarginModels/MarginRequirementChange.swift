/// A change of an instrument's tier-1 maintenance rate by its margin model: announced ahead when it
/// rises, then in effect (every position moves to it, and liquidations may follow).
public struct MarginRequirementChange: Sendable, Hashable {
    /// What the event reports: the announcement of a rise, or the moment a change takes effect.
    public enum Phase: Sendable, Hashable {
        /// A rise was announced; it takes effect at `effective`.
        case announced
        /// The new rate now applies to every position (a decrease applies at once, unannounced).
        case effective
    }

    /// The instrument whose tiers change.
    public var instrument: InstrumentID
    /// Announcement or effect.
    public var phase: Phase
    /// Tier 1's maintenance rate before the change.
    public var oldRate: Rate
    /// Tier 1's maintenance rate after it; the other tiers scale by the same factor.
    public var newRate: Rate
    /// When the change was announced (equal to `effective` for a decrease).
    public var announced: SimTime
    /// When the new rate applies to every position.
    public var effective: SimTime

    /// A change as given.
    public init(
        instrument: InstrumentID, phase: Phase, oldRate: Rate, newRate: Rate, announced: SimTime, effective: SimTime
    ) {
        self.instrument = instrument
        self.phase = phase
        self.oldRate = oldRate
        self.newRate = newRate
        self.announced = announced
        self.effective = effective
    }

    /// Whether the requirement goes up.
    public var isRise: Bool { newRate > oldRate }
}

import CascadeCore
import CascadeSim

/// The single-book workload exchange-core publishes for its matching benchmark, regenerated here:
/// a book held near `targetOrders` resting orders over roughly 750 occupied price levels, then commands in the
/// mix 9% good-till-cancelled, 3% immediate-or-cancel, 6% cancel, 82% move (price amend), about 6%
/// of them trading.
///
/// The generator drives a real `OrderBook` while it writes commands, so every cancel and move names
/// an order that is open at that moment; replaying the commands on a fresh book reproduces the same
/// states exactly. Generation is seeded and costs several times the replay; none of it is timed.
public struct MatchingWorkload: Sendable {
    /// How to generate a workload; the defaults are exchange-core's single-book test.
    public struct Parameters: Sendable, Hashable {
        /// Which command mix the generator writes.
        enum Mix: Sendable, Hashable {
            /// exchange-core's: 9% good-till-cancelled, 3% immediate-or-cancel, 6% cancel, 82% move.
            case exchangeCore
            /// An exchange's: 50% new limits near the touch, 35% cancels, 10% immediate-or-cancel or
            /// market takers, 5% amends.
            case exchangeLike
        }

        var mix = Mix.exchangeCore
        /// Seed of the generator; the same parameters give the same commands.
        public var seed: UInt64 = 1
        /// Measured commands to generate after the preload.
        public var commands = 3_000_000
        var targetOrders = 1_000
        /// Resting orders spread evenly over this many ticks on each side of the mid: 1,000 orders on
        /// 2,000 levels leave about 750 of them occupied.
        var halfBandTicks: Int64 = 1_000
        /// Orders are placed for accounts drawn uniformly from 1 through this.
        public var accounts: UInt32 = 1_000

        /// The default workload: seed 1, 3,000,000 commands over 1,000 resting orders and 1,000 accounts.
        public init() {}

        /// Capacity to preallocate: the target plus room for its swings, so the book never grows
        /// while it is timed.
        public var expectedOrders: Int { targetOrders + targetOrders / 32 }

        /// The `matching-deep` variant: a million resting orders over a wide band.
        public static func deep(seed: UInt64, commands: Int) -> Parameters {
            var parameters = Parameters()
            parameters.seed = seed
            parameters.commands = commands
            parameters.targetOrders = 1_000_000
            parameters.halfBandTicks = 50_000
            return parameters
        }

        /// The `matching-mixed` variant: about 1,000 resting orders near the touch, traded by the
        /// exchange-like mix.
        public static func mixed(seed: UInt64, commands: Int) -> Parameters {
            var parameters = Parameters()
            parameters.seed = seed
            parameters.commands = commands
            parameters.mix = .exchangeLike
            parameters.halfBandTicks = 20
            return parameters
        }
    }

    /// Orders that build the starting book; replayed before the clock starts.
    public let preload: [BookScriptCommand]
    /// The measured commands.
    public let commands: [BookScriptCommand]
    /// What the commands turned out to be, counted while generating.
    public let profile: WorkloadProfile

    /// Generates the preload and the commands, driving a real book; costs several times a replay.
    public init(_ parameters: Parameters) {
        var generator = WorkloadGenerator(parameters)
        preload = (0..<parameters.targetOrders).map { _ in generator.placeResting() }
        var commands: [BookScriptCommand] = []
        commands.reserveCapacity(parameters.commands)
        generator.profile = WorkloadProfile()
        for _ in 0..<parameters.commands {
            switch parameters.mix {
            case .exchangeCore: commands.append(generator.nextCommand())
            case .exchangeLike: commands.append(generator.nextExchangeLikeCommand())
            }
        }
        self.commands = commands
        profile = generator.profile
    }
}

/// Counts of what a workload's commands did.
public struct WorkloadProfile: Sendable, Hashable {
    /// New good-till-cancelled limit orders, which rest.
    public var goodTillCancelled = 0
    /// Immediate-or-cancel limit orders priced to cross, and market orders.
    public var immediateOrCancel = 0
    /// Cancels of a resting order.
    public var cancels = 0
    /// Amends of a resting order: a new price, or (exchange-like mix) a smaller size.
    public var moves = 0
    /// Commands that produced at least one trade.
    public var trading = 0
    /// Resting orders after each command, summed (divide by `total` for the mean).
    var restingOrdersSum = 0
    /// Occupied price levels, summed over `levelSamples` samples taken every few thousand commands.
    var occupiedLevelsSum = 0
    var levelSamples = 0

    var total: Int { goodTillCancelled + immediateOrCancel + cancels + moves }

    /// `part` as a percentage of all commands.
    public func percent(_ part: Int) -> Double { total == 0 ? 0 : Double(part) * 100 / Double(total) }
}

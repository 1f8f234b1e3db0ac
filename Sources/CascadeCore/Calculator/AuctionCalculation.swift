/// The inputs of `cascade calc auction` as text, the way they were given on the command line.
public struct AuctionCalculationFlags: Sendable {
    /// `--tab`: what the auction must raise, in the debt asset.
    public var tab: String
    /// `--lot`: collateral for sale.
    public var lot: String
    /// `--feed`: the oracle price, debt per collateral unit.
    public var feed: String
    /// `--buf`: start price ÷ feed (at least 1).
    public var buf: String
    /// `--curve`: `stairstep`, `linear` or `exponential`.
    public var curve: String
    /// `--cut`: the factor per step (stairstep) or per second (exponential).
    public var cut: String?
    /// `--step`: seconds per step (stairstep).
    public var step: String?
    /// `--tau`: seconds to zero (linear).
    public var tau: String?
    /// `--tail`: seconds before a reset is needed; Maker's 140 minutes when `nil`.
    public var tail: String?
    /// `--cusp`: price ÷ start below which a reset is needed; 0.40 when `nil`.
    public var cusp: String?
    /// `--chop` and `--dust`: a take must leave at least `dust × chop` of tab; none when `nil`.
    public var chop: String?
    /// See `chop`.
    public var dust: String?
    /// `--at`: whole seconds since the start.
    public var at: String
    /// `--take`: collateral to buy at that time.
    public var take: String?

    /// The flags as given; those not given are `nil`.
    public init(tab: String, lot: String, feed: String, buf: String, curve: String, at: String) {
        (self.tab, self.lot, self.feed, self.buf, self.curve, self.at) = (tab, lot, feed, buf, curve, at)
    }
}

/// What `cascade calc auction` computed.
public struct AuctionCalculationResult: Sendable, Hashable {
    /// The rules read from the flags.
    public var rules: AuctionRules
    /// The oracle price the auction started from.
    public var feed: Ray
    /// The lot at its start.
    public var start: AuctionLot
    /// Seconds since the start.
    public var seconds: Int64
    /// The price then.
    public var price: Ray
    /// Whether a reset is needed then (`tail` or `cusp`).
    public var needsReset: Bool
    /// The take, if `--take` was given.
    public var take: AuctionTake?
    /// The lot after the take.
    public var after: AuctionLot
    /// Collateral returned to the vault's owner: what is left once the tab is raised.
    public var returned: Money

    /// Amounts in the calculator's units: debt to six decimals, collateral to twelve.
    public static let debtAsset = LendingUnits.debt
    /// See `debtAsset`.
    public static let collateralAsset = LendingUnits.collateral

    /// `price` in debt per whole collateral unit, to `places` decimals.
    public static func wholePrice(_ price: Ray, places: Int = 4) -> String {
        LendingUnits.wholePrice(price, places: places)
    }
}

/// Turns the flags of `cascade calc auction` into the auction's state at a time, and a take then,
/// with the lending market's own `AuctionLot` arithmetic.
public struct AuctionCalculation: Sendable {
    /// The flags as given; `result()` reads and checks them.
    public let flags: AuctionCalculationFlags

    /// Wraps the flags; nothing is parsed until `result()`.
    public init(_ flags: AuctionCalculationFlags) { self.flags = flags }

    /// The auction at `--at` seconds, and the take if asked for.
    public func result() throws(CalculationFlagError) -> AuctionCalculationResult {
        let tab = try LendingUnits.amount("--tab", flags.tab, of: LendingUnits.debt)
        let lot = try LendingUnits.amount("--lot", flags.lot, of: LendingUnits.collateral)
        let feed = try LendingUnits.price("--feed", flags.feed)
        var rules = AuctionRules(tip: .zero, dust: .zero, hole: tab)
        rules.buf = try LendingUnits.rate("--buf", flags.buf, in: Rate.one...(10 * Rate.one), range: "from 1 to 10")
        rules.curve = try curve()
        if let tail = flags.tail { rules.tail = try LendingUnits.seconds("--tail", tail, minimum: 1) }
        if let cusp = flags.cusp {
            rules.cusp = try LendingUnits.rate("--cusp", cusp, in: 0...(Rate.one - 1), range: "from 0 to below 1")
        }
        rules.chop = Rate(units: Rate.one)
        if let chop = flags.chop {
            rules.chop = try LendingUnits.rate("--chop", chop, in: Rate.one...(2 * Rate.one), range: "from 1 to 2")
        }
        if let dust = flags.dust { rules.dust = try LendingUnits.amount("--dust", dust, of: LendingUnits.debt) }
        let seconds = try LendingUnits.seconds("--at", flags.at)
        let now = seconds * SimTime.second
        guard let start = AuctionLot(lot: lot, tab: tab, feed: feed, rules: rules, at: 0) else {
            throw .outOfRange(flag: "--feed", text: flags.feed, range: "a price whose start price fits")
        }
        var after = start
        var take: AuctionTake?
        if let text = flags.take {
            let amount = try LendingUnits.amount("--take", text, of: LendingUnits.collateral)
            switch after.take(amount, maxPrice: Ray(units: .max), at: now, rules: rules) {
            case .success(let result): take = result
            case .failure(let reason): throw .takeRefused(reason)
            }
        }
        let returned = after.tab == .zero ? after.lot : .zero
        if after.tab == .zero { after.lot = .zero }
        return AuctionCalculationResult(
            rules: rules, feed: feed, start: start, seconds: seconds, price: start.price(at: now, rules: rules),
            needsReset: start.needsReset(at: now, rules: rules), take: take, after: after, returned: returned)
    }

    private func curve() throws(CalculationFlagError) -> AuctionCurve {
        let name = flags.curve
        let cutRange = "above 0 and at most 1"
        func cut() throws(CalculationFlagError) -> Rate {
            guard let text = flags.cut else { throw .missing(flag: "--cut", curve: name) }
            return try LendingUnits.rate("--cut", text, in: 1...Rate.one, range: cutRange)
        }
        switch name {
        case "stairstep":
            if flags.tau != nil { throw .notForCurve(flag: "--tau", curve: name) }
            guard let step = flags.step else { throw .missing(flag: "--step", curve: name) }
            return .stairstep(cut: try cut(), step: try LendingUnits.seconds("--step", step, minimum: 1))
        case "linear":
            if flags.cut != nil { throw .notForCurve(flag: "--cut", curve: name) }
            if flags.step != nil { throw .notForCurve(flag: "--step", curve: name) }
            guard let tau = flags.tau else { throw .missing(flag: "--tau", curve: name) }
            return .linear(tau: try LendingUnits.seconds("--tau", tau, minimum: 1))
        case "exponential":
            if flags.tau != nil { throw .notForCurve(flag: "--tau", curve: name) }
            if flags.step != nil { throw .notForCurve(flag: "--step", curve: name) }
            return .exponential(cut: try cut())
        default:
            throw .outOfRange(flag: "--curve", text: name, range: "stairstep, linear or exponential")
        }
    }
}

/// One instrument's margin model as it runs: the volatility estimate, the tier-1 maintenance rate in
/// force, an announced rise, and the anti-procyclicality rules that turn a target into a change.
///
/// A pure state machine over samples and reviews: the exchange feeds it the mark once per
/// `sampleEvery` and asks it for a decision once per `reviewEvery`; nothing here reads a clock.
struct MarginModelState: Sendable {
    /// The instrument whose tiers the model sets.
    let instrument: InstrumentID
    let parameters: MarginModelParameters
    /// The instrument's published tiers, which every change scales.
    let baseTiers: MarginTierTable
    /// Lowest tier-1 rate the model may set.
    let floor: Rate
    /// Highest tier-1 rate the model may set (at least `floor`).
    let ceiling: Rate
    /// z(confidence).
    let z: Double
    /// √(horizon ÷ sample interval): scales per-sample volatility to the horizon.
    let horizonScale: Double
    var estimator: VolatilityEstimator
    /// The mark at the last sample, in ticks; 0 before the first.
    var lastPrice: Int64 = 0
    var nextSample: SimTime
    var nextReview: SimTime
    /// Tier 1's maintenance rate now applied to every position.
    private(set) var inForce: Rate
    /// A rise announced and not yet in effect; at most one at a time.
    private(set) var pending: MarginRequirementChange?
    /// Changes that took effect.
    private(set) var changes = 0
    /// The highest tier-1 rate that was in force.
    private(set) var highest: Rate
    /// The predictive add-on of the last review (0 for the other models).
    var addOn = 0.0
    /// The target of the last review: a buffer is rebuilt only while the target is not rising.
    private(set) var lastTarget: Rate

    /// A model for an instrument with `tiers`, its parameters clamped into their documented ranges.
    init(instrument: InstrumentID, parameters given: MarginModelParameters, tiers: MarginTierTable) {
        self.instrument = instrument
        var parameters = given
        parameters.lambda = Self.clamp(parameters.lambda, 0.5, 0.999)
        parameters.alpha = Self.clamp(parameters.alpha, 0, 0.5)
        parameters.beta = Self.clamp(parameters.beta, 0, 0.999 - parameters.alpha)
        parameters.confidence = Self.clamp(parameters.confidence, 0.5, 0.9999)
        parameters.sampleEvery = Swift.max(.second, parameters.sampleEvery)
        parameters.horizon = Swift.max(parameters.sampleEvery, parameters.horizon)
        parameters.reviewEvery = Swift.max(parameters.sampleEvery, parameters.reviewEvery)
        parameters.leadTime = Swift.max(0, parameters.leadTime)
        let rates: [WritableKeyPath<MarginModelParameters, Rate>] = [\.maxRise, \.deadband, \.band, \.buffer]
        for path in rates {
            parameters[keyPath: path] = Rate(units: Swift.max(0, Swift.min(Rate.one, parameters[keyPath: path].units)))
        }
        let weights: [WritableKeyPath<MarginModelParameters, Double>] = [
            \.concentrationWeight, \.capacityWeight, \.depthWeight,
        ]
        for path in weights {
            parameters[keyPath: path] = Self.clamp(parameters[keyPath: path], 0, 10)
        }
        self.parameters = parameters
        baseTiers = tiers
        let base = tiers.tiers[0].maintenanceRate
        floor = Rate(units: Swift.max(1, Swift.min(Rate.one, (parameters.floor ?? base).units)))
        ceiling = Swift.max(floor, Rate(units: Swift.min(Rate.one, parameters.ceiling.units)))
        z = NormalDistribution.quantile(parameters.confidence)
        horizonScale = (Double(parameters.horizon) / Double(parameters.sampleEvery)).squareRoot()
        let samplesPerDay = Double(24 * SimTime.hour) / Double(parameters.sampleEvery)
        // Without a start, the volatility whose coverage is exactly the floor.
        let start =
            parameters.startVolatility.map { Self.clamp($0, 0, 10) / samplesPerDay.squareRoot() }
            ?? Double(floor.units) / Double(Rate.one) / (z * horizonScale)
        let variance = start * start
        let recursion: VolatilityEstimator.Recursion =
            parameters.kind == .garch
            ? .garch(
                omega: (1 - parameters.alpha - parameters.beta) * variance, alpha: parameters.alpha,
                beta: parameters.beta)
            : .ewma(lambda: parameters.lambda)
        estimator = VolatilityEstimator(recursion, variance: variance)
        nextSample = parameters.sampleEvery
        nextReview = parameters.reviewEvery
        inForce = floor
        highest = floor
        lastTarget = floor
    }

    private static func clamp(_ value: Double, _ low: Double, _ high: Double) -> Double {
        value.isNaN ? low : Swift.min(high, Swift.max(low, value))
    }

    /// The tiers that apply at the rate in force.
    var tiers: MarginTierTable { baseTiers.scaled(firstRate: inForce) }

    /// Folds in the mark at a sample time: the log return since the last sample feeds the estimator.
    /// - Complexity: O(1).
    mutating func sample(_ price: Int64) {
        if lastPrice > 0 { estimator.observe(VolatilityEstimator.logReturn(from: lastPrice, to: price)) }
        if price > 0 { lastPrice = price }
        nextSample += parameters.sampleEvery
    }

    /// The volatility over the horizon, σ × √(h ÷ Δ), as a fraction.
    var horizonVolatility: Double { estimator.volatility * horizonScale }

    /// The tier-1 rate the model asks for before any rule: z × σ × √h, times (1 + add-on) for the
    /// predictive model, held between floor and ceiling and rounded up once to a `Rate` (a requirement
    /// rounds against the account).
    func target(addOn: Double) -> Rate {
        let coverage = Swift.max(Double(floor.units) / Double(Rate.one), z * horizonVolatility)
        let wanted = coverage * (1 + (parameters.kind == .predictive ? Swift.max(0, addOn) : 0))
        let units = wanted * Double(Rate.one)
        guard units.isFinite, units < Double(ceiling.units) else { return ceiling }
        return Swift.max(floor, Rate(units: Int64(units.rounded(.up))))
    }

    /// The target with the buffer on top, rounded up, at most the ceiling.
    func buffered(_ target: Rate) -> Rate {
        let extra = parameters.buffer.of(Money(units: target.units), rounding: .up).units
        return Rate(units: Swift.min(ceiling.units, target.units + extra))
    }

    /// Reviews the requirement at `now` and returns the change it makes, if any.
    ///
    /// - While a rise is announced, nothing else is decided: one announcement at a time.
    /// - A rise needs the target above the rate in force by more than the deadband (the buffer, if
    ///   any, is used up first: the rate rises to the target alone), or, while the target is not
    ///   rising, the buffered target above it by more than the deadband (the buffer is rebuilt). It is
    ///   limited to `maxRise` of the rate in force (rounded down) and announced to take effect after
    ///   `leadTime` (at once when that is zero).
    /// - A fall needs the buffered target below by more than the deadband and applies at once, down
    ///   to the buffered target.
    mutating func review(at now: SimTime, addOn: Double) -> MarginRequirementChange? {
        nextReview += parameters.reviewEvery
        self.addOn = addOn
        guard pending == nil else { return nil }
        let wanted = target(addOn: addOn)
        let rising = wanted > lastTarget
        lastTarget = wanted
        let cushioned = buffered(wanted)
        let band = parameters.deadband.of(Money(units: inForce.units), rounding: .towardZero).units
        let goal: Rate? =
            wanted.units > inForce.units + band
            ? wanted : !rising && cushioned.units > inForce.units + band ? cushioned : nil
        if let goal {
            let limit = parameters.maxRise.of(Money(units: inForce.units), rounding: .towardZero).units
            let rate = Rate(units: Swift.min(goal.units, inForce.units + limit))
            guard rate > inForce else { return nil }
            let change = MarginRequirementChange(
                instrument: instrument, phase: parameters.leadTime == 0 ? .effective : .announced,
                oldRate: inForce, newRate: rate, announced: now, effective: now + parameters.leadTime)
            if parameters.leadTime == 0 { apply(change) } else { pending = change }
            return change
        }
        if cushioned.units < inForce.units - band {
            let change = MarginRequirementChange(
                instrument: instrument, phase: .effective, oldRate: inForce, newRate: cushioned,
                announced: now, effective: now)
            apply(change)
            return change
        }
        return nil
    }

    /// The announced rise, in effect, once `now` has reached its effective time.
    mutating func takeDue(at now: SimTime) -> MarginRequirementChange? {
        guard var change = pending, change.effective <= now else { return nil }
        pending = nil
        change.phase = .effective
        apply(change)
        return change
    }

    private mutating func apply(_ change: MarginRequirementChange) {
        inForce = change.newRate
        highest = Swift.max(highest, inForce)
        changes += 1
    }

    /// The earliest time this model has work: a sample, a review or an announced rise taking effect.
    var nextWork: SimTime {
        Swift.min(nextSample, nextReview, pending?.effective ?? .max)
    }
}

extension Scenario {
    /// The log return over `days` of the first market's fundamental price alone: the process a
    /// `World` of this scenario steps once a simulated second from `seed`, drawn from the same seed,
    /// but without agents, trades on the spot venues or the scenario's events.
    ///
    /// In `calm` nothing else moves the fundamental, so the traded price's log return over the same
    /// days differs from this one only by the change in the perpetual's basis to it (a few basis
    /// points over 5 days): a drift can be measured over thousands of seeds in the time the whole
    /// market takes for one.
    /// - Complexity: one step of the process per simulated second, about 0.07 s of a core for 5
    ///   simulated days in a release build.
    public func fundamentalLogReturn(seed: UInt64, days: Int) -> Double {
        let setup = markets[0]
        var process = FundamentalProcess(
            price: setup.price, parameters: setup.process, seed: Population.seed(seed, .clock, 0))
        process.step(at: 0)
        let start = process.logPrice
        for second in 0..<(max(0, days) * 86_400) { process.step(at: Int64(second + 1) * 1_000) }
        return process.logPrice - start
    }
}

extension Exchange {
    /// Moves the clock to `time`, taking every premium sample and paying every funding settlement
    /// that falls due on the way, instrument by instrument, each in time order.
    ///
    /// Samples read the book as it stands: the world advances the clock in small steps (the simulated
    /// market does it every tick), so a sample sees the book of its moment.
    mutating func advanceTime(to time: SimTime, _ events: inout [Event]) {
        guard time > now else { return }
        // One command moves the clock at most a day, so its sampling loop stays bounded.
        let time = Swift.min(time, now + Self.longestStep)
        if !optionSeries.isEmpty { runOptionExpiries(until: time, &events) }
        for index in perpetualIDs {
            while true {
                let funding = markets[index].funding
                let next = Swift.min(funding.nextSample, funding.periodEnd)
                guard next <= time else { break }
                if funding.nextSample <= funding.periodEnd {
                    samplePremium(index, at: funding.nextSample)
                } else {
                    settleFunding(index, &events)
                }
            }
        }
        now = time
        if nextMarginWork <= time { runMarginModels(&events) }
        lending?.advance(to: time)
    }

    /// The furthest one `advanceTime` command moves the clock.
    static let longestStep: SimTime = 24 * .hour
}

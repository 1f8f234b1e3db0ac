/// How the exchange lists options on one underlying perpetual: contract grid, fees, which expiries
/// are live and how wide the strike grid reaches.
///
/// The expiry ladder follows Deribit's introduction policy (support.deribit.com, "Contract
/// Introduction Policy"): dailies at 08:00 UTC, weeklies on Fridays, monthlies on the last Friday of
/// the month, a date listed once even when it is both; as one expires the next is listed.
public struct OptionSeriesRules: Sendable, Hashable {
    /// The underlying perpetual's symbol, e.g. `"BTC-PERP"`; it must be a linear contract.
    public var underlying: String
    /// The first field of the option's name, e.g. `"BTC"` in `BTC-25DEC26-70000-C`.
    public var prefix: String
    /// Size of one lot in the base asset (BTC: 0.01, Paradex's BTC option size step).
    public var lotSize: DecimalStep
    /// Maker and taker fee, on the underlying's notional (Deribit: 0.03%).
    public var feeRate = Rate(units: 30_000)
    /// Largest fee as a fraction of the premium (Deribit: 12.5%).
    public var feeCap = Rate(units: 12_500_000)
    /// Live daily, weekly and monthly expiries.
    public var dailies = 2
    /// Live Friday expiries.
    public var weeklies = 2
    /// Live last-Friday-of-the-month expiries.
    public var monthlies = 2
    /// The volatility the strike grid is sized for, a fraction a year: strikes reach
    /// `strikeReach` × this × √(years to expiry) either side of the index (at least `minimumReach`).
    public var gridVolatility = 0.6
    /// Standard deviations the grid reaches: 1.5 puts the outer strikes near 0.1 delta, as Deribit's
    /// dynamic strike policy aims for.
    public var strikeReach = 1.5
    /// The narrowest reach either side of the index, a fraction of it.
    public var minimumReach = 0.05
    /// Strikes per side of the index the spacing is chosen for (about 17 strikes per expiry).
    public var strikesPerSide = 8
    /// The mark volatility of an expiry before its books give a smile to fit (Deribit's BTC DVOL
    /// has ranged from about 37% to above 100%; 60% sits in its usual band).
    public var initialVolatility = 0.6

    /// Rules for options on `underlying`, named with `prefix`, in lots of `lotSize`.
    public init(underlying: String, prefix: String, lotSize: DecimalStep) {
        self.underlying = underlying
        self.prefix = prefix
        self.lotSize = lotSize
    }

    /// BTC options on BTC-PERP: 0.01 BTC lots, premium in 0.1 USDC.
    public static let btc = OptionSeriesRules(
        underlying: "BTC-PERP", prefix: "BTC", lotSize: DecimalStep(units: 1, scale: 2)!)
    /// ETH options on ETH-PERP: 0.1 ETH lots, premium in 0.01 USDC.
    public static let eth = OptionSeriesRules(
        underlying: "ETH-PERP", prefix: "ETH", lotSize: DecimalStep(units: 1, scale: 1)!)

    /// The expiries live at `time`, ascending: the next dailies, Fridays and last Fridays after it.
    /// - Complexity: O(days to the last listed monthly), about 60.
    public func liveExpiries(at time: SimTime, calendar: SimCalendar) -> [SimTime] {
        let expiryHour = 8 * SimTime.hour
        let firstDay = calendar.epochDay(of: time)
        var dailies: [SimTime] = []
        var fridays: [SimTime] = []
        var lastFridays: [SimTime] = []
        var day = firstDay
        while dailies.count < self.dailies || fridays.count < weeklies || lastFridays.count < monthlies {
            let expiry = calendar.midnight(ofEpochDay: day) + expiryHour
            day += 1
            guard expiry > time else { continue }
            if dailies.count < self.dailies { dailies.append(expiry) }
            guard SimCalendar.weekday(ofEpochDay: day - 1) == 4 else { continue }
            if fridays.count < weeklies { fridays.append(expiry) }
            let month = SimCalendar.civil(ofEpochDay: day - 1).month
            if SimCalendar.civil(ofEpochDay: day + 6).month != month, lastFridays.count < monthlies {
                lastFridays.append(expiry)
            }
        }
        return Array(Set(dailies + fridays + lastFridays)).sorted()
    }

    /// The strike spacing, in ticks, for an expiry `years` away with the index at `index` ticks: the
    /// reach divided by `strikesPerSide`, rounded up to 1, 2, 2.5 or 5 times a power of ten of the
    /// price in whole units (tick size `tick`), so strikes read as round numbers.
    func strikeSpacing(index: Price, years: Double, tick: DecimalStep) -> Int64 {
        let reach = reach(index: index, years: years)
        let ticksPerUnit = (0..<tick.scale).reduce(1.0) { value, _ in value * 10 } / Double(tick.units)
        let wanted = reach / Double(strikesPerSide) / ticksPerUnit
        var power = 1.0
        while power * 10 <= wanted { power *= 10 }
        while power > wanted && power > 1e-6 { power /= 10 }
        let step = [1.0, 2.0, 2.5, 5.0, 10.0].map { $0 * power }.first { $0 >= wanted } ?? 10 * power
        return Swift.max(1, Int64((step * ticksPerUnit).rounded()))
    }

    /// How far either side of the index the grid reaches, in ticks.
    func reach(index: Price, years: Double) -> Double {
        Double(index.ticks) * Swift.max(minimumReach, strikeReach * gridVolatility * Swift.max(0, years).squareRoot())
    }
}

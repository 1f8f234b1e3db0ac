/// The civil date of simulated time: time 0 is `startTimeOfDay` UTC on `startDay`. Options need it
/// for their expiries (08:00 UTC, Fridays, last Fridays of months) and their names
/// (`BTC-25DEC26-70000-C`).
public struct SimCalendar: Sendable, Hashable {
    /// Days from 1970-01-01 to the day simulated time starts; Monday 7 December 2026 by default.
    public var startDay: Int64 = 20_794
    /// The UTC time of day at which simulated time starts, from midnight (0 by default).
    public var startTimeOfDay: SimTime = 0

    /// A calendar starting at midnight of the default day.
    public init() {}

    /// A calendar starting `startDay` days after 1970-01-01, `startTimeOfDay` after its midnight.
    public init(startDay: Int64, startTimeOfDay: SimTime = 0) {
        self.startDay = startDay
        self.startTimeOfDay = startTimeOfDay
    }

    /// A calendar starting at `text`, written `YYYY-MM-DD HH:MM` (UTC); `nil` when it is not a
    /// real date and time of that form.
    public init?(start text: String) {
        let parts = text.split(separator: " ")
        guard parts.count == 2 else { return nil }
        let date = parts[0].split(separator: "-", omittingEmptySubsequences: false).map { Int64($0) }
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false).map { Int64($0) }
        guard date.count == 3, time.count == 2, parts[0].count == 10, parts[1].count == 5,
            let year = date[0], let month = date[1], let day = date[2], let hour = time[0], let minute = time[1],
            (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute), (1...9999).contains(year)
        else { return nil }
        let civil = Day(year: year, month: month, day: day)
        let epochDay = Self.epochDay(of: civil)
        // 31 February and the like come back as another date.
        guard Self.civil(ofEpochDay: epochDay) == civil else { return nil }
        self.init(startDay: epochDay, startTimeOfDay: hour * .hour + minute * .minute)
    }

    /// A day as the calendar names it.
    public struct Day: Sendable, Hashable {
        /// The year, e.g. 2026.
        public var year: Int64
        /// 1 to 12.
        public var month: Int64
        /// 1 to 31.
        public var day: Int64
    }

    /// One simulated day in ms.
    static let dayLength: SimTime = 24 * .hour

    /// Days since 1970-01-01 of the day holding `time`.
    func epochDay(of time: SimTime) -> Int64 { startDay + floorDivide(time + startTimeOfDay, Self.dayLength) }

    /// Simulated time of midnight UTC starting epoch day `day`.
    func midnight(ofEpochDay day: Int64) -> SimTime { (day - startDay) * Self.dayLength - startTimeOfDay }

    /// 0 for Monday through 6 for Sunday (1970-01-01 was a Thursday).
    static func weekday(ofEpochDay day: Int64) -> Int64 { floorModulo(day + 3, 7) }

    /// The civil date of epoch day `day` (proleptic Gregorian; Hinnant's days-to-civil algorithm,
    /// howardhinnant.github.io/date_algorithms.html).
    static func civil(ofEpochDay day: Int64) -> Day {
        let shifted = day + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return Day(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: dayOfMonth)
    }

    /// Epoch day of a civil date (the inverse of `civil(ofEpochDay:)`).
    static func epochDay(of date: Day) -> Int64 {
        let year = date.year - (date.month <= 2 ? 1 : 0)
        let era = floorDivide(year, 400)
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (date.month > 2 ? date.month - 3 : date.month + 9) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date of simulated time `time`.
    public func date(of time: SimTime) -> Day { Self.civil(ofEpochDay: epochDay(of: time)) }

    /// `"25DEC26"`, Deribit's expiry field: day without a leading zero, month, two-digit year.
    public func expiryCode(of time: SimTime) -> String {
        let date = date(of: time)
        let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
        let year = floorModulo(date.year, 100)
        return "\(date.day)\(months[Int(date.month) - 1])\(year < 10 ? "0" : "")\(year)"
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
    private func floorDivide(_ a: Int64, _ b: Int64) -> Int64 { Self.floorDivide(a, b) }
    private static func floorModulo(_ a: Int64, _ b: Int64) -> Int64 { a - floorDivide(a, b) * b }
    private func floorModulo(_ a: Int64, _ b: Int64) -> Int64 { Self.floorModulo(a, b) }
}

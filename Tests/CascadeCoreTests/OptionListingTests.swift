import Testing

@testable import CascadeCore

/// The options' calendar, expiry ladder and strike grid, and listing as the index moves.
struct OptionListingTests {
    static let hour = SimTime.hour

    static func desk() -> ExchangeDesk {
        var configuration = ExchangeConfiguration()
        configuration.options = [.btc]
        return ExchangeDesk(configuration)
    }

    @Test func theCalendarNamesDaysAsTheCivilCalendarDoes() {
        let calendar = SimCalendar()
        #expect(calendar.date(of: 0) == SimCalendar.Day(year: 2026, month: 12, day: 7))
        #expect(SimCalendar.weekday(ofEpochDay: calendar.startDay) == 0, "7 December 2026 is a Monday")
        #expect(calendar.expiryCode(of: 18 * 24 * Self.hour + 8 * Self.hour) == "25DEC26")
        #expect(calendar.expiryCode(of: 25 * 24 * Self.hour) == "1JAN27")
        #expect(SimCalendar.civil(ofEpochDay: 0) == SimCalendar.Day(year: 1970, month: 1, day: 1))
        #expect(SimCalendar.civil(ofEpochDay: 11_016) == SimCalendar.Day(year: 2000, month: 2, day: 29))
        for day in stride(from: Int64(-800_000), through: 800_000, by: 997) {
            #expect(SimCalendar.epochDay(of: SimCalendar.civil(ofEpochDay: day)) == day)
        }
    }

    @Test func theLadderHoldsTwoDailiesTwoFridaysAndTwoLastFridays() {
        let calendar = SimCalendar()
        let day = 24 * Self.hour
        let expiries = OptionSeriesRules.btc.liveExpiries(at: 0, calendar: calendar)
        // Mon 7 Dec, Tue 8 Dec, Fri 11 Dec, Fri 18 Dec, Fri 25 Dec (last of December), Fri 29 Jan 2027.
        #expect(expiries == [0, 1, 4, 11, 18, 53].map { $0 * day + 8 * Self.hour })
        // On Friday 11 Dec after 08:00 the dailies are Sat and Sun; the 11th has gone.
        let later = OptionSeriesRules.btc.liveExpiries(at: 4 * day + 9 * Self.hour, calendar: calendar)
        #expect(
            later == [5, 6, 11, 18, 53].map { $0 * day + 8 * Self.hour }, "the 18th is a Friday and a daily-free date")
    }

    @Test func theFirstIndexListsEveryExpiryOnARoundStrikeGrid() throws {
        var desk = Self.desk()
        let events = desk.oracle(650_000)
        let listed = events.compactMap { if case .optionListed(let id) = $0 { id } else { nil } }
        let symbols = listed.map { desk.exchange.instrument($0).symbol }
        let daily = symbols.filter { $0.hasPrefix("BTC-7DEC26-") }
        // Eight hours out the grid reaches the 5% floor (3,250 USD): 500 USD steps, 62,000 to 68,000.
        #expect(daily.count == 26)
        #expect(daily.first == "BTC-7DEC26-62000-C" && daily.last == "BTC-7DEC26-68000-P")
        let monthly = symbols.filter { $0.hasPrefix("BTC-29JAN27-") }
        #expect(monthly.contains("BTC-29JAN27-65000-C"))
        #expect(Set(symbols).count == symbols.count, "no option is listed twice")
        let call = try #require(desk.exchange.instrumentID("BTC-7DEC26-65000-C"))
        let terms = try #require(desk.exchange.instrument(call).option)
        #expect(terms.strike == Price(ticks: 650_000) && terms.right == .call && terms.expiry == 8 * Self.hour)
        #expect(desk.exchange.instrumentAssets[call] == ExchangeDesk.usdc)
        // A second quote at the same index lists nothing more.
        #expect(!desk.oracle(650_000).contains { if case .optionListed = $0 { true } else { false } })
    }

    @Test func aMovingIndexExtendsTheGridAndAnExpiryListsTheNextDaily() {
        var desk = Self.desk()
        desk.oracle(650_000)
        #expect(desk.exchange.instrumentID("BTC-8DEC26-70000-C") == nil)
        desk.oracle(670_000)
        #expect(desk.exchange.instrumentID("BTC-8DEC26-70000-C") != nil, "the grid followed the index up")
        desk.run(.advanceTime(to: 8 * Self.hour))
        #expect(desk.exchange.instrumentID("BTC-9DEC26-67000-C") == nil)
        desk.oracle(670_000)
        #expect(desk.exchange.instrumentID("BTC-9DEC26-67000-C") != nil, "the settled daily was replaced")
        #expect(desk.balances)
    }
}

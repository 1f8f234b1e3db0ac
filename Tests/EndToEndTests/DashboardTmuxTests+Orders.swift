import Foundation
import Testing

/// Issue #22, "orders and positions", on the real binary: one order cancelled from the positions
/// panel, a size given as a share of the balance, a take-profit and stop-loss on the chart (by
/// command and from the ticket), a trailing stop on the chart and in the orders table.
extension DashboardTmuxTests {
    /// Types `:text` and Enter.
    private func command(_ text: String, in session: TmuxSession) throws {
        try session.send(":")
        try session.send(text, literal: true)
        try session.send("Enter")
    }

    /// The mark the book's spread row shows, in whole dollars.
    private func mark(_ screen: String) -> Int? { screen.firstMatch(of: /mark (\d{5})\.\d/).flatMap { Int($0.1) } }

    /// Two bids rest; ↓ selects the second and Tab moves focus until the positions panel has it (the
    /// focus cannot be read from text: Del says how to select an order until then), Del cancels
    /// that one order; `c` cancels the other after a yes.
    @Test func oneRestingOrderIsSelectedAndCancelledWithDelete() throws {
        let session = try start("--paused", warmUp: "5m")
        let mark = try #require(mark(try session.waitFor { showsPrices($0) }))
        try command("buy 0.01 limit \(mark - 2000)", in: session)
        try command("buy 0.02 limit \(mark - 1500)", in: session)
        try session.waitFor { $0.contains("Orders 2") }
        for _ in 0..<12 {
            try session.send("Tab")
            try session.send("j")
            try session.send("DC")
            if try session.waitFor(seconds: 1, { $0.contains("Cancelled order #") }).contains("Cancelled order #") {
                break
            }
        }
        let screen = try session.waitFor { $0.contains("Orders 1") }
        #expect(screen.contains("Cancelled order #") && screen.contains("buy 0.020 BTC-PERP at \(mark - 1500).0"))
        #expect(screen.contains("Orders 1"))
        try session.send("c")
        #expect(try session.waitFor { $0.contains("Cancel your open BTC-PERP order? (y / n)") }.contains("(y / n)"))
        try session.send("y")
        #expect(try session.waitFor { $0.contains("Orders 0") }.contains("Cancelled 1 BTC-PERP order"))
    }

    @Test func aShareOfTheBalanceBuysThatMuchMargin() throws {
        let session = try start("--paused", warmUp: "5m")
        try session.waitFor { showsPrices($0) }
        try command("buy 10%", in: session)
        let screen = try session.waitFor { $0.contains("LONG") }
        // 10% of 10,000 as margin at 10x: about 10,000 USDC of BTC near 64,000.
        #expect(screen.contains("Bought 0.15"), "\(screen)")
        try command("buy 150%", in: session)
        #expect(try session.waitFor { $0.contains("size '150%'") }.contains("at most 100% of the available balance"))
    }

    @Test func aTakeProfitAndStopLossShowOnTheChartAndGoWithThePosition() throws {
        let session = try start("--paused", warmUp: "5m")
        let mark = try #require(mark(try session.waitFor { showsPrices($0) }))
        try command("buy 0.1", in: session)
        try session.waitFor { $0.contains("LONG") }
        try command("tp \(mark + 500)", in: session)
        try session.waitFor { $0.contains("TP \(mark + 500).0") }
        try command("sl \(mark - 500)", in: session)
        let protected = try session.waitFor { $0.contains("SL 0.100 \(mark - 500).0") }
        #expect(protected.contains("TP 0.100 \(mark + 500).0"), "\(protected)")
        #expect(protected.contains("SL 0.100 \(mark - 500).0"))
        try command("close", in: session)
        let closed = try session.waitFor { $0.contains("Orders 0") && !$0.contains("LONG") }
        #expect(closed.contains("Orders 0") && !closed.contains("TP 0.100"), "\(closed)")
    }

    /// The ticket by keys: `b`, a size, Tab down to the take-profit and the stop-loss, their prices,
    /// Enter: the market buy fills and both legs stand on the chart and in the positions panel.
    @Test func aTicketsTakeProfitAndStopLossAreSetWhenItsOrderFills() throws {
        let session = try start("--paused", warmUp: "5m")
        let mark = try #require(mark(try session.waitFor { showsPrices($0) }))
        try session.send("b")
        try session.waitFor { $0.contains("Take-profit") }
        try session.send("0.1", literal: true)
        // Past the leverage, reduce-only and margin to the take-profit.
        for _ in 0..<4 { try session.send("Tab") }
        try session.send("\(mark + 800)", literal: true)
        try session.send("Tab")
        try session.send("\(mark - 800)", literal: true)
        // The preview has both legs once the stop-loss's last digit is in.
        let ticket = try session.waitFor { $0.contains("At TP / SL") && $0.contains("SL -") }
        #expect(ticket.contains("TP +") && ticket.contains("SL -"), "\(ticket)")
        try session.send("Enter")
        let protected = try session.waitFor { $0.contains("SL 0.100 \(mark - 800).0") }
        #expect(protected.contains("TP 0.100 \(mark + 800).0"), "\(protected)")
        #expect(protected.contains("set on the long 0.100 BTC-PERP"), "\(protected)")
    }

    /// `:trail 1%` on a long: the orders table says `TRAIL 1.0%` with its trigger, the chart draws
    /// the trigger's line; `:trail off` removes it; placed again, it goes with the position.
    @Test func aTrailingStopShowsItsTriggerAndGoesWithThePosition() throws {
        let session = try start("--paused", warmUp: "5m")
        try session.waitFor { showsPrices($0) }
        try command("buy 0.1", in: session)
        try session.waitFor { $0.contains("LONG") }
        try command("trail 1%", in: session)
        let trailing = try session.waitFor { $0.contains("TRAIL 1.0% ") && $0.contains("TRAIL 0.100 ") }
        #expect(trailing.contains("Trailing stop sell 0.100 BTC-PERP fires 1.0% off the highest mark"), "\(trailing)")
        let trigger = try #require(trailing.firstMatch(of: /TRAIL 1\.0% (\d{5}\.\d)/).map { String($0.1) })
        #expect(trailing.contains("TRAIL 0.100 \(trigger)"), "\(trailing)")
        try command("trail off", in: session)
        try session.waitFor { $0.contains("Orders 0") }
        try command("trail 2% at 99000", in: session)
        let waiting = try session.waitFor { $0.contains("TRAIL 2.0% from 99000.0") }
        #expect(waiting.contains("Orders 1"), "\(waiting)")
        try command("close", in: session)
        let closed = try session.waitFor { $0.contains("Orders 0") && !$0.contains("LONG") }
        #expect(closed.contains("its trailing stop #"), "\(closed)")
    }
}

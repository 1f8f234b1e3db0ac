import Foundation
import Testing

@testable import CascadeCore
@testable import CascadeSim
@testable import Dashboard
@testable import TerminalKit

/// The session's history: every fill with its fee and realised PnL, every order with its outcome,
/// the totals and the equity curve, shown by `H` and written by `:export DIR`; `:deposit` and
/// `:reset` start over after a wipe-out.
@Suite struct SessionHistoryTests {
    /// A market buy, a larger market sell (realising PnL), a far limit that rests and is cancelled, and
    /// an order too large to place, then five simulated minutes.
    static func traded() throws -> (EngineSession, AppState) {
        var session = try EngineSession.calm()
        var state = AppState(themeName: "default-dark")
        for command in ["buy 0.01", "sell 0.02", "buy 0.01 limit 61000", "cancel all", "buy 9999"] {
            state.run(command, on: &session)
        }
        for minute in 1...5 { session.advanceSimulated(to: 2 * .minute + SimTime(minute) * .minute) }
        return (session, state)
    }

    @Test func fillsOrdersAndTotalsAreRecorded() throws {
        var (session, _) = try Self.traded()
        let history = session.snapshot().history
        #expect(history.fills.count >= 2)
        #expect(history.fills.allSatisfy { $0.fee.units > 0 }, "market orders pay the taker fee")
        #expect(history.fills.contains { $0.realizedPnL != .zero }, "the sell closed the long")
        #expect(history.fees == Money(units: history.fills.map(\.fee.units).reduce(0, +)))
        #expect(history.realizedPnL == Money(units: history.fills.map(\.realizedPnL.units).reduce(0, +)))
        let outcomes = history.orders.map(\.outcome)
        #expect(outcomes.count == 4, "\(outcomes)")
        #expect(outcomes[0] == "filled" && outcomes[1] == "filled")
        #expect(outcomes[2] == "cancelled")
        #expect(outcomes[3].hasPrefix("rejected: "))
        #expect(history.orders[2].kind == "limit")
        #expect(history.equity.count >= 2)
    }

    @Test func hOpensTheHistoryAndNoNumberIsCutAt80x24() throws {
        var (session, state) = try Self.traded()
        let snapshot = session.snapshot()
        _ = state.handle(.character("H"), snapshot: snapshot, visible: [])
        guard case .history = state.overlay else {
            Issue.record("H opened \(String(describing: state.overlay))")
            return
        }
        for (width, height) in [(80, 24), (160, 48), (240, 70)] {
            let canvas = try state.screen(snapshot, width: width, height: height)
            #expect(canvas.find("Realised PnL") != nil)
            #expect(canvas.find("Fills: \(snapshot.history.fills.count), newest first") != nil)
            let numbers = snapshot.history.fills.flatMap { fill in
                [fill.instrument.format(fill.price), fill.instrument.format(fill.fee)]
            }
            for number in numbers { #expect(canvas.find(number) != nil, "\(number) whole at \(width)×\(height)") }
        }
        state.screen = (80, 24)
        for _ in 0..<40 { _ = state.handle(.down, snapshot: snapshot, visible: []) }
        guard case .history(let offset) = state.overlay else {
            Issue.record("the overlay closed")
            return
        }
        #expect(offset > 0, "the page scrolls at 80×24")
        _ = state.handle(.escape, snapshot: snapshot, visible: [])
        #expect(state.overlay == nil)
    }

    @Test func exportWritesFourCSVFilesAndNamesThePathWhenItCannot() throws {
        var (session, state) = try Self.traded()
        let history = session.snapshot().history
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cascade-export-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(state.runCommand("export \(folder)/run 1", snapshot: session.snapshot()).count == 1)
        let written = HistoryCSV.write(history, to: folder + "/run 1")
        #expect(!written.isError, "\(written.text)")
        #expect(written.text.hasPrefix("Exported to \(folder)/run 1: fills.csv ("))
        let fills = try String(contentsOfFile: folder + "/run 1/fills.csv", encoding: .utf8)
        let lines = fills.split(separator: "\n")
        #expect(lines.first == "time_ms,time,instrument,order,side,size,price,fee,realised_pnl,role")
        #expect(lines.count == history.fills.count + 1)
        #expect(lines.dropFirst().allSatisfy { $0.contains(",BTC-PERP,") })
        let orders = try String(contentsOfFile: folder + "/run 1/orders.csv", encoding: .utf8)
        #expect(orders.contains(",cancelled\n") && orders.contains(",rejected: "))
        for name in ["equity.csv", "summary.csv"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/run 1/" + name))
        }
        let refused = HistoryCSV.write(history, to: "/dev/null/x")
        #expect(refused.isError && refused.text.hasPrefix("Cannot create /dev/null/x: "), "\(refused.text)")
        #expect(state.runCommand("export", snapshot: session.snapshot()).isEmpty)
        #expect(state.status?.text.hasPrefix("usage: :export DIR") == true)
    }

    @Test func depositAddsToTheWalletAndResetStartsTheWorldOver() throws {
        var session = try EngineSession.calm()
        var state = AppState(themeName: "default-dark")
        let before = session.snapshot().account.wallet
        state.run("deposit 10000", on: &session)
        let after = session.snapshot()
        #expect(after.account.wallet.units - before.units == 10_000_000_000)
        #expect(after.history.deposits == Money(units: 10_000_000_000))
        state.run("deposit -5", on: &session)
        #expect(state.status?.text.hasPrefix("usage: :deposit") == true)
        let effects = state.run("reset", on: &session)
        guard case .reset? = effects.first else {
            Issue.record("reset asked for \(effects)")
            return
        }
        session.handle(.reset(warmUp: 0, generation: 1))
        session.advanceSimulated(to: .second)
        let fresh = session.snapshot()
        #expect(fresh.generation == 1 && fresh.time == .second)
        #expect(fresh.account.wallet == before)
        #expect(fresh.history.deposits == .zero)
    }
}

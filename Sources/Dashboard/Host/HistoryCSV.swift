import CascadeCore
import CascadeSim
import Foundation

/// `:export DIR`: the session's history as CSV files, one header row each, numbers in plain
/// decimals (no thousands separators) so spreadsheets read them as numbers.
enum HistoryCSV {
    /// The files `:export` writes, by name: `fills.csv`, `orders.csv`, `equity.csv`, `summary.csv`.
    static func files(_ history: SessionHistory) -> [(name: String, rows: Int, text: String)] {
        let fills = history.fills.map { fill in
            let spec = fill.instrument
            return [
                "\(fill.time)", DisplayFormat.clock(fill.time), spec.symbol, "\(fill.order.rawValue)",
                fill.side == .buy ? "buy" : "sell", spec.format(fill.quantity), spec.format(fill.price),
                spec.format(fill.fee), spec.format(fill.realizedPnL),
                fill.byLiquidation ? "liquidation" : fill.isMaker ? "maker" : "taker",
            ]
        }
        let orders = history.orders.map { order in
            let spec = order.instrument
            return [
                "\(order.time)", DisplayFormat.clock(order.time), spec.symbol, order.id.map { "\($0.rawValue)" } ?? "",
                order.terms.side == .buy ? "buy" : "sell", order.kind, spec.format(order.terms.quantity),
                (order.terms.limit ?? order.terms.stop?.triggerPrice).map(spec.format) ?? "",
                spec.format(order.filled), order.averagePrice.map(spec.format) ?? "", order.outcome,
            ]
        }
        let equity = history.equity.map { ["\($0.time)", DisplayFormat.clock($0.time), Asset.usdc.format($0.equity)] }
        let usdc = { (money: Money) in Asset.usdc.format(money) }
        let summary = [
            ["realised_pnl", usdc(history.realizedPnL)], ["funding_paid", usdc(history.funding)],
            ["fees_paid", usdc(history.fees)], ["net", usdc(history.realizedPnL - history.funding - history.fees)],
            ["deposits", usdc(history.deposits)],
        ]
        return [
            (
                "fills.csv", fills.count,
                table(
                    ["time_ms", "time", "instrument", "order", "side", "size", "price", "fee", "realised_pnl", "role"],
                    fills)
            ),
            (
                "orders.csv", orders.count,
                table(
                    [
                        "time_ms", "time", "instrument", "order", "side", "type", "size", "price", "filled",
                        "average_price", "outcome",
                    ], orders)
            ),
            ("equity.csv", equity.count, table(["time_ms", "time", "equity"], equity)),
            ("summary.csv", summary.count, table(["figure", "usdc"], summary)),
        ]
    }

    /// Writes `files(history)` into `folder` (created when missing; `~` is the home folder), and
    /// says what it wrote or, naming the path, why it could not.
    static func write(_ history: SessionHistory, to folder: String) -> (text: String, isError: Bool) {
        let path = URL(fileURLWithPath: (folder as NSString).expandingTildeInPath).standardizedFileURL.path
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            return ("Cannot create \(path): \(reason(error))", true)
        }
        let files = files(history)
        for file in files {
            let target = (path as NSString).appendingPathComponent(file.name)
            do {
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: target))
            } catch {
                return ("Cannot write \(target): \(reason(error))", true)
            }
        }
        let list = files.map { "\($0.name) (\($0.rows) row\($0.rows == 1 ? "" : "s"))" }.joined(separator: ", ")
        return ("Exported to \(path): \(list)", false)
    }

    /// The system's reason, without Foundation's wrapping (`The file … couldn't be saved …`).
    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code
            ?? ((error as NSError).domain == NSPOSIXErrorDomain ? (error as NSError).code : nil),
            let text = strerror(Int32(code))
        {
            return String(cString: text).lowercased()
        }
        return error.localizedDescription
    }

    /// A header and rows, fields quoted where they hold a comma, a quote or a line break.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") + "\n" }.joined()
    }

    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

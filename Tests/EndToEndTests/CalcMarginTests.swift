import Foundation
import Testing

/// `cascade calc margin` run as a process. The numeric case is Binance's liquidation-FAQ cross example
/// (shared/reference/exchange-mechanics.md §4.2, TV-1): ETHUSDT LP 1,153.26 (calc 1,153.2565).
@Suite("cascade calc margin, end to end")
struct CalcMarginTests {
    /// The ETH position of the Binance FAQ cross example, the BTC position's MM and uPnL as the other positions'.
    static let ethCross = [
        "calc", "margin", "--side", "long", "--entry", "1456.84", "--mark", "1335.18", "--size", "3683.979",
        "--leverage", "5", "--mode", "cross", "--wallet", "1535443.01", "--other-mm", "71200.81144",
        "--other-upnl", "-56354.5685",
    ]
    static let flatTenPercent = ["--mmr", "10%", "--mm-amount", "135365"]

    static let keys: Set<String> = [
        "notional", "initial_margin", "maintenance_margin", "maint_margin_rate", "unrealized_pnl", "roe",
        "margin_balance", "margin_ratio", "liquidation_price", "bankruptcy_price",
    ]

    static func object(_ output: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    @Test func jsonHasExactlyTheDocumentedKeys() throws {
        let run = try CascadeBinary.run(Self.ethCross + Self.flatTenPercent + ["--json"])
        #expect(run.status == 0)
        #expect(run.error.isEmpty)
        let object = try Self.object(run.output)
        #expect(Set(object.keys) == Self.keys)
        for key in Self.keys { #expect(object[key] is NSNumber, "\(key)") }
    }

    /// TV-1: LP 1,153.2565 on the 4-decimal grid (inputs have 2), 1,153.26 to the FAQ's 2; MM 356,512.508122.
    @Test func binanceCrossExampleByFlags() throws {
        let run = try CascadeBinary.run(Self.ethCross + Self.flatTenPercent + ["--json"])
        #expect(run.status == 0)
        #expect(run.output.contains("\"liquidation_price\":1153.2564,"))
        #expect(run.output.contains("\"maintenance_margin\":356512.5081220,"))
        #expect(run.output.contains("\"maint_margin_rate\":0.10000000,"))
        let object = try Self.object(run.output)
        let price = try #require((object["liquidation_price"] as? NSNumber)?.doubleValue)
        #expect((price * 100).rounded() / 100 == 1153.26)
        #expect((object["margin_balance"] as? NSNumber)?.doubleValue == 1_030_895.55636)
    }

    /// The text report prints each formula, the values put in and the result.
    @Test func textShowsFormulasAndValues() throws {
        let run = try CascadeBinary.run(Self.ethCross + ["--mmr", "0.1", "--mm-amount", "135365"])
        #expect(run.status == 0)
        let text = run.output
        #expect(text.hasPrefix("cross long 3683.979 at mark 1335.1800, 5x\ntier 1 of 1: MMR 10%, cum 135365.00\n"))
        #expect(
            text.contains(
                "maintenance margin\n    = notional × MMR − cum\n    = 4918775.08 × 10% − 135365.00\n    = 356512.51 USDC\n"
            ))
        #expect(
            text.contains("margin balance\n    = wallet + uPnL + other uPnL\n    = 1535443.01 − 448192.89 − 56354.57\n")
        )
        #expect(text.contains("(1535443.01 − 71200.81 − 56354.57)"))
        #expect(
            text.contains(
                "liquidation price\n    = (entry value − (wallet − other MM + other uPnL) − cum) ÷ (size − |size| × (MMR + fee))\n"
            ))
        #expect(text.contains("    = 1153.2564\n"))
    }

    /// Binance ETHUSDT brackets up to 5M (cum by the recurrence, 135,365 at 2M–5M) as a tier file.
    static let ethTiers = """
        notional_floor,notional_cap,maint_margin_rate,max_leverage,maint_amount_cum
        0,10000,0.5%,100,0
        10000,100000,0.65%,75,15
        100000,500000,1%,50,365
        500000,1000000,2%,25,5365
        1000000,2000000,5%,10,35365
        2000000,5000000,10%,5,135365

        """

    /// Writes `text` to a fresh temporary file, runs `body` with its path, then removes it.
    static func withFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tiers-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url.path)
    }

    @Test func tiersFromAFile() throws {
        let run = try Self.withFile(Self.ethTiers) { path in try CascadeBinary.run(Self.ethCross + ["--tiers", path]) }
        #expect(run.status == 0)
        #expect(run.output.contains("tier 6 of 6: MMR 10%, cum 135365.00, up to 5x\n"))
        #expect(run.output.contains("    = 1153.2564\n"))
        let json = try Self.withFile(Self.ethTiers) { path in
            try CascadeBinary.run(Self.ethCross + ["--tiers", path, "--json"])
        }
        #expect(json.output.contains("\"liquidation_price\":1153.2564,"))
    }

    /// A position of 1 BTC at 60,000 under the default (BTC-PERP) tiers: tier 2, up to 100x.
    static let oneBTC = ["calc", "margin", "--side", "long", "--entry", "60000", "--size", "1"]

    @Test(
        "Bad or contradictory flags exit non-zero and name the flag",
        arguments: [
            (["--leverage", "10", "--mm-amount", "5"], "--mm-amount"),
            (["--leverage", "10", "--mmr", "0.4%", "--tiers", "tiers.csv"], "--tiers"),
            (["--leverage", "10", "--other-mm", "5"], "--other-mm"),
            (["--leverage", "10", "--mode", "isolated", "--other-upnl", "-5"], "--other-upnl"),
            (["--leverage", "0"], "--leverage"),
            (["--leverage", "200"], "--leverage 200 is above the tier's maximum of 100x"),
            (["--leverage", "10", "--mmr", "0"], "--mmr"),
            (["--leverage", "10", "--wallet", "12x"], "--wallet '12x'"),
        ])
    func badFlags(extra: [String], message: String) throws {
        let run = try CascadeBinary.run(Self.oneBTC + extra)
        #expect(run.status != 0)
        #expect(run.error.contains(message), "\(run.error)")
        #expect(run.output.isEmpty)
    }

    @Test func aMalformedEntryIsNamed() throws {
        let run = try CascadeBinary.run([
            "calc", "margin", "--side", "long", "--entry", "abc", "--size", "1", "--leverage", "10",
        ])
        #expect(run.status != 0)
        #expect(run.error.contains("--entry 'abc'"))
    }

    /// The error names the file (not the flag) and exits 1.
    @Test func aMissingTierFileIsNamed() throws {
        let run = try CascadeBinary.run(Self.oneBTC + ["--leverage", "10", "--tiers", "/no/such/file"])
        #expect(run.status != 0)
        #expect(run.error.contains("/no/such/file: no such file"))
    }

    /// Tier 2's cum should be 50 (50,000 × (0.5% − 0.4%)); the message names the file and line 3.
    @Test func aTierFileWithAWrongCumIsNamedWithItsLine() throws {
        let text = "\(Self.ethTiers.split(separator: "\n")[0])\n0,50000,0.4%,125,0\n50000,250000,0.5%,100,60\n"
        try Self.withFile(text) { path in
            let run = try CascadeBinary.run(Self.oneBTC + ["--leverage", "10", "--tiers", path])
            #expect(run.status != 0)
            #expect(run.error.contains("\(path): line 3: tier 2 has the wrong maintenance amount"), "\(run.error)")
        }
    }
}

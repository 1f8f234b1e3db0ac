import Foundation
import Testing

/// `cascade calc portfolio` run as a process on Paradex's worked example
/// (https://docs.paradex.trade/risk/portfolio-margin), `examples/portfolio-reference.toml`, and on
/// files with one mistake each.
@Suite("cascade calc portfolio, end to end")
struct CalcPortfolioTests {
    static let reference = CascadeBinary.packageRoot.appendingPathComponent("examples/portfolio-reference.toml").path

    @Test func jsonHasTheDocumentedKeysAndTheReferenceFigures() throws {
        let run = try CascadeBinary.run(["calc", "portfolio", Self.reference, "--spot", "60000", "--json"])
        #expect(run.status == 0)
        #expect(run.error.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "scan_risk", "min_delta_risk", "initial_margin", "maintenance_margin", "worst_scenario", "scenarios",
            ])
        let expected: [String: Double] = [
            "scan_risk": 4_668.40, "min_delta_risk": 341.12, "initial_margin": 4_668.40, "maintenance_margin": 2_334.20,
        ]
        for (key, value) in expected {
            #expect(abs(((object[key] as? NSNumber)?.doubleValue ?? .nan) - value) <= 0.005, "\(key)")
        }
        let worst = try #require(object["worst_scenario"] as? [String: Double])
        #expect(worst == ["spot_shock": 5, "vol_shock": 0.4])
        let scenarios = try #require(object["scenarios"] as? [[String: Double]])
        #expect(scenarios.count == 24)
        #expect(scenarios.allSatisfy { Set($0.keys) == ["spot_shock", "vol_shock", "weight", "pnl"] })
        let last = try #require(scenarios.last)
        #expect(last["weight"] == 0.032 && abs((last["pnl"] ?? 0) - -145_887.64) <= 0.005)
    }

    @Test func textMarksTheWorstScenarioAndShowsTheMargins() throws {
        let run = try CascadeBinary.run(["calc", "portfolio", Self.reference, "--spot", "60000"])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("Portfolio margin at spot 60000: 2 positions, 24 scenarios"))
        #expect(run.output.contains(" 8      0%   +40%    100%      −1638.15        1638.15\n"))
        #expect(run.output.contains("24   +500%   +40%    3.2%    −145887.64        4668.40  ◀ worst\n"))
        #expect(run.output.contains("\nscan risk                4668.40   "))
        #expect(run.output.contains("\nmin delta risk            341.12   "))
        #expect(run.output.contains("\ninitial margin           4668.40   max(scan risk, min delta risk)\n"))
        #expect(run.output.contains("\nmaintenance margin       2334.20   50% of initial margin\n"))
    }

    /// A `[parameters]` table narrows the core moves; the tail still binds.
    @Test func parametersOverrideTheCoreMoves() throws {
        let text =
            try CascadeBinary.text("examples/portfolio-reference.toml")
            + "\n[parameters]\nspot_shocks = [-0.1, 0, 0.1]\n"
        let run = try CalcMarginTests.withFile(text) { path in
            try CascadeBinary.run(["calc", "portfolio", path, "--spot", "60000", "--json"])
        }
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect((object["scenarios"] as? [Any])?.count == 4 + 8)
        #expect(abs(((object["scan_risk"] as? NSNumber)?.doubleValue ?? 0) - 4_668.40) <= 0.005)
    }

    @Test(
        "Bad files and flags exit 64 naming the problem and its line",
        arguments: [
            ("[[position]]\nkind = \"future\"\nsize = 1\n", "60000", ":2: unknown kind 'future' (option or perp)"),
            (
                "[[position]]\nkind = \"perp\"\nsize = 1\n\n[[position]]\nkind = \"option\"\ntype = \"call\"\ndays = 30\n"
                    + "size = -1\niv = 0.6\n", "60000", ":5: an option needs a 'strike'"
            ),
            (
                "[[position]]\nkind = \"option\"\ntype = \"put\"\nstrike = 50000\ndays = -3\nsize = 1\niv = 0.6\n",
                "60000", ":5: 'days' must be from 0.001 to 36500, got -3.0"
            ),
            (
                "[[position]]\nkind = \"perp\"\nsize = 1\niv = 0.5\n", "60000",
                ":4: unknown key 'iv': a perp has only a 'size'"
            ),
            ("[[position]]\nkind = \"perp\"\nsize = nan\n", "60000", ":3: 'size' must be from -1e9 to 1e9"),
            ("[[position]]\nkind = \"perp\"\nsize = 1\n[parameters]\nvol_down = -0.5\n", "60000", ":5: 'vol_down'"),
            ("x = [}\n", "60000", ":1: '}' closes no open bracket"),
            ("# nothing\n", "60000", ": the file holds no [[position]] table"),
            ("[[position]]\nkind = \"perp\"\nsize = 1\n", "0", "--spot must be above 0"),
            ("[[position]]\nkind = \"perp\"\nsize = 1\n", "6e4", "--spot '6e4'"),
        ])
    func badInput(file: String, spot: String, message: String) throws {
        let run = try CalcMarginTests.withFile(file) { path in
            try CascadeBinary.run(["calc", "portfolio", path, "--spot", spot])
        }
        #expect(run.status == 64)
        #expect(run.error.contains(message), "\(run.error)")
        #expect(run.output.isEmpty)
    }
}

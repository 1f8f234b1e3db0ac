import Foundation
import Testing

/// `cascade calc auction` and `cascade calc health` run as processes, on the reference's Maker
/// (10 ETH lot, 16,950 tab, feed 1,500, buf 1.20, 1% every 90 s) and Aave (5 ETH at 1,900, threshold
/// 82.5%, debt 8,000) examples.
@Suite("cascade calc auction and health, end to end")
struct CalcLendingTests {
    static let auction = [
        "calc", "auction", "--tab", "16950", "--lot", "10", "--feed", "1500", "--buf", "1.2", "--curve", "stairstep",
        "--cut", "0.99", "--step", "90",
    ]
    static let health = ["calc", "health", "--collateral", "5", "--threshold", "0.825", "--debt", "8000"]

    static func object(_ output: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    static func number(_ object: [String: Any], _ key: String) -> Double {
        (object[key] as? NSNumber)?.doubleValue ?? .nan
    }

    @Test func thePricePathAndTheResetPoint() throws {
        for (seconds, price) in [("0", 1800.0), ("90", 1782.0), ("900", 1627.8877), ("3600", 1204.1492)] {
            let run = try CascadeBinary.run(Self.auction + ["--at", seconds, "--json"])
            #expect(run.status == 0 && run.error.isEmpty)
            let object = try Self.object(run.output)
            #expect(Set(object.keys) == ["price", "needs_reset", "slice", "owe", "tab_left", "lot_left", "returned"])
            #expect(abs(Self.number(object, "price") - price) < 0.00005, "at \(seconds) s")
            #expect(object["needs_reset"] as? Bool == false)
        }
        let stale = try Self.object(try CascadeBinary.run(Self.auction + ["--at", "8280", "--json"]).output)
        #expect(stale["needs_reset"] as? Bool == true)
        #expect(abs(Self.number(stale, "price") - 714.02) < 0.005)
    }

    @Test func takingTheWholeLotPaysTheTabAndReturnsTheRest() throws {
        let run = try CascadeBinary.run(Self.auction + ["--at", "0", "--take", "10", "--json"])
        let object = try Self.object(run.output)
        #expect(Self.number(object, "owe") == 16950)
        #expect(abs(Self.number(object, "slice") - 9.416667) < 5e-7)
        #expect(abs(Self.number(object, "returned") - 0.583333) < 5e-7)
        #expect(Self.number(object, "tab_left") == 0 && Self.number(object, "lot_left") == 0)
        let text = try CascadeBinary.run(Self.auction + ["--at", "0", "--take", "10"])
        #expect(text.output.contains("= 9.416667\n") && text.output.contains("= 0.583333\n"))
        let linear = try Self.object(
            try CascadeBinary.run(
                [
                    "calc", "auction", "--tab", "16950", "--lot", "10", "--feed", "1500", "--buf", "1.2", "--curve",
                    "linear", "--tau", "3600", "--cusp", "0", "--at", "3000", "--json",
                ]
            ).output)
        #expect(abs(Self.number(linear, "price") - 300) < 1e-9)
    }

    @Test func aaveReferenceExample() throws {
        let run = try CascadeBinary.run(Self.health + ["--price", "1900", "--json"])
        #expect(run.status == 0)
        let object = try Self.object(run.output)
        #expect(
            Set(object.keys) == [
                "health_factor", "close_factor", "debt_to_cover", "seized", "bonus", "protocol_fee",
                "health_factor_after",
            ])
        let expected: [String: Double] = [
            "health_factor": 0.979688, "close_factor": 0.5, "debt_to_cover": 4000, "seized": 2.210526,
            "bonus": 0.105263, "protocol_fee": 0.010526, "health_factor_after": 1.093125,
        ]
        for (key, value) in expected { #expect(abs(Self.number(object, key) - value) < 5e-7, "\(key)") }
        let deep = try Self.object(try CascadeBinary.run(Self.health + ["--price", "1800", "--json"]).output)
        #expect(Self.number(deep, "health_factor") == 0.928125 && Self.number(deep, "close_factor") == 1)
        let safe = try CascadeBinary.run(Self.health + ["--price", "2000"])
        #expect(
            safe.output.hasPrefix(
                "health factor  collateral × price × threshold ÷ debt = 5 × 2000 × 0.825 ÷ 8000 = 1.031250\n"))
    }

    @Test func badFlagsNameTheProblem() throws {
        let cases: [([String], String)] = [
            (Self.auction + ["--at", "-1"], "--at must be whole seconds from 0 to 315360000, got -1"),
            (
                Array(Self.auction.prefix(11)) + ["linear", "--cut", "0.9", "--at", "5"],
                "--cut does not apply to --curve linear"
            ),
            (Self.auction + ["--at", "8280", "--take", "1"], "--take refused: the auction needs a reset"),
            (Self.health + ["--price", "1e3"], "--price '1e3'"),
            (Self.health + ["--price", "1900", "--bonus", "3"], "--bonus must be from 1 to 2, got 3"),
            (Self.auction + ["--at", "1", "--lot", "2000000"], "--lot must be above 0 and at most 1000000"),
        ]
        for (arguments, message) in cases {
            let run = try CascadeBinary.run(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.error.contains(message), "\(run.error)")
        }
    }
}

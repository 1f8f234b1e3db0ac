import PropertyBased
import Testing

@testable import CascadeCore
@testable import CascadeSim

/// Scenario files of random bytes and of random TOML-shaped text, the fuzzer's class of input:
/// reading them never traps, and an error names the file and never echoes a control character.
@Suite("Scenario files of random input")
struct ScenarioFuzzTests {
    static let tokens = [
        "name", "duration", "user_balance", "insurance_fund", "funding_every", "liquidation_latency", "[[markets]]",
        "[population]", "[[events]]", "symbol", "price", "venues", "share", "vol_memory", "retail_traders",
        "market_makers", "at", "for", "over", "shock", "venue", "venue_state", "whale", " = ", "=", "\n", "\n",
        "\"BTC-PERP\"", "\"x\"", "\"10000d\"", "\"0s\"", "\"1h30m\"", "\"99999999999d\"", "64000", "-1", "0",
        "9223372036854775807", "1e999", "nan", "inf", "-0.0", "200000", "{ side = \"buy\", notional = 1e300 }",
        "[", "]", "{", "}", ",", "\"", "'", "\"\"\"", "#", "\0", "\u{1B}]0;x\u{07}", "\u{2028}", "é", "\r\n",
        "1979-05-27T07:32:00Z", "true",
    ]

    static func expectNoTrap(_ text: String) {
        do {
            let scenario = try Scenario.parse(text, file: "fuzz.toml")
            #expect(scenario.duration > 0)
            #expect(scenario.population.total <= Scenario.mostAgents)
        } catch {
            #expect(error.file == "fuzz.toml")
            #expect(!error.description.unicodeScalars.contains { $0.properties.generalCategory == .control })
        }
    }

    @Test(.shrinking(false)) func randomTokensNeverTrap() async {
        let texts = Gen.element(of: Self.tokens).array(of: 0...60).map { $0.compactMap { $0 }.joined() }
        await propertyCheck(count: 300, input: texts) { Self.expectNoTrap("name = \"fuzz\"\n" + $0) }
    }

    @Test(.shrinking(false)) func randomBytesNeverTrap() async {
        let texts = Gen<UInt8>.value(in: 0...255).array(of: 0...200).map { String(decoding: $0, as: UTF8.self) }
        await propertyCheck(count: 300, input: texts) { Self.expectNoTrap($0) }
    }
}

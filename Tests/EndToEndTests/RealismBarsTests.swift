import Foundation
import Testing

/// `cascade bench realism --bars FILE`: the stylized facts of a run's bars file, and a bad file named
/// with its line.
@Suite("cascade bench realism --bars, end to end")
struct RealismBarsTests {
    private func temporary(_ name: String) -> String { CascadeBinary.temporaryPath(name) }

    @Test func theBarsOfARunAreMeasuredWithoutSimulatingAgain() throws {
        let bars = temporary("bars.csv")
        defer { try? FileManager.default.removeItem(atPath: bars) }
        let run = try CascadeBinary.run(["run", "--seed", "3", "--duration", "3h", "--bars", "1m:\(bars)", "--quiet"])
        #expect(run.status == 0, "\(run.error)")
        let measured = try CascadeBinary.run(["bench", "realism", "--bars", bars, "--json"])
        #expect(measured.status == 0, "\(measured.error)")
        let first = try #require(measured.output.split(separator: "\n").first)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(json["name"] as? String == "realism")
        #expect(json["returns"] as? Int == 179)
        let detrended = try #require(json["volume_abs_return_correlation_detrended"] as? Double)
        #expect(detrended > 0 && detrended < 1)
        #expect(!measured.output.contains("flash-crash"))

        let text = try CascadeBinary.run(["bench", "realism", "--bars", bars])
        #expect(text.output.hasPrefix("realism: \(bars), 179 one-minute returns"))
        #expect(text.output.contains("volume vs |r|, detrended"))
        // A path with a control character is echoed escaped.
        let odd = temporary("bars\u{1b}[2J.csv")
        defer { try? FileManager.default.removeItem(atPath: odd) }
        try FileManager.default.copyItem(atPath: bars, toPath: odd)
        let echoed = try CascadeBinary.run(["bench", "realism", "--bars", odd])
        #expect(echoed.output.contains("bars\\u{1B}[2J.csv, 179 one-minute returns"))
        #expect(!echoed.output.contains("\u{1b}"))
    }

    @Test func aBadBarsFileIsNamedWithItsLineAndNothingIsMeasured() throws {
        let bars = temporary("bad.csv")
        defer { try? FileManager.default.removeItem(atPath: bars) }
        let header = "time,open,high,low,close,volume\n"
        let cases: [(String, String)] = [
            ("time,close\n0,1\n", ":1: the header must be time,open,high,low,close,volume"),
            (header + "0,1,1,1,1,1\n60,1,1,1\n", ":3: expected 6 fields, found 4"),
            (header + "0,1,1,1,1,1\n300,1,1,1,1,1\n", ":3: bar at 300 s follows one at 0 s"),
            (
                header + "9223372036854775807,1,1,1,1,1\n-9223372036854775749,1,1,1,1,1\n",
                ":3: bar at -9223372036854775749 s follows one at 9223372036854775807 s"
            ),
            (header + "0,1,1,1,-5,1\n60,1,1,1,1,1\n", ":2: close '-5' is not a price above 0"),
            (header + "0,1,1,1,1,x\u{1b}[2J\n", ":2: volume 'x\\u{1B}[2J' is not a size of 0 or more"),
            (header + "0,1,1,1,1,1\n", ": holds 1 bars; returns need two or more"),
        ]
        for (text, message) in cases {
            try text.write(toFile: bars, atomically: true, encoding: .utf8)
            let result = try CascadeBinary.run(["bench", "realism", "--bars", bars])
            #expect(result.status != 0 && result.output.isEmpty)
            #expect(result.error.contains(bars + message), "\(result.error)")
        }
        let both = try CascadeBinary.run(["bench", "realism", "--bars", bars, "--days", "3"])
        #expect(both.status == 64 && both.error.contains("--bars measures a file; --days sets a simulation"))
    }
}
